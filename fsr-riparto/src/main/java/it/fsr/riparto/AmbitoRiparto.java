package it.fsr.riparto;

import it.fsr.core.allocation.Allocation;
import it.fsr.core.allocation.AllocationEngine;
import it.fsr.core.allocation.AllocationRequest;
import it.fsr.core.allocation.Claim;
import it.fsr.core.explain.Explanation;
import it.fsr.core.explain.Label;
import it.fsr.core.explain.MessageCatalog;
import it.fsr.core.explain.Step;
import it.fsr.core.money.Euro;
import it.fsr.core.parameter.ParameterSet;
import it.fsr.core.validation.ValidationException;
import it.fsr.core.validation.Violations;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;

/**
 * The riparto of one Ambito's FSR: budget → set-asides → areas → service types → units.
 *
 * <p>Sources: Avviso pubblico FSR 2025 of Ambito n. 6 Monte Orfano (§2 who may apply, §3 destination,
 * §4 fundable services and prerequisites, §5 area budgets and set-asides, "Indicatori di attività",
 * "Istruttoria" for the €300 minimum), implementing DGR XII/4793 of 28/07/2025.
 *
 * <p><b>Steps</b> (each amount to the cent; every split by the {@link AllocationEngine}), each in its
 * own class:
 * <ol>
 *   <li>Input checks, every problem at once ({@link RipartoValidation}).</li>
 *   <li>Set-asides: reserve = budget × reserve rate, inclusion = budget × inclusion rate (of which
 *       admin = budget × admin rate), each rounded half-up to the cent; residuals of earlier years are
 *       added to the reserve.</li>
 *   <li>Area budgets: explicit (criterio dell'Assemblea), or the distributable budget split in last
 *       year's proportions (largest remainder; scelta di fsr on the figures of Avviso §5).</li>
 *   <li>Each unit's eligibility, cap, weight and minimum ({@link Assessment}).</li>
 *   <li>Type budgets, units and the return path ({@link TypeSplit}, {@link TypeAllocation}).</li>
 *   <li>The plan ({@link RipartoPlan}), which checks that everything sums to the budget.</li>
 * </ol>
 * Stateless and thread-safe.
 */
public final class AmbitoRiparto {
    /** The riparto's messages, Italian and English. */
    static final MessageCatalog MESSAGES =
            MessageCatalog.of(locale -> ResourceBundle.getBundle("it.fsr.riparto.messages", locale));

    private AmbitoRiparto() {
    }

    /** The riparto with the default parameters (DGR XII/4793/2025). */
    public static RipartoPlan compute(RipartoScenario scenario, List<ServiceUnit> units) {
        return compute(scenario, units, RipartoParameters.defaults());
    }

    /**
     * The riparto with the given parameters.
     *
     * @throws ValidationException listing every problem of the scenario and of the units, or every
     *     type budget that cannot pay its per-day minimums (with the amount missing)
     */
    public static RipartoPlan compute(RipartoScenario scenario, List<ServiceUnit> units, ParameterSet parameters) {
        RipartoRules p = RipartoRules.read(parameters, scenario.year(), scenario.avviso());
        RipartoValidation.validate(scenario, units, p);
        List<ServiceUnit> sorted = new ArrayList<>(units);
        sorted.sort(Comparator.comparing(ServiceUnit::id));

        Euro reserve = setAside(scenario.budget(), scenario.reserveRate(), p.maxReserve);
        Euro inclusion = setAside(scenario.budget(), scenario.inclusionRate(), p.maxInclusion);
        Euro admin = setAside(scenario.budget(), scenario.adminRate(), p.maxAdmin);
        Euro distributable = scenario.budget().minus(reserve).minus(inclusion);
        List<Step> planSteps = new ArrayList<>();
        planSteps.add(step("plan.budget", scenario.budget(), "", p.reserveSource + "; " + p.avviso + " §1", scenario.ambito(), scenario.year()));
        planSteps.add(step("plan.reserve", reserve, scenario.reserveRate() + " × " + scenario.budget(),
                "criterio dell'Assemblea dei Sindaci entro il limite di " + p.maxReserve + " (" + p.reserveSource + ")", scenario.reserveRate()));
        if (scenario.previousResiduals().isPositive()) {
            planSteps.add(step("plan.residuals", scenario.previousResiduals(), "", scenario.avviso() + " §5"));
        }
        planSteps.add(step("plan.inclusion", inclusion, scenario.inclusionRate() + " × " + scenario.budget(),
                "criterio dell'Assemblea dei Sindaci entro il limite di " + p.maxInclusion + " (" + p.inclusionSource + ")",
                scenario.inclusionRate(), admin));
        planSteps.add(step("plan.distributable", distributable, scenario.budget() + " − " + reserve + " − " + inclusion, scenario.avviso() + " §5"));

        Map<Area, Euro> areaBudgets = areaBudgets(scenario, distributable, planSteps);
        Map<ServiceType, List<Assessment>> byType = new EnumMap<>(ServiceType.class);
        for (ServiceType t : ServiceType.values()) {
            byType.put(t, new ArrayList<>());
        }
        for (ServiceUnit u : sorted) {
            byType.get(u.type()).add(Assessment.of(u, scenario.year(), p));
        }
        TypeAllocation.weighIndicators(scenario, byType);
        scenario.indicatorWeights().forEach((t, w) -> w.forEach((ind, rate) -> planSteps.add(step("plan.indicatorWeight", rate, "",
                "criterio dell'Assemblea dei Sindaci (" + scenario.avviso() + ", Indicatori di attività)", Label.of(MESSAGES, "type." + t),
                Label.of(MESSAGES, "indicator." + ind)))));

        Violations problems = new Violations();
        TypeSplit.Result split = TypeSplit.run(scenario, areaBudgets, byType, p, problems, planSteps);
        problems.throwIfAny();
        return new RipartoPlan(scenario, reserve, inclusion, admin, distributable, split.areas(), split.toReserve(), split.movements(),
                Explanation.of(planSteps));
    }

