package it.fsr.riparto;

import it.fsr.core.money.Euro;
import it.fsr.core.money.Rate;
import it.fsr.core.validation.Violations;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The checks of a riparto's input, every problem at once: the scenario's rates within their caps (DGR
 * XII/4793/2025), area and type budgets, the Assembly's indicator weights (Avviso FSR 2025, "il peso
 * attribuito ad ognuno degli indicatori"), and each unit's figures; a CUDES shared by two units is
 * invalid input naming both (Avviso §2: "un proprio codice struttura CUDES").
 */
final class RipartoValidation {
    private RipartoValidation() {
    }

    static void validate(RipartoScenario s, List<ServiceUnit> units, RipartoRules p) {
        Violations v = new Violations();
        v.check(s.budget().signum() >= 0, "budget", s.budget(), "must not be negative");
        v.check(!s.previousResiduals().isNegative(), "previousResiduals", s.previousResiduals(), "must not be negative");
        checkRate(v, "reserveRate", s.reserveRate(), p.maxReserve);
        checkRate(v, "inclusionRate", s.inclusionRate(), p.maxInclusion);
        checkRate(v, "adminRate", s.adminRate(), p.maxAdmin);
        v.check(!s.adminRate().isGreaterThan(s.inclusionRate()), "adminRate", s.adminRate(),
                "is part of the inclusion share and cannot exceed it (" + s.inclusionRate() + ")");
        if (s.areaBudgets().isEmpty()) {
            v.check(s.previousAreaSplit().keySet().containsAll(List.of(Area.values())), "previousAreaSplit",
                    s.previousAreaSplit().keySet(), "must give last year's amount for every area (MINORI, ANZIANI, DISABILI) when no area budgets are set");
            s.previousAreaSplit().forEach((a, e) -> v.check(!e.isNegative(), "previousAreaSplit[" + a + "]", e, "must not be negative"));
        } else {
            v.check(s.areaBudgets().keySet().containsAll(List.of(Area.values())), "areaBudgets", s.areaBudgets().keySet(),
                    "must give a budget for every area");
            s.areaBudgets().forEach((a, e) -> v.check(!e.isNegative(), "areaBudgets[" + a + "]", e, "must not be negative"));
        }
        s.typeBudgets().forEach((t, e) -> v.check(!e.isNegative(), "typeBudgets[" + t + "]", e, "must not be negative"));
        s.indicatorWeights().forEach((t, w) -> {
            if (t.rule() != RuleKind.WEIGHTED) {
                v.add("indicatorWeights[" + t + "]", w.keySet(), "the type is not split by weighted indicators");
                return;
            }
            Rate total = Rate.ZERO;
            for (Map.Entry<Indicator, Rate> e : w.entrySet()) {
                v.check(e.getKey().serviceType() == t, "indicatorWeights[" + t + "][" + e.getKey() + "]", e.getValue(),
                        "is an indicator of " + e.getKey().serviceType() + ", not of " + t);
                v.check(!e.getValue().isNegative(), "indicatorWeights[" + t + "][" + e.getKey() + "]", e.getValue(), "must not be negative");
                total = total.plus(e.getValue());
            }
            v.check(total.equals(Rate.ONE), "indicatorWeights[" + t + "]", total, "must sum to 100%");
        });
        Set<String> ids = new HashSet<>(units.size());
        Map<String, String> cudesOwner = new HashMap<>(units.size());
        Set<ServiceType> weightedWithUnits = new HashSet<>();
        for (int i = 0; i < units.size(); i++) {
            ServiceUnit u = units.get(i);
            String at = "units[" + u.id() + "]"; // cheap: one concatenation per unit
            if (u.id().isBlank()) {
                v.add("units[" + i + "].id", "\"\"", "must not be blank");
            } else if (!ids.add(u.id())) {
                v.add(at + ".id", u.id(), "is a duplicate id");
            }
            if (u.cudes().isPresent()) {
                String other = cudesOwner.putIfAbsent(u.cudes().get(), u.id());
                if (other != null) {
                    v.add(at + ".cudes", u.cudes().get(), "is also the CUDES of unit " + other + ": each unit has its own CUDES (Avviso FSR 2025 §2)");
                }
            }
            if (anyNegative(u)) {
                for (Map.Entry<String, Euro> e : amounts(u).entrySet()) {
                    v.check(!e.getValue().isNegative(), at + "." + e.getKey(), e.getValue(), "must not be negative");
                }
            }
            if (u.investments().isGreaterThan(u.costs())) {
                v.add(at + ".investments", u.investments(), "exceeds the costs " + u.costs() + " (costs include investments)");
            }
            if (u.type() == ServiceType.CRD && u.personnelCost().plus(u.generalCost()).isGreaterThan(u.costs().minus(u.investments()))) {
                // the CRD indicator counts personnel and general costs of the year's running, investments apart: the costs
                // column holds all three, so the two parts cannot exceed the costs net of investments (netted once, here)
                v.addCoded("FSR-UNIT-CRD-COST-PARTS", at + ".generalCost", u.generalCost(), u.personnelCost(), u.costs().minus(u.investments()));
            }
            if (u.residentDays() < 0) {
                v.add(at + ".residentDays", u.residentDays(), "must not be negative");
            }
            if (u.residentDays() > 366L * 100_000) {
                v.add(at + ".residentDays", u.residentDays(), "is implausibly large");
            }
            if (u.type().rule() == RuleKind.PROPORTIONAL && u.type().isByEligibleSpend() && u.eligibleSpend().isEmpty()) {
                v.add(at + ".eligibleSpend", "null", "is required for " + u.type());
            }
            u.activityStart().ifPresent(start -> u.activityEnd().ifPresent(end ->
                    v.check(!end.isBefore(start), at + ".activityEnd", end, "is before the activity start " + start)));
            for (Map.Entry<Indicator, BigDecimal> e : u.indicatorMap().entrySet()) {
                Indicator ind = e.getKey();
                BigDecimal x = e.getValue();
                boolean yesNoOk = !ind.isYesNo() || x.compareTo(BigDecimal.ZERO) == 0 || x.compareTo(BigDecimal.ONE) == 0;
                if (ind.serviceType() == u.type() && !ind.isComputed() && x.signum() >= 0 && yesNoOk) {
                    continue;
                }
                String f = at + ".indicators[" + ind + "]";
                v.check(ind.serviceType() == u.type(), f, it.fsr.core.money.Decimals.echo(x), "is not an indicator of " + u.type());
                v.check(!ind.isComputed(), f, it.fsr.core.money.Decimals.echo(x), "is computed from the unit's costs: do not give it");
                v.check(x.signum() >= 0, f, it.fsr.core.money.Decimals.echo(x), "must not be negative");
                v.check(yesNoOk, f, it.fsr.core.money.Decimals.echo(x), "is a yes/no indicator: 1 or 0");
            }
            if (u.type().rule() == RuleKind.WEIGHTED) {
                weightedWithUnits.add(u.type());
                // an indicator the Assembly weighed decides the unit's money: stated (0 or no when so), never a blank read as 0
                s.indicatorWeights().getOrDefault(u.type(), Map.of()).forEach((ind, w) -> {
                    if (!w.isZero() && !ind.isComputed() && !u.indicators().containsKey(ind)) {
                        v.addCoded("FSR-UNIT-INDICATOR-REQUIRED", at + ".indicators[" + ind + "]", "");
                    }
                });
            }
        }
        for (ServiceType t : weightedWithUnits) {
            v.check(s.indicatorWeights().containsKey(t), "indicatorWeights[" + t + "]", "missing",
                    "the Assembly must weigh the indicators of " + t + " (Avviso §3: 'il peso attribuito ad ognuno degli indicatori')");
        }
        v.throwIfAny();
    }

