package it.fsr.isee.dsu;

import it.fsr.core.explain.Step;
import it.fsr.core.parameter.DatedValue;
import it.fsr.core.parameter.ParameterKey;
import it.fsr.isee.Disability;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The explanation of the national equivalence scale (DPCM 159/2013 art. 1 and all. 1; D.L. 42/2016 art.
 * 2-sexies for disability): each component {@link IseeRule} summed, with its parameter and act. The
 * scale itself is {@link IseeRule}'s. Stateless.
 */
final class NationalScale {
    private NationalScale() {
    }

    /** One step per component of the scale in {@code f}, then the total. */
    static List<Step> steps(IseeRule.Rules r, Figures f, BigDecimal total) {
        List<Step> steps = new ArrayList<>();
        for (int k = 0; k < f.components; k++) {
            BigDecimal weight = BigDecimal.valueOf(f.componentUnits[k], r.scaleDigits).stripTrailingZeros();
            Object detail = f.componentDetail[k];
            switch (f.component[k]) {
                case IseeRule.C_SIZE -> {
                    int n = (Integer) detail;
                    ParameterKey<BigDecimal> key = IseeParameters.SCALE_BY_SIZE.get(n - 1);
                    DatedValue<?> v = r.dated(key);
                    steps.add(DsuMessages.step("national.size", v.value(), key.name(), v.source(), n));
                }
                case IseeRule.C_SIZE_BEYOND_FIVE -> {
                    int n = (Integer) detail;
                    DatedValue<?> base = r.dated(IseeParameters.SCALE_BY_SIZE.get(4));
                    DatedValue<?> extra = r.dated(IseeParameters.SCALE_EXTRA_MEMBER);
                    steps.add(DsuMessages.step("national.sizeBeyondFive", weight, base.value() + " + " + extra.value() + " × " + (n - 5),
                            extra.source(), n, extra.value()));
                }
                case IseeRule.C_CHILDREN -> {
                    int children = (Integer) detail;
                    steps.add(add(r, r.childrenKey[Math.min(children, 5)], "national.children", children));
                }
                case IseeRule.C_WORKING_PARENTS -> steps.add(add(r, IseeParameters.WORKING_PARENTS, "national.workingParents"));
                case IseeRule.C_WORKING_PARENTS_UNDER_THREE ->
                    steps.add(add(r, IseeParameters.WORKING_PARENTS_UNDER_THREE, "national.workingParentsUnderThree"));
                case IseeRule.C_DISABILITY -> steps.add(add(r, IseeParameters.DISABLED_MEMBER, "national.disability." + ((Disability) detail).name()));
                default -> steps.add(add(r, IseeParameters.RESIDENTIAL_MEMBER, "national.residential"));
            }
        }
        steps.add(DsuMessages.step("national.total", total, "", ""));
        return steps;
    }

    private static Step add(IseeRule.Rules r, ParameterKey<BigDecimal> key, String label, Object... args) {
        DatedValue<?> v = r.dated(key);
        return DsuMessages.step(label, v.value(), key.name(), v.source(), args);
    }
}
