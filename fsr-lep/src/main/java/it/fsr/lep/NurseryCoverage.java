package it.fsr.lep;

import it.fsr.core.explain.Explanation;
import it.fsr.core.explain.Step;
import it.fsr.core.money.Rate;
import it.fsr.core.parameter.ParameterSet;
import it.fsr.core.validation.ValidationException;
import it.fsr.core.validation.Violations;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Nursery coverage: places for 33% of children aged 3–36 months (L. 234/2021 c. 172, the LEP by 2027),
 * and the year's threshold under which a Comune gets resources (28.88% for 2022–2024, 33% from 2025).
 *
 * <p>Places needed for a target t: {@code max(0, ceil(t · children) − places)} (L. 234/2021 c. 172: the places for the target share of the children).
 * A <em>bacino territoriale</em> is a set of Comuni measured together (children and places summed); the
 * grouping is input data, as the law does not fix it. Stateless and thread-safe.
 */
public final class NurseryCoverage {
    private NurseryCoverage() {
    }

    /**
     * Assesses one Comune or bacino for a year.
     *
     * @throws ValidationException for negative children or places, or a year with no threshold
     */
    public static NurseryReport assess(String id, long children, long places, int year, ParameterSet parameters) {
        Violations v = new Violations();
        v.check(children >= 0, "comuni[" + id + "].children_3_36m", children, "must not be negative");
        v.check(places >= 0, "comuni[" + id + "].places", places, "must not be negative");
        v.throwIfAny();
        Rate threshold = parameters.valueForYear(LepParameters.NURSERY_THRESHOLD, year);
        Rate lep = parameters.valueForYear(LepParameters.NURSERY_LEP, year);
        String src = parameters.datedForYear(LepParameters.NURSERY_THRESHOLD, year).source();
        BigDecimal coverage = percent(places, children);
        boolean below = BigDecimal.valueOf(places).compareTo(threshold.fraction().multiply(BigDecimal.valueOf(children))) < 0;
        long neededThreshold = needed(threshold, children, places);
        long neededLep = needed(lep, children, places);
        List<Step> steps = new ArrayList<>();
        steps.add(Messages.step("nursery.coverage", coverage, places + " / " + children, "L. 234/2021 c. 172", places, children));
        steps.add(Messages.step(below ? "nursery.below" : "nursery.notBelow", threshold, "", src, threshold));
        steps.add(Messages.step("nursery.needed", BigDecimal.valueOf(neededThreshold), "⌈" + threshold + " × " + children + "⌉ − " + places, src, threshold));
        steps.add(Messages.step("nursery.needed", BigDecimal.valueOf(neededLep), "⌈" + lep + " × " + children + "⌉ − " + places,
                "L. 234/2021 c. 172", lep));
        return new NurseryReport(id, children, places, coverage, threshold, below, neededThreshold, neededLep, Explanation.of(steps));
    }

    /** part / whole × 100 to 2 decimals, half-up (display); zero when the whole is zero. */
    static BigDecimal percent(long part, long whole) {
        return whole == 0 ? BigDecimal.ZERO
                : BigDecimal.valueOf(part).multiply(BigDecimal.valueOf(100)).divide(BigDecimal.valueOf(whole), 2, RoundingMode.HALF_UP);
    }

    /** max(0, ceil(t × children) − places). */
    static long needed(Rate target, long children, long places) {
        BigDecimal f = target.fraction();
        long u = it.fsr.core.money.Decimals.unscaledLong(f);
        if (u != it.fsr.core.money.Decimals.NO_LONG) {
            try {
                // t = u / 10^s: ceil(u · children / 10^s) in a long when the product fits, the same number as below
                long want = -Math.floorDiv(Math.negateExact(Math.multiplyExact(u, children)), it.fsr.core.money.Decimals.tenTo(f.scale()));
                return Math.max(0, want - places);
            } catch (ArithmeticException tooLarge) {
                // the same number below, in BigDecimal
            }
        }
        long want = f.multiply(BigDecimal.valueOf(children)).setScale(0, RoundingMode.CEILING).longValueExact();
        return Math.max(0, want - places);
    }

    /**
     * The bacini: each group's children and places summed, then assessed like a Comune.
     *
     * @param comuni   each Comune's children and places, by id
     * @param bacini   each bacino's member Comuni
     * @throws ValidationException naming every unknown Comune and every Comune in two bacini
     */
    public static Map<String, NurseryReport> bacini(Map<String, long[]> comuni, Map<String, List<String>> bacini, int year, ParameterSet parameters) {
        Violations v = new Violations();
        Map<String, String> seen = new LinkedHashMap<>();
        bacini.forEach((b, members) -> {
            for (String c : members) {
                v.check(comuni.containsKey(c), "bacini[" + b + "]", c, "names an unknown Comune");
                String other = seen.putIfAbsent(c, b);
                v.check(other == null || other.equals(b), "bacini[" + b + "]", c, "is already in bacino " + other);
            }
        });
        v.throwIfAny();
        Map<String, NurseryReport> out = new LinkedHashMap<>();
        bacini.forEach((b, members) -> {
            long children = 0;
            long places = 0;
            for (String c : members) {
                children += comuni.get(c)[0];
                places += comuni.get(c)[1];
            }
            out.put(b, assess(b, children, places, year, parameters));
        });
        return out;
    }

    /** The year's unit-cost rule: resources / the decree's Σ users. */
    public static UnitCost unitCost(int year, ParameterSet parameters) {
        return UnitCost.of(parameters.valueForYear(LepParameters.NURSERY_RESOURCES, year),
                parameters.datedForExactYear(LepParameters.NURSERY_USERS, year).value());
    }
}
