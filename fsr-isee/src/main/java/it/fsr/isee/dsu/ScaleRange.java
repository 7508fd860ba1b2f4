package it.fsr.isee.dsu;

import it.fsr.core.parameter.MissingParameterException;
import it.fsr.core.parameter.ParameterKey;
import it.fsr.core.parameter.ParameterSet;
import it.fsr.core.validation.ValidationException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The national equivalence scales a household's facts allow (DPCM 159/2013 art. 1 and all. 1; D.L.
 * 42/2016 art. 2-sexies): the plausibility check of an attestation's scale against the household a rule
 * applies it to. A rule that rescales or prices from an attestation reads the scale as printed; this
 * range says when the printed scale cannot be that household's.
 *
 * <p>Reading adopted (scelta di fsr; no act sets a tolerance, since the decree computes the scale and
 * never checks one):
 * <ul>
 * <li><b>lowest</b> = the table's row for one member fewer than the household has (at least one):
 * no maggiorazione subtracts, so a nucleus of n members has at least the row of n; one member of
 * tolerance admits a child born, or a member who joined, after the DSU was signed;</li>
 * <li><b>highest</b> = the row of the household's size, plus one more member counted the dearest way
 * (the step to n + 1, or +1 for a member in residential care, whichever is larger), plus the children's
 * maggiorazione for one child more than the household has (the larger of the ordinary and the 2026
 * family ISEE's, where in force), plus the working-parents maggiorazione with a child under three when
 * there is a minor child, plus the disability maggiorazione for each member with a disability and one
 * more.</li>
 * </ul>
 * A scale outside the range is refused with {@code FSR-ATTESTATION-SCALE}: a scale too low multiplies
 * what a household receives (a scale of 1.00 with fifty children), one too high denies it. Values are the
 * parameters' in force at the date, the same rows {@link DsuCalculator} sums. Immutable and thread-safe.
 */
public final class ScaleRange {
    private final BigDecimal lowest;
    private final BigDecimal highest;

    private ScaleRange(BigDecimal lowest, BigDecimal highest) {
        this.lowest = lowest;
        this.highest = highest;
    }

    /**
     * The range for a household.
     *
     * @param national      the national ISEE parameters (e.g. {@link IseeParameters#defaults()})
     * @param date          the date the rule applies the attestation at (its parameters' date)
     * @param members       the household's members (at least one)
     * @param children      its members who are children of the declarant or the spouse, or minors
     * @param minorChild    whether one of them is under 18
     * @param disabled      its members with a medium, severe or not-self-sufficient disability
     * @return the range
     * @throws ValidationException        for a null or a count out of range
     * @throws MissingParameterException  when the national table is not in force at the date
     */
    public static ScaleRange of(ParameterSet national, LocalDate date, int members, int children, boolean minorChild, int disabled) {
        it.fsr.core.validation.Violations v = new it.fsr.core.validation.Violations();
        v.requireNonNull(national, "national");
        v.requireNonNull(date, "date");
        if (members < 1 || members > 10_000) {
            v.addCoded("FSR-RANGE", "members", members, 1, 10_000);
        }
        if (children < 0 || children > members || disabled < 0 || disabled > members) {
            v.addCoded("FSR-RANGE", children < 0 || children > members ? "children" : "disabled",
                    children < 0 || children > members ? children : disabled, 0, members);
        }
        v.throwIfAny();
        BigDecimal row = row(national, date, members);
        BigDecimal lowest = row(national, date, Math.max(1, members - 1));
        BigDecimal step = row(national, date, members + 1).subtract(row);
        BigDecimal extra = step.max(optional(national, IseeParameters.RESIDENTIAL_MEMBER, date));
        int k = Math.min(5, children + 1);
        BigDecimal kids = BigDecimal.ZERO;
        if (k >= 2) {
            kids = kids.max(optional(national, IseeParameters.familyChildrenKey(k), date));
        }
        if (k >= 3) {
            kids = kids.max(optional(national, IseeParameters.childrenKey(k), date));
        }
        BigDecimal work = minorChild
                ? optional(national, IseeParameters.WORKING_PARENTS, date).max(optional(national, IseeParameters.WORKING_PARENTS_UNDER_THREE, date))
                : BigDecimal.ZERO;
        BigDecimal disability = optional(national, IseeParameters.DISABLED_MEMBER, date).multiply(BigDecimal.valueOf(disabled + 1L));
        return new ScaleRange(lowest, row.add(extra).add(kids).add(work).add(disability));
    }

    /** The table's row for {@code n} members: all. 1's five rows, then +{@code extraMember} each. */
    private static BigDecimal row(ParameterSet p, LocalDate date, int n) {
        if (n <= 5) {
            return p.valueOn(IseeParameters.SCALE_BY_SIZE.get(n - 1), date);
        }
        return p.valueOn(IseeParameters.SCALE_BY_SIZE.get(4), date)
                .add(p.valueOn(IseeParameters.SCALE_EXTRA_MEMBER, date).multiply(BigDecimal.valueOf(n - 5L)));
    }

    /** A maggiorazione in force at the date, or zero when none is (the disability row before 29/5/2016). */
    private static BigDecimal optional(ParameterSet p, ParameterKey<BigDecimal> key, LocalDate date) {
        // per household in a batch: a constant-time lookup, no exception for a value not in force
        var dated = p.inForce(key, date);
        return dated == null ? BigDecimal.ZERO : dated.value();
    }

    /** The lowest scale the household's facts allow. */
    public BigDecimal lowest() {
        return lowest;
    }

    /** The highest scale the household's facts allow. */
    public BigDecimal highest() {
        return highest;
    }

    /** Whether {@code scale} is within the range, bounds included. */
    public boolean admits(BigDecimal scale) {
        return scale.compareTo(lowest) >= 0 && scale.compareTo(highest) <= 0;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ScaleRange r && lowest.compareTo(r.lowest) == 0 && highest.compareTo(r.highest) == 0;
    }

    @Override
    public int hashCode() {
        return Objects.hash(lowest.stripTrailingZeros(), highest.stripTrailingZeros());
    }

    @Override
    public String toString() {
        return "ScaleRange[" + lowest.toPlainString() + " – " + highest.toPlainString() + "]";
    }
}
