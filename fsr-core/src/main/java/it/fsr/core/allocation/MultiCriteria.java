package it.fsr.core.allocation;

import it.fsr.core.money.Euro;
import it.fsr.core.money.Rate;
import it.fsr.core.validation.ValidationException;
import it.fsr.core.validation.Violations;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Multi-criteria splits: a budget cut into one slice per criterion by the criteria's weights, each
 * slice shared among units in proportion to the unit's value of that criterion.
 *
 * <p>Two forms, for the two ways the sources round:
 * <ul>
 *   <li>{@link #allocatePerCriterion}: each slice is split to the cent on its own (largest remainder)
 *       and a unit's amount is the sum of its slice parts. This is the region → Ambiti split of the
 *       FSR (DGR XII/4793/2025: "50% quota capitaria, 30% … 20% …"): Σ = budget exactly.</li>
 *   <li>{@link #compositeWeights}: the slices are folded into one exact composite weight per unit,
 *       w<sub>i</sub> = Σ<sub>k</sub> weight<sub>k</sub> · x<sub>ik</sub> / Σ<sub>j</sub> x<sub>jk</sub>,
 *       which then goes through the {@link AllocationEngine} with caps and a threshold, so that the
 *       unit's amount is rounded once. This is the WEIGHTED indicator rule of the FSR Avviso §3 (nido,
 *       CAG, CRD), where caps and the minimum contribution apply to the unit's total.</li>
 * </ul>
 * A criterion whose values are all zero cannot share its slice: it is dropped and the other criteria's
 * weights are renormalised (its money stays with the units instead of leaving the budget). Decision
 * ours; the Avviso is silent.
 *
 * <p>Stateless and thread-safe.
 */
public final class MultiCriteria {

    /**
     * One criterion: a name, its weight in the budget, and each unit's value.
     *
     * @param name   the criterion's name (e.g. {@code population})
     * @param weight its share of the budget
     * @param values each unit's non-negative value, by unit key
     */
    public record Criterion(String name, Rate weight, Map<String, BigDecimal> values) {
        /** Copies the values, keeping their order. */
        public Criterion {
            values = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(values));
        }
    }

    /**
     * The result of a per-criterion split.
     *
     * @param slices     the budget split among the criteria
     * @param byCriterion each criterion's slice split among the units
     * @param totals     each unit's total, in the order of the first criterion's units
     */
    public record Result(Allocation slices, Map<String, Allocation> byCriterion, Map<String, Euro> totals) {
        /** Copies the maps, in their order. */
        public Result {
            byCriterion = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(byCriterion));
            totals = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(totals));
        }
    }

    private MultiCriteria() {
    }

    /**
     * Splits {@code budget} into slices by criterion weight (largest remainder), then each slice among
     * the units by their values (largest remainder). Σ totals = budget when every criterion has a
     * non-zero value somewhere; a criterion with all values zero is dropped and its weight
     * renormalised away.
     *
     * @throws ValidationException when weights do not sum to 100%, a weight or value is negative, a
     *     unit is missing from a criterion, or no criterion has any value
     */
    public static Result allocatePerCriterion(Euro budget, List<Criterion> criteria, RoundingPolicy policy) {
        List<Criterion> usable = validateAndDropEmpty(criteria);
        List<Claim> sliceClaims = new ArrayList<>();
        for (Criterion c : usable) {
            sliceClaims.add(Claim.of(c.name(), c.weight().fraction()));
        }
        Allocation slices = AllocationEngine.allocate(AllocationRequest.of(budget, sliceClaims));
        Map<String, Allocation> byCriterion = new LinkedHashMap<>();
        Map<String, Long> totals = new LinkedHashMap<>();
        for (String key : criteria.get(0).values().keySet()) {
            totals.put(key, 0L);
        }
        for (Criterion c : usable) {
            List<Claim> claims = new ArrayList<>();
            c.values().forEach((k, x) -> claims.add(Claim.of(k, x)));
            Allocation a = AllocationEngine.allocate(
                    AllocationRequest.of(slices.amountOf(c.name()), claims).withPolicy(policy));
            byCriterion.put(c.name(), a);
            for (Share s : a.shares()) {
                totals.merge(s.key(), s.amount().cents(), Long::sum);
            }
        }
        Map<String, Euro> result = new LinkedHashMap<>();
        totals.forEach((k, v) -> result.put(k, Euro.ofCents(v)));
        return new Result(slices, byCriterion, java.util.Collections.unmodifiableMap(result));
    }

    /**
     * The exact composite weight of each unit, Σ<sub>k</sub> weight<sub>k</sub> · x<sub>ik</sub> /
     * X<sub>k</sub>, scaled by Π X<sub>k</sub> so that it is an exact decimal (only ratios matter to
     * the engine). Criteria with all values zero are dropped.
     *
     * @throws ValidationException as {@link #allocatePerCriterion}
     */
    public static Map<String, BigDecimal> compositeWeights(List<Criterion> criteria) {
        List<Criterion> usable = validateAndDropEmpty(criteria);
        List<BigDecimal> sums = new ArrayList<>();
        BigDecimal product = BigDecimal.ONE;
        for (Criterion c : usable) {
            BigDecimal sum = c.values().values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
            sums.add(sum);
            product = product.multiply(sum);
        }
        Map<String, BigDecimal> weights = new LinkedHashMap<>();
        for (String key : criteria.get(0).values().keySet()) {
            BigDecimal w = BigDecimal.ZERO;
            for (int k = 0; k < usable.size(); k++) {
                Criterion c = usable.get(k);
                BigDecimal others = BigDecimal.ONE;
                for (int j = 0; j < usable.size(); j++) {
                    if (j != k) {
                        others = others.multiply(sums.get(j));
                    }
                }
                w = w.add(c.weight().fraction().multiply(c.values().get(key)).multiply(others));
            }
            weights.put(key, w);
        }
        return java.util.Collections.unmodifiableMap(weights);
    }

    /** The criteria that have a non-zero value somewhere; validates everything. */
    static List<Criterion> validateAndDropEmpty(List<Criterion> criteria) {
        Violations v = new Violations();
        if (criteria == null || criteria.isEmpty()) {
            throw ValidationException.of("criteria", "[]", "at least one criterion is required");
        }
        Rate total = Rate.ZERO;
        java.util.Set<String> keys = criteria.get(0).values().keySet();
        for (int k = 0; k < criteria.size(); k++) {
            Criterion c = criteria.get(k);
            // the field names and the texts are built for a check that fails only: a riparto weighs ten thousand units
            String at = "criteria[" + c.name() + "]";
            if (c.weight().isNegative()) {
                v.add(at + ".weight", c.weight(), "must not be negative");
            }
            total = total.plus(c.weight());
            if (!c.values().keySet().equals(keys)) {
                v.add(at + ".values", c.values().keySet(), "must name the same units as the first criterion " + keys);
            }
            c.values().forEach((key, x) -> {
                if (x == null || x.signum() < 0) {
                    v.add(at + ".values[" + key + "]", x == null ? "null" : it.fsr.core.money.Decimals.echo(x), "must not be negative");
                }
            });
        }
        v.check(total.equals(Rate.ONE), "criteria.weights", total, "must sum to 100%");
        v.throwIfAny();
        List<Criterion> usable = new ArrayList<>();
        Rate kept = Rate.ZERO;
        for (Criterion c : criteria) {
            if (!c.weight().isZero() && c.values().values().stream().anyMatch(x -> x.signum() > 0)) {
                usable.add(c);
                kept = kept.plus(c.weight());
            }
        }
        if (usable.isEmpty()) {
            throw ValidationException.of("criteria", criteria.size() + " criteria",
                    "no criterion has a non-zero value for any unit: nothing to split by");
        }
        return usable;
    }
}
