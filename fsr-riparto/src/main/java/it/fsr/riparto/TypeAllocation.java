package it.fsr.riparto;

import it.fsr.core.allocation.Allocation;
import it.fsr.core.allocation.AllocationEngine;
import it.fsr.core.allocation.AllocationRequest;
import it.fsr.core.allocation.Claim;
import it.fsr.core.allocation.Share;
import it.fsr.core.allocation.MultiCriteria;
import it.fsr.core.money.Euro;
import it.fsr.core.money.Rate;
import it.fsr.core.validation.Violations;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One service type's budget split among its units by the type's rule (Avviso FSR 2025, Indicatori di
 * attività): capped at each unit's deficit (and eligible spend), per-day minimums paid, and the
 * minimum contribution of DGR XII/4793/2025 (units under it get nothing, their money re-split, until
 * stable: {@link AllocationEngine}'s threshold rule).
 *
 * <p><b>Weighted indicators</b>: the Assembly's weights cut the budget into one slice per indicator and
 * each slice is shared in proportion to the units' values; after each minimum-contribution exclusion round the slices
 * are re-split among the units <em>still in the running</em> (the dropped unit's value leaves every
 * denominator), through the engine's {@link it.fsr.core.allocation.Reweighting}. An indicator nobody in
 * the running has is dropped and the others' weights renormalised (scelta di fsr). Stateless.
 */
final class TypeAllocation {
    private TypeAllocation() {
    }

    /**
     * What one type's split gave.
     *
     * @param result   the type's line of the plan
     * @param placed   Σ of its units' amounts
     * @param unplaced what its units could not take (capped, under the minimum, no weight): budget − placed
     */
    record Outcome(TypeResult result, Euro placed, Euro unplaced) {
    }

    /**
     * Sets each eligible unit's composite weight of a weighted type, among all its eligible units (the
     * starting weights, and whether a unit can receive money at all).
     */
    static void weighIndicators(RipartoScenario s, Map<ServiceType, List<Assessment>> byType) {
        for (ServiceType t : ServiceType.values()) {
            if (t.rule() != RuleKind.WEIGHTED || !s.indicatorWeights().containsKey(t)) {
                continue;
            }
            List<Assessment> eligible = byType.get(t).stream().filter(Assessment::eligible).toList();
            Map<String, BigDecimal> w = compositeWeights(s.indicatorWeights().get(t), eligible);
            for (Assessment a : eligible) {
                a.weight = w.getOrDefault(a.unit.id(), BigDecimal.ZERO);
            }
        }
    }

    /** The composite weight × days active of each unit among {@code units}; all zero when no indicator has a value. */
    static Map<String, BigDecimal> compositeWeights(Map<Indicator, Rate> weights, Collection<Assessment> units) {
        List<MultiCriteria.Criterion> criteria = new ArrayList<>();
        boolean anyValue = false;
        for (Map.Entry<Indicator, Rate> e : weights.entrySet()) {
            Map<String, BigDecimal> values = new LinkedHashMap<>(units.size());
            for (Assessment a : units) {
                BigDecimal x = a.indicators.getOrDefault(e.getKey(), BigDecimal.ZERO);
                values.put(a.unit.id(), x);
                anyValue |= !e.getValue().isZero() && x.signum() > 0;
            }
            criteria.add(new MultiCriteria.Criterion(e.getKey().name(), e.getValue(), values));
        }
        Map<String, BigDecimal> out = new LinkedHashMap<>(units.size());
        if (!anyValue || units.isEmpty()) {
            units.forEach(a -> out.put(a.unit.id(), BigDecimal.ZERO));
            return out;
        }
        Map<String, BigDecimal> composite = MultiCriteria.compositeWeights(criteria);
        for (Assessment a : units) {
            out.put(a.unit.id(), composite.get(a.unit.id()).multiply(BigDecimal.valueOf(a.activeDays)));
        }
        return out;
    }

    /** The need of a type: Σ of the caps of its units that can receive money. */
    static Euro need(List<Assessment> units) {
        long cents = 0;
        for (Assessment a : units) {
            if (a.canReceive()) {
                cents += a.cap.cents();
            }
        }
        return Euro.ofCents(cents);
    }

    /** Σ of the per-day minimums of its units that can receive money. */
    static Euro minimums(List<Assessment> units) {
        long cents = 0;
        for (Assessment a : units) {
            if (a.canReceive()) {
                cents += a.minimum.cents();
            }
        }
        return Euro.ofCents(cents);
    }

    /**
     * Splits {@code budget} among the type's units.
     *
     * @return the outcome, or null when the budget cannot pay the per-day minimums (the problem is recorded
     *     with the amount missing: the Assembly must raise the type budget, nothing is paid less quietly)
     */
    static Outcome allocate(ServiceType type, Euro budget, List<Assessment> all, RipartoRules p, RipartoScenario s, Violations problems) {
        List<Claim> claims = new ArrayList<>(all.size());
        long minimums = 0;
        long days = 0;
        for (Assessment a : all) {
            if (a.eligible()) {
                claims.add(new Claim(a.unit.id(), a.weight, a.cap, a.canReceive() ? a.minimum : Euro.ZERO));
                minimums += a.canReceive() ? a.minimum.cents() : 0;
                days += a.canReceive() ? a.unit.residentDays() : 0;
            }
        }
        if (minimums > budget.cents()) {
            problems.add("typeBudgets[" + type + "]", budget, "cannot pay the minimum of " + p.perDay(type) + " per day of presence for "
                    + days + " days (" + Euro.ofCents(minimums) + "): missing " + Euro.ofCents(minimums - budget.cents())
                    + "; the Assembly must raise the type budget");
            return null;
        }
        AllocationRequest request = AllocationRequest.of(budget, claims).withThreshold(p.minimumContribution);
        Map<Indicator, Rate> weights = s.indicatorWeights().get(type);
        if (type.rule() == RuleKind.WEIGHTED && weights != null) {
            // the units by id, for the rounds of the threshold that re-weigh the units still in the running
            Map<String, Assessment> inRunning = new LinkedHashMap<>(all.size());
            for (Assessment a : all) {
                if (a.eligible()) {
                    inRunning.put(a.unit.id(), a);
                }
            }
            request = request.withReweighting(running -> {
                List<Assessment> left = new ArrayList<>();
                running.forEach(k -> left.add(inRunning.get(k)));
                return compositeWeights(weights, left);
            });
        }
        Allocation alloc = AllocationEngine.allocate(request);
        Map<Indicator, BigDecimal> shown = new EnumMap<>(Indicator.class);
        if (weights != null) {
            weights.forEach((k, w) -> shown.put(k, w.percent()));
        }
        List<UnitResult> units = new ArrayList<>(all.size());
        Map<Indicator, BigDecimal> weightsShown = Collections.unmodifiableMap(shown);
        // the shares come in the order of the claims, the eligible units' order: read by position, no index of the ids
        List<Share> shares = alloc.shares();
        int next = 0;
        for (Assessment a : all) {
            units.add(a.result(type, budget, a.eligible() ? shares.get(next++) : null, weightsShown));
        }
        TypeResult tr = new TypeResult(type, budget, Euro.ZERO, units, alloc.remainder());
        return new Outcome(tr, alloc.allocated(), alloc.remainder());
    }
}
