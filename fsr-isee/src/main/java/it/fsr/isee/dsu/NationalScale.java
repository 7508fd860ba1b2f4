package it.fsr.isee.dsu;

import it.fsr.isee.Disability;
import it.fsr.isee.Relationship;
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


    /**
     * What the scale reads of a nucleus: its size, the children of the declarant and spouse, whether
     * the parents qualify for maggiorazione b) or c), each member's disability, and the members in a
     * residential structure who are not a nucleus of their own.
     *
     * @param members             members of the nucleus
     * @param children            children of the declarant and spouse (maggiorazione a)
     * @param minorChildren       those under 18
     * @param childUnderThree     whether a child is under three (maggiorazione b raised)
     * @param parentsQualify      both parents (or the only one) worked at least six months, or the
     *                            nucleus is a non-working single parent with minor children only
     * @param disabilities        each member's disability
     * @param residentialMembers  members in residential care or a convivenza counted in this nucleus
     */
    public record Facts(int members, int children, int minorChildren, boolean childUnderThree, boolean parentsQualify,
            List<Disability> disabilities, int residentialMembers) {
        /** Checks the counts. */
        public Facts {
            if (members < 1 || children < 0 || minorChildren < 0 || minorChildren > children || residentialMembers < 0) {
                throw it.fsr.core.validation.ValidationException.of("facts", members + " members, " + children + " children, " + minorChildren
                        + " minors, " + residentialMembers + " residential", "are inconsistent counts of the nucleus");
            }
            disabilities = List.copyOf(disabilities);
        }
    }

    /** Which maggiorazione a) for children applies: the ordinary one, or the 2026 one for family benefits. */
    public enum ChildrenRule {
        /** DPCM 159/2013 all. 1: +0.2 / +0.35 / +0.5 with three / four / five or more children. */
        ORDINARY,
        /** L. 199/2025 c. 208: +0.10 / +0.25 / +0.40 / +0.55 with two / three / four / five or more children. */
        FAMILY_2026
    }


    /**
     * The scale of a nucleus described by its facts, with the parameters in force on {@code date} and
     * the maggiorazione a) of {@code rule}; the one scale fsr computes, for an attestation's household
     * and for a DSU alike.
     */
    public static ScaleResult of(Facts f, ParameterSet p, java.time.LocalDate date, ChildrenRule rule) {
        List<Step> steps = new ArrayList<>();
        int n = f.members();
        BigDecimal scale;
        if (n <= 5) {
            DatedValue<BigDecimal> base = p.parameter(IseeParameters.SCALE_BY_SIZE.get(n - 1)).on(date);
            scale = base.value();
            steps.add(DsuMessages.step("national.size", base.value(), IseeParameters.SCALE_BY_SIZE.get(n - 1).name(), base.source(), n));
        } else {
            DatedValue<BigDecimal> base = p.parameter(IseeParameters.SCALE_BY_SIZE.get(4)).on(date);
            DatedValue<BigDecimal> extra = p.parameter(IseeParameters.SCALE_EXTRA_MEMBER).on(date);
            scale = base.value().add(extra.value().multiply(BigDecimal.valueOf(n - 5L)));
            steps.add(DsuMessages.step("national.sizeBeyondFive", scale, base.value() + " + " + extra.value() + " × " + (n - 5),
                    extra.source(), n));
        }
        long children = f.children();
        ParameterKey<BigDecimal> childrenKey;
        if (rule == ChildrenRule.FAMILY_2026) {
            childrenKey = children >= 5 ? IseeParameters.FAMILY_FIVE_CHILDREN : children == 4 ? IseeParameters.FAMILY_FOUR_CHILDREN
                    : children == 3 ? IseeParameters.FAMILY_THREE_CHILDREN : children == 2 ? IseeParameters.FAMILY_TWO_CHILDREN : null;
        } else {
            childrenKey = children >= 5 ? IseeParameters.FIVE_CHILDREN
                    : children == 4 ? IseeParameters.FOUR_CHILDREN : children == 3 ? IseeParameters.THREE_CHILDREN : null;
        }
        if (childrenKey != null) {
            scale = add(scale, steps, p, childrenKey, date, "national.children", children);
        }
        if (f.minorChildren() > 0 && f.parentsQualify()) {
            boolean underThree = f.childUnderThree();
            scale = add(scale, steps, p, underThree ? IseeParameters.WORKING_PARENTS_UNDER_THREE : IseeParameters.WORKING_PARENTS,
                    date, underThree ? "national.workingParentsUnderThree" : "national.workingParents");
        }
        for (Disability d : f.disabilities()) {
            if (d != Disability.NONE) {
                scale = add(scale, steps, p, IseeParameters.DISABLED_MEMBER, date, "national.disability." + d.name());
            }
        }
        for (int i = 0; i < f.residentialMembers(); i++) {
            scale = add(scale, steps, p, IseeParameters.RESIDENTIAL_MEMBER, date, "national.residential");
        }
        steps.add(DsuMessages.step("national.total", scale, "", ""));
        return new ScaleResult(scale, Explanation.of(steps));
    }


    private static BigDecimal add(BigDecimal scale, List<Step> steps, ParameterSet p, ParameterKey<BigDecimal> key,
            java.time.LocalDate date, String label, Object... args) {
        DatedValue<BigDecimal> v = p.parameter(key).on(date);
        steps.add(DsuMessages.step(label, v.value(), key.name(), v.source(), args));
        return scale.add(v.value());
    }
}