    private static void checkRate(Violations v, String field, Rate rate, Rate cap) {
        v.check(!rate.isNegative(), field, rate, "must not be negative");
        v.check(!rate.isGreaterThan(cap), field, rate, "is above its legal cap of " + cap + " (DGR XII/4793/2025)");
    }

    private static boolean anyNegative(ServiceUnit u) {
        return u.costs().isNegative() || u.investments().isNegative() || u.revenues().isNegative()
                || u.eligibleSpend().map(Euro::isNegative).orElse(false) || u.personnelCost().isNegative()
                || u.complementaryCost().isNegative() || u.complementaryOnlyCost().isNegative() || u.userPayments().isNegative()
                || u.otherRevenues().isNegative() || u.generalCost().isNegative();
    }

    private static Map<String, Euro> amounts(ServiceUnit u) {
        Map<String, Euro> m = new LinkedHashMap<>();
        m.put("costs", u.costs());
        m.put("investments", u.investments());
        m.put("revenues", u.revenues());
        u.eligibleSpend().ifPresent(e -> m.put("eligibleSpend", e));
        m.put("personnelCost", u.personnelCost());
        m.put("complementaryCost", u.complementaryCost());
        m.put("complementaryOnlyCost", u.complementaryOnlyCost());
        m.put("userPayments", u.userPayments());
        m.put("otherRevenues", u.otherRevenues());
        m.put("generalCost", u.generalCost());
        return m;
    }

}
