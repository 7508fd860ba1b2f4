package it.fsr.isee;

import it.fsr.core.explain.Explanation;
import it.fsr.core.explain.Step;
import it.fsr.core.parameter.DatedValue;
import it.fsr.core.parameter.ParameterKey;
import it.fsr.core.parameter.ParameterSet;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The national ISEE equivalence scale of a household (DPCM 159/2013 art. 1 and all. 1; D.L. 42/2016
 * art. 2-sexies for disability).
 *
 * <p>Rule: 1.00 / 1.57 / 2.04 / 2.46 / 2.85 for 1–5 members, +0.35 for each member beyond five; plus
 * (a) +0.2 / +0.35 / +0.5 with three / four / five or more children; (b) +0.2 with minor children when
 * both parents (or the only one) worked at least six months, +0.3 when a child is under three;
 * (c) (b) also for a household made only of a non-working single parent and minor children; and +0.5
 * for each member with medium, severe or not-self-sufficient disability. Values in force on the
 * household's date. Stateless and thread-safe.
 */
public final class NationalScale {
    private NationalScale() {
    }

    /** The scale with the default parameters. */
    public static ScaleResult of(Household h) {
        return of(h, IseeParameters.defaults());
    }

    /** The scale with the given parameters, in force on the household's date. */
    public static ScaleResult of(Household h, ParameterSet p) {
        List<Step> steps = new ArrayList<>();
        int n = h.size();
        BigDecimal scale;
        if (n <= 5) {
            DatedValue<BigDecimal> base = p.parameter(IseeParameters.SCALE_BY_SIZE.get(n - 1)).on(h.date());
            scale = base.value();
            steps.add(Messages.step("national.size", base.value(), IseeParameters.SCALE_BY_SIZE.get(n - 1).name(), base.source(), n));
        } else {
            DatedValue<BigDecimal> base = p.parameter(IseeParameters.SCALE_BY_SIZE.get(4)).on(h.date());
            DatedValue<BigDecimal> extra = p.parameter(IseeParameters.SCALE_EXTRA_MEMBER).on(h.date());
            scale = base.value().add(extra.value().multiply(BigDecimal.valueOf(n - 5L)));
            steps.add(Messages.step("national.sizeBeyondFive", scale, base.value() + " + " + extra.value() + " × " + (n - 5),
                    extra.source(), n));
        }
        long children = h.children().size();
        ParameterKey<BigDecimal> childrenKey = children >= 5 ? IseeParameters.FIVE_CHILDREN
                : children == 4 ? IseeParameters.FOUR_CHILDREN : children == 3 ? IseeParameters.THREE_CHILDREN : null;
        if (childrenKey != null) {
            scale = add(scale, steps, p, childrenKey, h, "national.children", children);
        }
        if (h.minorChildren() > 0 && parentsQualify(h)) {
            boolean underThree = h.children().stream().anyMatch(c -> c.ageOn(h.date()) < 3);
            scale = add(scale, steps, p, underThree ? IseeParameters.WORKING_PARENTS_UNDER_THREE : IseeParameters.WORKING_PARENTS,
                    h, underThree ? "national.workingParentsUnderThree" : "national.workingParents");
        }
        for (Member m : h.members()) {
            if (m.disability() != Disability.NONE) {
                scale = add(scale, steps, p, IseeParameters.DISABLED_MEMBER, h, "national.disability", m.disability());
            }
        }
        steps.add(Messages.step("national.total", scale, "", ""));
        return new ScaleResult(scale, Explanation.of(steps));
    }

    /** Maggiorazione b), and c): parents all working, or a non-working single parent alone with minors. */
    private static boolean parentsQualify(Household h) {
        List<Member> parents = h.members().stream()
                .filter(m -> m.relationship() == Relationship.HEAD || m.relationship() == Relationship.PARTNER).toList();
        if (parents.stream().allMatch(m -> m.work() == WorkStatus.WORKS)) {
            return true;
        }
        boolean singleParentWithMinorsOnly = parents.size() == 1
                && h.members().stream().allMatch(m -> m.relationship() == Relationship.HEAD
                        || m.relationship() == Relationship.CHILD && m.ageOn(h.date()) < 18);
        return singleParentWithMinorsOnly;
    }

    private static BigDecimal add(BigDecimal scale, List<Step> steps, ParameterSet p, ParameterKey<BigDecimal> key, Household h,
            String label, Object... args) {
        DatedValue<BigDecimal> v = p.parameter(key).on(h.date());
        steps.add(Messages.step(label, v.value(), key.name(), v.source(), args));
        return scale.add(v.value());
    }
}