    /**
     * A set-aside: budget × rate to the cent, half-up, but never above budget × the act's maximum (DGR XII/4793/2025: the
     * reserve "nella misura massima del 5%", inclusion at most 10%, admin at most 2%): at the maximum rate 5% of 100.10 is
     * 5.00, not 5.01 (scelta di fsr: half-up where it stays within the cap, down where it would not).
     */
    static Euro setAside(Euro budget, it.fsr.core.money.Rate rate, it.fsr.core.money.Rate max) {
        return budget.multiply(rate, RoundingMode.HALF_UP).min(budget.multiply(max, RoundingMode.DOWN));
    }

    static Step step(String key, Object value, String rule, String source, Object... args) {
        return Step.of(Label.of(MESSAGES, key, args), value, rule, source);
    }

    static List<ServiceType> typesOf(Area area) {
        List<ServiceType> list = new ArrayList<>();
        for (ServiceType t : ServiceType.values()) {
            if (t.area() == area) {
                list.add(t);
            }
        }
        return list;
    }

    /** The area budgets: explicit (criterio dell'Assemblea), or last year's proportions (scelta di fsr). */
    private static Map<Area, Euro> areaBudgets(RipartoScenario s, Euro distributable, List<Step> steps) {
        Map<Area, Euro> out = new EnumMap<>(Area.class);
        if (!s.areaBudgets().isEmpty()) {
            Euro total = Euro.sum(s.areaBudgets().values());
            if (!total.equals(distributable)) {
                throw ValidationException.of("areaBudgets", total, "must sum to the distributable budget " + distributable);
            }
            out.putAll(s.areaBudgets());
            for (Area a : Area.values()) {
                steps.add(step("plan.area.explicit", out.get(a), "", "criterio dell'Assemblea dei Sindaci (" + s.avviso() + " §5)",
                        Label.of(MESSAGES, "area." + a)));
            }
            return out;
        }
        List<Claim> claims = new ArrayList<>();
        for (Area a : Area.values()) {
            claims.add(Claim.of(a.name(), s.previousAreaSplit().get(a).toBigDecimal()));
        }
        Allocation split = AllocationEngine.allocate(AllocationRequest.of(distributable, claims));
        Euro previousTotal = Euro.sum(s.previousAreaSplit().values());
        for (Area a : Area.values()) {
            out.put(a, split.amountOf(a.name()));
            steps.add(step("plan.area.proportional", out.get(a), distributable + " × " + s.previousAreaSplit().get(a) + " / " + previousTotal,
                    "scelta di fsr: proporzioni del riparto dell'anno precedente (" + s.avviso() + " §5)", Label.of(MESSAGES, "area." + a),
                    s.previousAreaSplit().get(a)));
        }
        if (split.remainder().isPositive()) {
            throw ValidationException.of("previousAreaSplit", s.previousAreaSplit().values(), "all zero: no proportions to continue");
        }
        return out;
    }
}
