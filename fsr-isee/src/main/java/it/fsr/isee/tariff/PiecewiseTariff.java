package it.fsr.isee.tariff;

import it.fsr.core.money.Euro;
import it.fsr.core.validation.ValidationException;
import it.fsr.core.validation.Violations;
import java.util.ArrayList;
import java.util.List;

/**
 * A personalised ISEE-linked tariff (compartecipazione) as the Comuni write them: a fee below the first
 * segment (often zero: exempt), segments each {@code [from, to] → fee}, and a full fee above the last
 * (seed 004, "eliminating the classic bracket systems"; the Ravenna nursery and Monopoli home-care
 * regulations as worked examples in the fsr spec isee.md §3).
 *
 * <p>Validated on creation, all problems at once: segments in order and contiguous to the cent, no fee
 * negative, none above the service's cost, and — when declared monotone — a higher ISEE never pays less.
 * Whether the national or the Fattore Famiglia ISEE is used is the Comune's choice: pass either. Immutable
 * and thread-safe.
 */
public final class PiecewiseTariff implements Tariff {
    private final Euro belowFee;
    private final List<Segment> segments;
    private final Euro fullFee;

    private PiecewiseTariff(Euro belowFee, List<Segment> segments, Euro fullFee) {
        this.belowFee = belowFee;
        this.segments = List.copyOf(segments);
        this.fullFee = fullFee;
    }

    /**
     * A tariff.
     *
     * @param belowFee    the fee for an ISEE below the first segment (zero: exempt)
     * @param segments    the segments, in ISEE order
     * @param fullFee     the fee above the last segment
     * @param serviceCost the service's cost, which no fee may exceed; null if not stated
     * @param monotone    whether to check that a higher ISEE never pays less
     * @throws ValidationException listing every problem
     */
    public static PiecewiseTariff of(Euro belowFee, List<Segment> segments, Euro fullFee, Euro serviceCost, boolean monotone) {
        Violations v = new Violations();
        v.check(!segments.isEmpty(), "segments", "[]", "at least one segment is required");
        v.check(!belowFee.isNegative(), "belowFee", belowFee, "must not be negative");
        v.check(!fullFee.isNegative(), "fullFee", fullFee, "must not be negative");
        List<Euro> fees = new ArrayList<>(List.of(belowFee));
        for (int i = 0; i < segments.size(); i++) {
            Segment s = segments.get(i);
            String at = "segments[" + i + "]";
            v.check(!s.from().isNegative(), at + ".from", s.from(), "must not be negative");
            v.check(!s.to().isLessThan(s.from()), at + ".to", s.to(), "is below the segment's start " + s.from());
            v.check(!s.feeFrom().isNegative() && !s.feeTo().isNegative(), at + ".fee", s.feeFrom() + "-" + s.feeTo(), "must not be negative");
            if (s.shape() == Segment.Shape.PROPORTIONAL) {
                v.check(s.to().isPositive(), at + ".to", s.to(), "a proportional segment needs a positive end");
            }
            if (i > 0) {
                Segment p = segments.get(i - 1);
                v.check(s.from().isGreaterThan(p.to()) && s.from().minus(p.to()).cents() <= 1, at + ".from", s.from(),
                        "must follow the previous segment's end " + p.to() + " by one cent");
            }
            if (v.isEmpty() && !s.to().isLessThan(s.from())) {
                fees.add(s.feeAtFrom());
                fees.add(s.fee(s.to()));
            }
        }
        fees.add(fullFee);
        boolean structural = v.isEmpty();
        if (serviceCost != null) {
            for (Euro f : fees) {
                v.check(!f.isGreaterThan(serviceCost), "fees", f, "exceeds the service's cost " + serviceCost);
            }
        }
        if (monotone && structural) {
            for (int i = 1; i < fees.size(); i++) {
                v.check(!fees.get(i).isLessThan(fees.get(i - 1)), "fees", fees.get(i),
                        "is below the fee before it (" + fees.get(i - 1) + ") in a tariff declared monotone");
            }
        }
        v.throwIfAny();
        return new PiecewiseTariff(belowFee, segments, fullFee);
    }

    /**
     * The classic linear personalised tariff: the minimum fee up to {@code iseeMin}, the full fee from
     * {@code iseeMax}, linear in between.
     */
    public static PiecewiseTariff linear(Euro iseeMin, Euro iseeMax, Euro feeMin, Euro feeMax) {
        return of(feeMin, List.of(Segment.linear(iseeMin, iseeMax, feeMin, feeMax)), feeMax, null, true);
    }

    @Override
    public Euro fee(Euro isee) {
        if (isee.isNegative()) {
            throw ValidationException.of("isee", isee, "must not be negative");
        }
        if (isee.isLessThan(segments.get(0).from())) {
            return belowFee;
        }
        for (Segment s : segments) {
            if (s.contains(isee)) {
                return s.fee(isee);
            }
        }
        return fullFee;
    }

    /** The segments. */
    public List<Segment> segments() {
        return segments;
    }
}
