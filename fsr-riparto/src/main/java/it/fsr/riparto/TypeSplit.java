package it.fsr.riparto;

import it.fsr.core.allocation.Allocation;
import it.fsr.core.allocation.AllocationEngine;
import it.fsr.core.allocation.AllocationRequest;
import it.fsr.core.allocation.Claim;
import it.fsr.core.explain.Label;
import it.fsr.core.explain.Step;
import it.fsr.core.money.Euro;
import it.fsr.core.validation.ValidationException;
import it.fsr.core.validation.Violations;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * From the area budgets to each type's budget and its units, with the return path (the settled readings
 * of the default type split):
 * <ol>
 *   <li><b>Type budgets.</b> Explicit (criterio dell'Assemblea dei Sindaci, respected as given), or by
 *       default (scelta di fsr) the area budget split in proportion to each consolidated type's
 *       <em>need</em> — Σ of the caps of its units that can receive money — capped at that need; the
 *       per-day minimums (€5/€4 × days, Avviso FSR 2025, Indicatori di attività) are a <em>floor</em>
 *       on their type's budget, never an addition: budget = max(proportional share, Σ minimums), the other
 *       types re-split on what is left ({@link AllocationEngine#allocateWithFloors}).</li>
 *   <li><b>Units.</b> Each type's budget split among its units ({@link TypeAllocation}).</li>
 *   <li><b>Return path.</b> What a type cannot place goes back to its area and is re-split among the
 *       area's other types that still have unmet need and were not saturated, in proportion to their
 *       need and up to it, until no type of the area can take more; then it goes to the residual types
 *       (SFA: "in caso di disponibilità finanziaria residua", Avviso, area disabili — its own area's money
 *       first, then any other area's); only what nobody can take goes to the reserve. Every movement is
 *       a {@link Movement}.</li>
 * </ol>
 */
final class TypeSplit {

    /**
     * The split's result.
     *
     * @param areas     each area's result, in area order
     * @param movements every movement of the return path
     * @param toReserve Σ of what went to the reserve
     */
    record Result(List<AreaResult> areas, List<Movement> movements, Euro toReserve) {
    }

    private final RipartoScenario scenario;
    private final Map<ServiceType, List<Assessment>> byType;
    private final RipartoRules rules;
    private final Violations problems;
    private final List<Step> steps;
    private final List<Movement> movements = new ArrayList<>();
    private final Map<ServiceType, TypeAllocation.Outcome> outcomes = new EnumMap<>(ServiceType.class);
    private final Map<ServiceType, Euro> budgets = new EnumMap<>(ServiceType.class);
    private final Map<ServiceType, Euro> initial = new EnumMap<>(ServiceType.class);
    private final Map<Area, Long> leftover = new EnumMap<>(Area.class);
    private final Map<Area, Long> toOtherAreas = new EnumMap<>(Area.class);
    private final Map<Area, Long> fromOtherAreas = new EnumMap<>(Area.class);
    private final Map<Area, Long> toReserve = new EnumMap<>(Area.class);

    private TypeSplit(RipartoScenario scenario, Map<ServiceType, List<Assessment>> byType, RipartoRules rules, Violations problems,
            List<Step> steps) {
        this.scenario = scenario;
        this.byType = byType;
        this.rules = rules;
        this.problems = problems;
        this.steps = steps;
    }

    static Result run(RipartoScenario s, Map<Area, Euro> areaBudgets, Map<ServiceType, List<Assessment>> byType, RipartoRules p,
            Violations problems, List<Step> steps) {
        TypeSplit split = new TypeSplit(s, byType, p, problems, steps);
        boolean ok = true;
        for (Area area : Area.values()) {
            ok &= split.consolidated(area, areaBudgets.get(area));
        }
        if (!ok) {
            return null;
        }
        split.acrossAreas();
        split.residual();
        return split.result(areaBudgets);
    }

    private static Label type(ServiceType t) {
        return Label.of(AmbitoRiparto.MESSAGES, "type." + t);
    }

    private static Label area(Area a) {
        return Label.of(AmbitoRiparto.MESSAGES, "area." + a);
    }

    private static boolean residual(ServiceType t) {
        return t.rule() == RuleKind.RESIDUAL;
    }

    private Map<ServiceType, Euro> explicit(Area area) {
        Map<ServiceType, Euro> explicit = new EnumMap<>(ServiceType.class);
        scenario.typeBudgets().forEach((t, e) -> {
            if (t.area() == area) {
                explicit.put(t, e);
            }
        });
        return explicit;
    }

    /** The consolidated (non-residual) types of one area: budgets, units, return path within the area. */
    private boolean consolidated(Area area, Euro areaBudget) {
        List<ServiceType> types = AmbitoRiparto.typesOf(area).stream().filter(t -> !residual(t)).toList();
        Map<ServiceType, Euro> explicit = explicit(area);
        long pool;
        if (!explicit.isEmpty()) {
            Euro total = Euro.sum(explicit.values());
            if (!total.equals(areaBudget)) {
                problems.add("typeBudgets[" + area + "]", total, "must sum to the area budget " + areaBudget
                        + " (give every type of the area, or none for the default split by need)");
                return false;
            }
            for (ServiceType t : AmbitoRiparto.typesOf(area)) {
                Euro b = explicit.getOrDefault(t, Euro.ZERO);
                budgets.put(t, b);
                initial.put(t, b);
                if (b.isPositive() || !byType.get(t).isEmpty()) {
                    steps.add(AmbitoRiparto.step("plan.type.explicit", b, "", "criterio dell'Assemblea dei Sindaci (" + scenario.avviso() + " §5); "
                            + "scelta di fsr: il budget stabilito è un minimo della tipologia, che il percorso di ritorno può integrare per "
                            + "le unità con fabbisogno, perché il budget è ripartito tra tutti i richiedenti ammessi", type(t)));
                }
            }
            pool = 0;
        } else {
            Allocation byNeed = byNeed(area, areaBudget, types);
            if (byNeed == null) {
                return false;
            }
            pool = byNeed.remainder().cents();
            for (ServiceType t : AmbitoRiparto.typesOf(area)) {
                Euro b = residual(t) ? Euro.ZERO : byNeed.amountOf(t.name());
                budgets.put(t, b);
                initial.put(t, b);
            }
        }
        for (ServiceType t : types) {
            if (!run(t)) {
                return false;
            }
            pool += returned(area, t);
        }
        pool = reassign(area, types, pool);
        leftover.put(area, pool);
        return true;
    }

    /** The default type budgets: by need, capped at need, the per-day minimums a floor. */
    private Allocation byNeed(Area area, Euro areaBudget, List<ServiceType> types) {
        List<Claim> claims = new ArrayList<>();
        Map<String, Euro> floors = new HashMap<>();
        for (ServiceType t : types) {
            Euro need = TypeAllocation.need(byType.get(t));
            claims.add(Claim.of(t.name(), BigDecimal.valueOf(need.cents())).withCap(need));
            floors.put(t.name(), TypeAllocation.minimums(byType.get(t)));
        }
        Allocation a;
        try {
            a = AllocationEngine.allocateWithFloors(AllocationRequest.of(areaBudget, claims), floors);
        } catch (ValidationException e) {
            long minimums = floors.values().stream().mapToLong(Euro::cents).sum();
            problems.add("areaBudgets[" + area + "]", areaBudget, "cannot pay the per-day minimums of its types ("
                    + Euro.ofCents(minimums) + "): missing " + Euro.ofCents(minimums - areaBudget.cents()));
            return null;
        }
        for (ServiceType t : types) {
            Euro need = TypeAllocation.need(byType.get(t));
            Euro floor = floors.get(t.name());
            Euro budget = a.amountOf(t.name());
            if (byType.get(t).isEmpty() && budget.isZero()) {
                continue;
            }
            boolean floored = floor.isPositive() && budget.equals(floor.min(need));
            steps.add(AmbitoRiparto.step(floored ? "plan.type.floor" : "plan.type.byNeed", budget, "",
                    floored ? "scelta di fsr: il minimo per giornata (" + scenario.avviso() + ", Indicatori di attività) è una soglia del budget, non un'aggiunta"
                            : "scelta di fsr: in proporzione al fabbisogno ammissibile delle tipologie, fino al fabbisogno",
                    type(t), need, floor));
        }
        return a;
    }

    /** Splits type t's current budget among its units; false when it cannot pay its per-day minimums. */
    private boolean run(ServiceType t) {
        List<Assessment> units = byType.get(t);
        Euro budget = budgets.get(t);
        if (units.isEmpty() && budget.isZero()) {
            outcomes.remove(t);
            return true;
        }
        TypeAllocation.Outcome o = TypeAllocation.allocate(t, budget, units, rules, scenario, problems);
        if (o == null) {
            return false;
        }
        outcomes.put(t, o);
        return true;
    }

    /** The amount type t could not place, recorded as returned to its area (zero when it placed all). */
    private long returned(Area area, ServiceType t) {
        TypeAllocation.Outcome o = outcomes.get(t);
        if (o == null || !o.unplaced().isPositive()) {
            return 0;
        }
        movements.add(new Movement(Movement.Kind.RETURNED_TO_AREA, area, t, o.unplaced()));
        steps.add(AmbitoRiparto.step("plan.move.returned", o.unplaced(), "", "scelta di fsr: ciò che le unità non possono ricevere torna all'area",
                type(t), area(area)));
        return o.unplaced().cents();
    }

    private boolean saturated(ServiceType t) {
        TypeAllocation.Outcome o = outcomes.get(t);
        return o != null && o.unplaced().isPositive();
    }

    private long unmet(ServiceType t) {
        TypeAllocation.Outcome o = outcomes.get(t);
        long placed = o == null ? 0 : o.placed().cents();
        return Math.max(0, TypeAllocation.need(byType.get(t)).cents() - placed);
    }

    /** Re-splits the area's pool among its types with unmet need until none can take more; returns what is left. */
    private long reassign(Area area, List<ServiceType> types, long pool) {
        while (pool > 0) {
            List<Claim> receivers = new ArrayList<>();
            for (ServiceType t : types) {
                long unmet = unmet(t);
                if (!saturated(t) && unmet > 0) {
                    receivers.add(Claim.of(t.name(), BigDecimal.valueOf(TypeAllocation.need(byType.get(t)).cents()))
                            .withCap(Euro.ofCents(unmet)));
                }
            }
            if (receivers.isEmpty()) {
                return pool;
            }
            Allocation extra = AllocationEngine.allocate(AllocationRequest.of(Euro.ofCents(pool), receivers));
            long next = extra.remainder().cents();
            for (Claim c : receivers) {
                ServiceType t = ServiceType.valueOf(c.key());
                Euro more = extra.amountOf(c.key());
                if (!more.isPositive()) {
                    continue;
                }
                budgets.put(t, budgets.get(t).plus(more));
                movements.add(new Movement(Movement.Kind.REASSIGNED_TO_TYPE, area, t, more));
                steps.add(AmbitoRiparto.step("plan.move.reassigned", more, "",
                        "scelta di fsr: l'area riassegna alle tipologie con fabbisogno non coperto, in proporzione al fabbisogno", type(t), area(area)));
                if (!run(t)) {
                    throw new IllegalStateException("a larger budget cannot fail the per-day minimums");
                }
                next += returned(area, t);
            }
            pool = next;
        }
        return 0;
    }

    /**
     * What an area could not place, to the consolidated types of the <em>other</em> areas that still have unmet need, in
     * proportion to their need and up to it, before any residual type or the reserve (Avviso: the budget "sarà ripartito
     * tra tutti i richiedenti ammessi"; the SFA only "dopo aver provveduto a definire lo specifico finanziamento destinato
     * ai servizi consolidati"; the reserve "nella misura massima del 5%"). Money a receiving type cannot place goes back to
     * its own area, which re-splits it among its types first; the rounds go on until no consolidated type anywhere can
     * take more. Areas give in their declaration order; the amounts do not depend on it (water-filling by need is
     * additive), only which area's leftover is named as the giver.
     */
    private void acrossAreas() {
        boolean moved = true;
        while (moved) {
            moved = false;
            for (Area from : Area.values()) {
                long pool = leftover.getOrDefault(from, 0L);
                if (pool <= 0) {
                    continue;
                }
                List<ServiceType> receiving = new ArrayList<>();
                List<Claim> receivers = new ArrayList<>();
                for (ServiceType t : ServiceType.values()) {
                    long unmet = unmet(t);
                    if (t.area() != from && !residual(t) && !saturated(t) && unmet > 0) {
                        receiving.add(t);
                        receivers.add(Claim.of(t.name(), BigDecimal.valueOf(TypeAllocation.need(byType.get(t)).cents()))
                                .withCap(Euro.ofCents(unmet)));
                    }
                }
                if (receivers.isEmpty()) {
                    continue;
                }
                Allocation extra = AllocationEngine.allocate(AllocationRequest.of(Euro.ofCents(pool), receivers));
                leftover.put(from, extra.remainder().cents());
                for (ServiceType t : receiving) {
                    Euro more = extra.amountOf(t.name());
                    if (!more.isPositive()) {
                        continue;
                    }
                    moved = true;
                    budgets.put(t, budgets.get(t).plus(more));
                    toOtherAreas.merge(from, more.cents(), Long::sum);
                    fromOtherAreas.merge(t.area(), more.cents(), Long::sum);
                    movements.add(new Movement(Movement.Kind.TO_OTHER_AREA_TYPE, from, t, more));
                    steps.add(AmbitoRiparto.step("plan.move.otherArea", more, "", scenario.avviso()
                            + ": il budget è ripartito tra tutti i richiedenti ammessi; scelta di fsr: ai servizi consolidati delle altre aree "
                            + "in proporzione al fabbisogno non coperto, prima dello SFA e della riserva", area(from), type(t)));
                    if (!run(t)) {
                        throw new IllegalStateException("a larger budget cannot fail the per-day minimums");
                    }
                    long back = returned(t.area(), t);
                    if (back > 0) {
                        List<ServiceType> own = AmbitoRiparto.typesOf(t.area()).stream().filter(x -> !residual(x)).toList();
                        leftover.merge(t.area(), reassign(t.area(), own, back), Long::sum);
                    }
                }
            }
        }
    }

    /** The residual types (SFA): from their own area's leftover first, then any other area's; then the reserve. */
    private void residual() {
        for (ServiceType r : ServiceType.values()) {
            if (!residual(r)) {
                continue;
            }
            Area home = r.area();
            long room = Math.max(0, TypeAllocation.need(byType.get(r)).cents() - budgets.getOrDefault(r, Euro.ZERO).cents());
            List<Area> order = new ArrayList<>();
            order.add(home);
            for (Area a : Area.values()) {
                if (a != home) {
                    order.add(a);
                }
            }
            for (Area from : order) {
                long take = Math.min(room, leftover.getOrDefault(from, 0L));
                if (take <= 0) {
                    continue;
                }
                room -= take;
                leftover.merge(from, -take, Long::sum);
                budgets.merge(r, Euro.ofCents(take), Euro::plus);
                if (from != home) {
                    toOtherAreas.merge(from, take, Long::sum);
                    fromOtherAreas.merge(home, take, Long::sum);
                }
                movements.add(new Movement(Movement.Kind.TO_RESIDUAL_TYPE, from, r, Euro.ofCents(take)));
                steps.add(AmbitoRiparto.step("plan.move.residual", Euro.ofCents(take), "",
                        scenario.avviso() + ", area disabili: SFA in caso di disponibilità finanziaria residua; scelta di fsr: prima dalla propria area, poi dalle altre",
                        area(from), type(r)));
            }
            if (!run(r)) {
                continue;
            }
            TypeAllocation.Outcome o = outcomes.get(r);
            if (o != null && o.unplaced().isPositive()) {
                toReserve.merge(home, o.unplaced().cents(), Long::sum);
                movements.add(new Movement(Movement.Kind.TO_RESERVE, home, r, o.unplaced()));
                steps.add(AmbitoRiparto.step("plan.move.reserveFromType", o.unplaced(), "", "scelta di fsr: ciò che nessuna tipologia può ricevere va alla riserva",
                        type(r)));
            }
        }
        for (Area a : Area.values()) {
            long left = leftover.getOrDefault(a, 0L);
            if (left > 0) {
                toReserve.merge(a, left, Long::sum);
                movements.add(new Movement(Movement.Kind.TO_RESERVE, a, null, Euro.ofCents(left)));
                steps.add(AmbitoRiparto.step("plan.move.reserve", Euro.ofCents(left), "", "scelta di fsr: ciò che nessuna tipologia può ricevere va alla riserva",
                        area(a)));
            }
        }
    }

    private Result result(Map<Area, Euro> areaBudgets) {
        List<AreaResult> areas = new ArrayList<>();
        long reserve = 0;
        for (Area a : Area.values()) {
            List<TypeResult> types = new ArrayList<>();
            for (ServiceType t : AmbitoRiparto.typesOf(a)) {
                TypeAllocation.Outcome o = outcomes.get(t);
                if (o != null) {
                    TypeResult r = o.result();
                    Euro set = initial.getOrDefault(t, Euro.ZERO);
                    types.add(new TypeResult(t, set, r.budget().minus(set), r.units(), r.remainder()));
                }
            }
            long r = toReserve.getOrDefault(a, 0L);
            reserve += r;
            areas.add(new AreaResult(a, areaBudgets.get(a), types, Euro.ofCents(toOtherAreas.getOrDefault(a, 0L)),
                    Euro.ofCents(fromOtherAreas.getOrDefault(a, 0L)), Euro.ofCents(r)));
        }
        return new Result(areas, List.copyOf(movements), Euro.ofCents(reserve));
    }
}
