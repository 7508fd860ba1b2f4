package it.fsr.riparto;

import it.fsr.core.allocation.MultiCriteria;
import it.fsr.core.allocation.RoundingPolicy;
import it.fsr.core.money.Euro;
import it.fsr.core.money.Rate;
import it.fsr.core.parameter.ParameterSet;
import it.fsr.core.validation.Violations;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The split of a Fondo Sociale Regionale among Ambiti (or of an ATS's total among its Ambiti).
 *
 * <p>Rule (DGR XII/4793/2025, as quoted in the Avviso FSR 2025, Premessa): 50% per capita; 30% on
 * (a) places in active units, (b) home-care users, (c) minors in foster care; 20% on the ratio
 * r<sub>i</sub> = co-financed units / active units (CRD excluded), share ∝ r<sub>i</sub>. The 30% sub-weights are
 * not published: parameters, default 10% each (scelta di fsr: the 30% in three equal parts). Each criterion's slice is split
 * to the cent by largest remainder and an Ambito's amount is the sum of its parts, so Σ = fund exactly.
 * The ratios are kept exact (scaled by the least common multiple of the active-unit counts). An Ambito
 * with no active unit has ratio 0. Stateless and thread-safe.
 */
public final class RegionalRiparto {

    /**
     * The result.
     *
     * @param fund      the fund split
     * @param amounts   each Ambito's amount, in input order
     * @param criteria  per criterion name, each Ambito's part
     * @param basis     each criterion's weight, act and the Ambiti's figures the parts were split by
     */
    public record Result(Euro fund, Map<String, Euro> amounts, Map<String, Map<String, Euro>> criteria, List<Criterion> basis) {
        /** Copies the maps and the list, in their order. */
        public Result {
            amounts = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(amounts));
            java.util.Map<String, Map<String, Euro>> c = new java.util.LinkedHashMap<>();
            criteria.forEach((k, m) -> c.put(k, java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(m))));
            criteria = java.util.Collections.unmodifiableMap(c);
            basis = List.copyOf(basis);
        }

        /**
         * How one Ambito's amount was reached: per criterion, its slice of the fund (the weight the act sets) × the Ambito's
         * figure / the figures' total, to the cent by largest remainder; the amount is the sum of the parts.
         */
        public it.fsr.core.explain.Explanation explanation(String ambito) {
            List<it.fsr.core.explain.Step> parts = new ArrayList<>();
            for (Criterion c : basis) {
                Euro slice = Euro.sum(criteria.get(c.name()).values());
                BigDecimal total = c.values().values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
                parts.add(AmbitoRiparto.step("region.part", criteria.get(c.name()).get(ambito), slice + " × "
                        + c.values().get(ambito).stripTrailingZeros().toPlainString() + " / " + total.stripTrailingZeros().toPlainString(),
                        c.source(), it.fsr.core.explain.Label.of(AmbitoRiparto.MESSAGES, "region.criterion." + c.name()), c.weight()));
            }
            return it.fsr.core.explain.Explanation.of(AmbitoRiparto.step("region.amount", amounts.get(ambito), "Σ", "", ambito, fund)
                    .withChildren(parts));
        }

        /** {@code ambito,amount,population,places,home_care_users,foster_minors,cofinanced_ratio} with each criterion's part. */
        public String toCsv() {
            return toCsv(it.fsr.core.explain.CsvDialect.PLAIN);
        }

        /** The CSV in a dialect ({@code ;} and decimal comma for Italian Excel). */
        public String toCsv(it.fsr.core.explain.CsvDialect dialect) {
            java.util.List<String> header = new java.util.ArrayList<>(java.util.List.of("ambito", "amount"));
            header.addAll(criteria.keySet());
            StringBuilder sb = new StringBuilder(it.fsr.core.csv.CsvWriter.line(header, dialect));
            for (Map.Entry<String, Euro> e : amounts.entrySet()) {
                java.util.List<String> row = new java.util.ArrayList<>(java.util.List.of(e.getKey(), e.getValue().toString()));
                for (Map<String, Euro> parts : criteria.values()) {
                    row.add(parts.getOrDefault(e.getKey(), Euro.ZERO).toString());
                }
                sb.append(it.fsr.core.csv.CsvWriter.line(row, dialect));
            }
            return sb.toString();
        }
    }

    private RegionalRiparto() {
    }

    /**
     * One regional criterion as applied.
     *
     * @param name   the criterion (the Ambiti file's column it reads)
     * @param weight its share of the fund
     * @param source the act that sets the weight
     * @param values each Ambito's figure (the co-financed ratio scaled to integers: only proportions matter)
     */
    public record Criterion(String name, Rate weight, String source, Map<String, BigDecimal> values) {
        /** Copies the map. */
        public Criterion {
            values = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(values));
        }
    }

    /**
     * Splits {@code fund} among the Ambiti with the parameters in force for {@code year}.
     *
     * @throws it.fsr.core.validation.ValidationException listing every problem: negative figures,
     *     co-financed above active units, duplicate or blank names, no Ambito, sub-weights not summing to 100%
     */
    public static Result compute(Euro fund, List<AmbitoIndicators> ambiti, int year, ParameterSet parameters) {
        Violations v = new Violations();
        v.check(!fund.isNegative(), "fund", fund, "must not be negative");
        v.check(!ambiti.isEmpty(), "ambiti", "[]", "at least one Ambito is required");
        Set<String> names = new HashSet<>();
        for (int i = 0; i < ambiti.size(); i++) {
            AmbitoIndicators a = ambiti.get(i);
            String at = "ambiti[" + (a.ambito().isBlank() ? i : a.ambito()) + "]";
            v.check(!a.ambito().isBlank(), "ambiti[" + i + "].ambito", "\"\"", "must not be blank");
            v.check(a.ambito().isBlank() || names.add(a.ambito()), at + ".ambito", a.ambito(), "is a duplicate Ambito");
            v.check(a.population() >= 0, at + ".population", a.population(), "must not be negative");
            v.check(a.places() >= 0, at + ".places", a.places(), "must not be negative");
            v.check(a.homeCareUsers() >= 0, at + ".homeCareUsers", a.homeCareUsers(), "must not be negative");
            v.check(a.fosterMinors() >= 0, at + ".fosterMinors", a.fosterMinors(), "must not be negative");
            v.check(a.cofinancedUnits() >= 0, at + ".cofinancedUnits", a.cofinancedUnits(), "must not be negative");
            v.check(a.activeUnits() >= 0, at + ".activeUnits", a.activeUnits(), "must not be negative");
            v.check(a.cofinancedUnits() <= a.activeUnits(), at + ".cofinancedUnits", a.cofinancedUnits(),
                    "exceeds the active units " + a.activeUnits());
        }
        // a criterion the DGR weighs but no Ambito has cannot share its slice: spreading it over the other criteria would
        // change the weights the act set, so it is an input error naming the column (probably a column left at zero)
        zeroCriterion(v, "population", rate(parameters, RipartoParameters.REGION_POPULATION, year), ambiti, AmbitoIndicators::population);
        zeroCriterion(v, "places", rate(parameters, RipartoParameters.REGION_PLACES, year), ambiti, AmbitoIndicators::places);
        zeroCriterion(v, "home_care_users", rate(parameters, RipartoParameters.REGION_HOME_CARE, year), ambiti, AmbitoIndicators::homeCareUsers);
        zeroCriterion(v, "foster_minors", rate(parameters, RipartoParameters.REGION_FOSTER, year), ambiti, AmbitoIndicators::fosterMinors);
        zeroCriterion(v, "cofinanced_units", rate(parameters, RipartoParameters.REGION_COFINANCED, year), ambiti, AmbitoIndicators::cofinancedUnits);
        v.throwIfAny();
        BigInteger lcm = BigInteger.ONE;
        for (AmbitoIndicators a : ambiti) {
            if (a.activeUnits() > 0) {
                BigInteger n = BigInteger.valueOf(a.activeUnits());
                lcm = lcm.divide(lcm.gcd(n)).multiply(n);
            }
        }
        Map<String, BigDecimal> pop = new LinkedHashMap<>();
        Map<String, BigDecimal> places = new LinkedHashMap<>();
        Map<String, BigDecimal> home = new LinkedHashMap<>();
        Map<String, BigDecimal> foster = new LinkedHashMap<>();
        Map<String, BigDecimal> ratio = new LinkedHashMap<>();
        for (AmbitoIndicators a : ambiti) {
            pop.put(a.ambito(), BigDecimal.valueOf(a.population()));
            places.put(a.ambito(), BigDecimal.valueOf(a.places()));
            home.put(a.ambito(), BigDecimal.valueOf(a.homeCareUsers()));
            foster.put(a.ambito(), BigDecimal.valueOf(a.fosterMinors()));
            ratio.put(a.ambito(), a.activeUnits() == 0 ? BigDecimal.ZERO
                    : new BigDecimal(lcm.divide(BigInteger.valueOf(a.activeUnits())).multiply(BigInteger.valueOf(a.cofinancedUnits()))));
        }
        List<MultiCriteria.Criterion> criteria = new ArrayList<>();
        criteria.add(new MultiCriteria.Criterion("population", rate(parameters, RipartoParameters.REGION_POPULATION, year), pop));
        criteria.add(new MultiCriteria.Criterion("places", rate(parameters, RipartoParameters.REGION_PLACES, year), places));
        criteria.add(new MultiCriteria.Criterion("home_care_users", rate(parameters, RipartoParameters.REGION_HOME_CARE, year), home));
        criteria.add(new MultiCriteria.Criterion("foster_minors", rate(parameters, RipartoParameters.REGION_FOSTER, year), foster));
        criteria.add(new MultiCriteria.Criterion("cofinanced_ratio", rate(parameters, RipartoParameters.REGION_COFINANCED, year), ratio));
        MultiCriteria.Result r = MultiCriteria.allocatePerCriterion(fund, criteria, RoundingPolicy.LARGEST_REMAINDER);
        Map<String, Map<String, Euro>> parts = new LinkedHashMap<>();
        for (MultiCriteria.Criterion c : criteria) {
            Map<String, Euro> m = new LinkedHashMap<>();
            for (AmbitoIndicators a : ambiti) {
                m.put(a.ambito(), r.byCriterion().containsKey(c.name()) ? r.byCriterion().get(c.name()).amountOf(a.ambito()) : Euro.ZERO);
            }
            parts.put(c.name(), m);
        }
        List<Criterion> basis = new ArrayList<>();
        it.fsr.core.parameter.ParameterKey<?>[] keys = {RipartoParameters.REGION_POPULATION, RipartoParameters.REGION_PLACES,
            RipartoParameters.REGION_HOME_CARE, RipartoParameters.REGION_FOSTER, RipartoParameters.REGION_COFINANCED};
        for (int i = 0; i < criteria.size(); i++) {
            MultiCriteria.Criterion c = criteria.get(i);
            basis.add(new Criterion(c.name(), c.weight(), parameters.datedForYear(keys[i], year).source(), c.values()));
        }
        return new Result(fund, r.totals(), parts, basis);
    }

    private static void zeroCriterion(Violations v, String column, Rate weight, List<AmbitoIndicators> ambiti,
            java.util.function.ToLongFunction<AmbitoIndicators> value) {
        if (!ambiti.isEmpty() && !weight.isZero() && ambiti.stream().allMatch(a -> value.applyAsLong(a) == 0)) {
            v.addCoded("FSR-REGION-CRITERION-ZERO", column, "0", weight);
        }
    }

    private static Rate rate(ParameterSet p, it.fsr.core.parameter.ParameterKey<Rate> key, int year) {
        return p.valueForYear(key, year);
    }
}
