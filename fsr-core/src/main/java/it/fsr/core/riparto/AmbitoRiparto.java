package it.fsr.core.riparto;

import it.fsr.core.allocation.Allocation;
import it.fsr.core.allocation.AllocationEngine;
import it.fsr.core.allocation.AllocationRequest;
import it.fsr.core.allocation.Claim;
import it.fsr.core.allocation.MultiCriteria;
import it.fsr.core.allocation.Share;
import it.fsr.core.explain.Explanation;
import it.fsr.core.explain.Label;
import it.fsr.core.explain.MessageCatalog;
import it.fsr.core.explain.Step;
import it.fsr.core.money.Euro;
import it.fsr.core.money.Rate;
import it.fsr.core.parameter.ParameterSet;
import it.fsr.core.validation.ValidationException;
import it.fsr.core.validation.Violations;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;

/**
 * The riparto of one Ambito's FSR: budget → set-asides → areas → service types → units.
 *
 * <p>Sources: Avviso pubblico FSR 2025 of Ambito n. 6 Monte Orfano (§2 who may apply, §3 destination,
 * §4 fundable services and prerequisites, §5 area budgets and set-asides, "Indicatori di attività",
 * §5 Istruttoria for the €300 minimum), implementing DGR XII/4793 of 28/07/2025.
 *
 * <p><b>Steps</b> (each amount to the cent; every split by the {@link AllocationEngine}):
 * <ol>
 *   <li>Set-asides: reserve = budget × reserve rate, inclusion = budget × inclusion rate (of which
 *       admin = budget × admin rate), each rounded half-up to the cent; residuals of earlier years are
 *       added to the reserve. Rates above their caps (5%, 10%, 2%; admin within inclusion) are errors.</li>
 *   <li>Area budgets: explicit, or the distributable budget split in last year's proportions
 *       (largest remainder).</li>
 *   <li>Eligibility of each unit (every failing rule is listed): regular operation, CUDES, seat in the
 *       Ambito, not started in the funding year, active in the funding year, revenues below costs net of
 *       investments, Minori Web for residential minors, some eligible spend.</li>
 *   <li>Proration: a unit that ceases during the funding year has its weight, cap and minimum multiplied
 *       by days active / days in the year. fsr prorates the <em>claim</em> rather than the final amount,
 *       so that the money a ceasing unit does not need stays with the other units of its type (prorating
 *       the amount afterwards would leave it unallocated). Prorated caps are rounded down to the cent,
 *       prorated minimums up (a cap never rises, a minimum never falls, by rounding).</li>
 *   <li>Type budgets: explicit, or the area budget split in proportion to each type's need (Σ of its
 *       units' caps), capped at that need, with the per-day types' minimums guaranteed first; what the
 *       consolidated types cannot absorb funds the RESIDUAL types (SFA) up to their need; the rest is
 *       returned to the reserve as a named line.</li>
 *   <li>Units: each type's budget split by its rule, capped at each unit's deficit, with the €300 floor
 *       (the engine's threshold rule, until stable); what a type cannot place is returned to the reserve.</li>
 * </ol>
 * Stateless and thread-safe.
 */
public final class AmbitoRiparto {
    /** The riparto's messages, Italian and English. */
    static final MessageCatalog MESSAGES =
            MessageCatalog.of(locale -> ResourceBundle.getBundle("it.fsr.core.riparto.messages", locale));
    private static final String AVVISO = "Avviso FSR 2025";

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
        Params p = Params.read(parameters, scenario.year());
        validate(scenario, units, p);
        List<ServiceUnit> sorted = new ArrayList<>(units);
        sorted.sort(Comparator.comparing(ServiceUnit::id));

        Euro reserve = scenario.budget().multiply(scenario.reserveRate(), RoundingMode.HALF_UP);
        Euro inclusion = scenario.budget().multiply(scenario.inclusionRate(), RoundingMode.HALF_UP);
        Euro admin = scenario.budget().multiply(scenario.adminRate(), RoundingMode.HALF_UP);
        Euro distributable = scenario.budget().minus(reserve).minus(inclusion);
        List<Step> planSteps = new ArrayList<>();
        planSteps.add(step("plan.budget", scenario.budget(), "", "DGR XII/4793/2025; " + AVVISO + " §1", scenario.ambito(), scenario.year()));
        planSteps.add(step("plan.reserve", reserve, scenario.reserveRate() + " × " + scenario.budget(),
                p.reserveSource, scenario.reserveRate()));
        if (scenario.previousResiduals().isPositive()) {
            planSteps.add(step("plan.residuals", scenario.previousResiduals(), "", AVVISO + " §5"));
        }
        planSteps.add(step("plan.inclusion", inclusion, scenario.inclusionRate() + " × " + scenario.budget(),
                p.inclusionSource, scenario.inclusionRate(), admin));
        planSteps.add(step("plan.distributable", distributable, "budget − reserve − inclusion", AVVISO + " §5"));

        Map<Area, Euro> areaBudgets = areaBudgets(scenario, distributable, planSteps);
        Map<String, Assessment> assessed = new LinkedHashMap<>();
        for (ServiceUnit u : sorted) {
            assessed.put(u.id(), Assessment.of(u, scenario.year(), p));
        }
        Map<ServiceType, List<Assessment>> byType = new EnumMap<>(ServiceType.class);
        for (ServiceType t : ServiceType.values()) {
            byType.put(t, new ArrayList<>());
        }
        for (Assessment a : assessed.values()) {
            byType.get(a.unit.type()).add(a);
        }
        weighIndicators(scenario, byType, p);

        Violations shortfalls = new Violations();
        List<AreaResult> areas = new ArrayList<>();
        for (Area area : Area.values()) {
            Map<ServiceType, Euro> typeBudgets = typeBudgets(scenario, area, areaBudgets.get(area), byType, p, shortfalls, planSteps);
            if (typeBudgets == null) {
                continue;
            }
            List<TypeResult> types = new ArrayList<>();
            long typeRemainders = 0;
            long typeTotal = 0;
            for (ServiceType type : typesOf(area)) {
                Euro budget = typeBudgets.getOrDefault(type, Euro.ZERO);
                typeTotal += budget.cents();
                TypeResult tr = allocateType(type, budget, byType.get(type), p, shortfalls);
                if (tr != null) {
                    types.add(tr);
                    typeRemainders += tr.remainder().cents();
                }
            }
            Euro unplaced = areaBudgets.get(area).minus(Euro.ofCents(typeTotal)).plus(Euro.ofCents(typeRemainders));
            areas.add(new AreaResult(area, areaBudgets.get(area), types, unplaced));
        }
        shortfalls.throwIfAny();
        Euro returned = Euro.sum(areas.stream().map(AreaResult::unplaced).toList());
        if (returned.isPositive()) {
            planSteps.add(step("plan.returned", returned, "", AVVISO + " §5"));
        }
        return new RipartoPlan(scenario, reserve, inclusion, admin, distributable, areas, returned,
                Explanation.of(planSteps));
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

    // ---------------------------------------------------------------- validation

    private static void validate(RipartoScenario s, List<ServiceUnit> units, Params p) {
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
        Set<String> ids = new HashSet<>();
        Set<ServiceType> weightedWithUnits = new HashSet<>();
        for (int i = 0; i < units.size(); i++) {
            ServiceUnit u = units.get(i);
            String at = "units[" + u.id() + "]"; // cheap: one concatenation per unit
            if (u.id().isBlank()) {
                v.add("units[" + i + "].id", "\"\"", "must not be blank");
            } else if (!ids.add(u.id())) {
                v.add(at + ".id", u.id(), "is a duplicate id");
            }
            if (anyNegative(u)) {
                for (Map.Entry<String, Euro> e : amounts(u).entrySet()) {
                    v.check(!e.getValue().isNegative(), at + "." + e.getKey(), e.getValue(), "must not be negative");
                }
            }
            if (u.investments().isGreaterThan(u.costs())) {
                v.add(at + ".investments", u.investments(), "exceeds the costs " + u.costs() + " (costs include investments)");
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
            for (Map.Entry<Indicator, BigDecimal> e : u.indicators().entrySet()) {
                Indicator ind = e.getKey();
                BigDecimal x = e.getValue();
                boolean yesNoOk = !ind.isYesNo() || x.compareTo(BigDecimal.ZERO) == 0 || x.compareTo(BigDecimal.ONE) == 0;
                if (ind.serviceType() == u.type() && !ind.isComputed() && x.signum() >= 0 && yesNoOk) {
                    continue;
                }
                String f = at + ".indicators[" + ind + "]";
                v.check(ind.serviceType() == u.type(), f, x.toPlainString(), "is not an indicator of " + u.type());
                v.check(!ind.isComputed(), f, x.toPlainString(), "is computed from the unit's costs: do not give it");
                v.check(x.signum() >= 0, f, x.toPlainString(), "must not be negative");
                v.check(yesNoOk, f, x.toPlainString(), "is a yes/no indicator: 1 or 0");
            }
            if (u.type().rule() == RuleKind.WEIGHTED) {
                weightedWithUnits.add(u.type());
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

    // ---------------------------------------------------------------- areas and types

    private static Map<Area, Euro> areaBudgets(RipartoScenario s, Euro distributable, List<Step> steps) {
        Map<Area, Euro> out = new EnumMap<>(Area.class);
        if (!s.areaBudgets().isEmpty()) {
            Euro total = Euro.sum(s.areaBudgets().values());
            if (!total.equals(distributable)) {
                throw ValidationException.of("areaBudgets", total, "must sum to the distributable budget " + distributable);
            }
            out.putAll(s.areaBudgets());
            for (Area a : Area.values()) {
                steps.add(step("plan.area.explicit", out.get(a), "", AVVISO + " §5", a));
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
            steps.add(step("plan.area.proportional", out.get(a),
                    distributable + " × " + s.previousAreaSplit().get(a) + " / " + previousTotal,
                    AVVISO + " §5", a, s.previousAreaSplit().get(a)));
        }
        if (split.remainder().isPositive()) {
            throw ValidationException.of("previousAreaSplit", s.previousAreaSplit().values(), "all zero: no proportions to continue");
        }
        return out;
    }

    private static Map<ServiceType, Euro> typeBudgets(RipartoScenario s, Area area, Euro areaBudget,
            Map<ServiceType, List<Assessment>> byType, Params p, Violations problems, List<Step> steps) {
        List<ServiceType> types = typesOf(area);
        Map<ServiceType, Euro> explicit = new EnumMap<>(ServiceType.class);
        s.typeBudgets().forEach((t, e) -> {
            if (t.area() == area) {
                explicit.put(t, e);
            }
        });
        Map<ServiceType, Euro> out = new EnumMap<>(ServiceType.class);
        if (!explicit.isEmpty()) {
            Euro total = Euro.sum(explicit.values());
            if (!total.equals(areaBudget)) {
                problems.add("typeBudgets[" + area + "]", total, "must sum to the area budget " + areaBudget
                        + " (give every type of the area, or none for the default split by need)");
                return null;
            }
            out.putAll(explicit);
            for (ServiceType t : types) {
                steps.add(step("plan.type.explicit", out.getOrDefault(t, Euro.ZERO), "", AVVISO + " §5", t));
            }
            return out;
        }
        List<Claim> consolidated = new ArrayList<>();
        List<Claim> residual = new ArrayList<>();
        for (ServiceType t : types) {
            long need = 0;
            long minimum = 0;
            for (Assessment a : byType.get(t)) {
                if (a.eligible()) {
                    need += a.cap.cents();
                    minimum += a.minimum.cents();
                }
            }
            Claim c = Claim.of(t.name(), BigDecimal.valueOf(need)).withCap(Euro.ofCents(need)).withMinimum(Euro.ofCents(minimum));
            (t.rule() == RuleKind.RESIDUAL ? residual : consolidated).add(c);
        }
        Allocation first;
        try {
            first = AllocationEngine.allocate(AllocationRequest.of(areaBudget, consolidated));
        } catch (ValidationException e) {
            long minimums = consolidated.stream().mapToLong(c -> c.minimum().cents()).sum();
            problems.add("areaBudgets[" + area + "]", areaBudget, "cannot pay the per-day minimums of its types ("
                    + Euro.ofCents(minimums) + "): missing " + Euro.ofCents(minimums - areaBudget.cents()));
            return null;
        }
        Allocation second = AllocationEngine.allocate(AllocationRequest.of(first.remainder(), residual));
        for (ServiceType t : types) {
            Allocation a = t.rule() == RuleKind.RESIDUAL ? second : first;
            Euro budget = a.amountOf(t.name());
            out.put(t, budget);
            Claim claim = (t.rule() == RuleKind.RESIDUAL ? residual : consolidated).stream()
                    .filter(c -> c.key().equals(t.name())).findFirst().orElseThrow();
            steps.add(step(t.rule() == RuleKind.RESIDUAL ? "plan.type.residual" : "plan.type.byNeed", budget,
                    "need " + claim.cap() + (claim.minimum().isPositive() ? ", minimum " + claim.minimum() : ""),
                    AVVISO + " §4, §5", t, claim.cap()));
        }
        return out;
    }

    // ---------------------------------------------------------------- units

    private static void weighIndicators(RipartoScenario s, Map<ServiceType, List<Assessment>> byType, Params p) {
        for (ServiceType t : ServiceType.values()) {
            if (t.rule() != RuleKind.WEIGHTED) {
                continue;
            }
            List<Assessment> eligible = byType.get(t).stream().filter(Assessment::eligible).toList();
            if (eligible.isEmpty()) {
                continue;
            }
            List<MultiCriteria.Criterion> criteria = new ArrayList<>();
            s.indicatorWeights().get(t).forEach((ind, w) -> {
                Map<String, BigDecimal> values = new LinkedHashMap<>();
                for (Assessment a : eligible) {
                    values.put(a.unit.id(), a.indicators.getOrDefault(ind, BigDecimal.ZERO));
                }
                criteria.add(new MultiCriteria.Criterion(ind.name(), w, values));
            });
            boolean anyValue = criteria.stream().anyMatch(c -> !c.weight().isZero()
                    && c.values().values().stream().anyMatch(x -> x.signum() > 0));
            if (!anyValue) {
                // no unit has any weighted indicator: no weight, the type's money is returned (stated in the plan)
                continue;
            }
            Map<String, BigDecimal> composite = MultiCriteria.compositeWeights(criteria);
            for (Assessment a : eligible) {
                a.weight = composite.get(a.unit.id()).multiply(BigDecimal.valueOf(a.activeDays));
            }
        }
    }

    private static TypeResult allocateType(ServiceType type, Euro budget, List<Assessment> all, Params p,
            Violations problems) {
        if (all.isEmpty() && budget.isZero()) {
            return null;
        }
        List<Claim> claims = new ArrayList<>();
        long minimums = 0;
        long days = 0;
        for (Assessment a : all) {
            if (a.eligible()) {
                claims.add(new Claim(a.unit.id(), a.weight, a.cap, a.minimum));
                minimums += a.minimum.cents();
                days += a.unit.residentDays();
            }
        }
        if (minimums > budget.cents()) {
            Euro perDay = type == ServiceType.CSE ? p.perDayCse : p.perDayResidentialMinors;
            problems.add("typeBudgets[" + type + "]", budget, "cannot pay the minimum of " + perDay + " per day of presence for "
                    + days + " days (" + Euro.ofCents(minimums) + "): missing " + Euro.ofCents(minimums - budget.cents())
                    + "; the Assembly must raise the type budget");
            return null;
        }
        Allocation alloc = AllocationEngine.allocate(AllocationRequest.of(budget, claims).withThreshold(p.minimumContribution));
        List<UnitResult> units = new ArrayList<>();
        for (Assessment a : all) {
            units.add(a.result(type, budget, a.eligible() ? alloc.share(a.unit.id()).orElseThrow() : null, p));
        }
        return new TypeResult(type, budget, units, alloc.remainder());
    }

    /** The parameters in force for the funding year. */
    static final class Params {
        Rate maxReserve;
        Rate maxInclusion;
        Rate maxAdmin;
        String reserveSource;
        String inclusionSource;
        Euro minimumContribution;
        String minimumSource;
        Euro perDayResidentialMinors;
        Euro perDayCse;
        String perDaySourceMinors;
        String perDaySourceCse;
        Rate sadComplementaryCap;
        Rate crdPersonnelCap;
        Rate crdGeneralCap;

        static Params read(ParameterSet set, int year) {
            Params p = new Params();
            p.maxReserve = set.valueForYear(RipartoParameters.MAX_RESERVE_RATE, year);
            p.reserveSource = set.datedForYear(RipartoParameters.MAX_RESERVE_RATE, year).source();
            p.maxInclusion = set.valueForYear(RipartoParameters.MAX_INCLUSION_RATE, year);
            p.inclusionSource = set.datedForYear(RipartoParameters.MAX_INCLUSION_RATE, year).source();
            p.maxAdmin = set.valueForYear(RipartoParameters.MAX_ADMIN_RATE, year);
            p.minimumContribution = set.valueForYear(RipartoParameters.MINIMUM_CONTRIBUTION, year);
            p.minimumSource = set.datedForYear(RipartoParameters.MINIMUM_CONTRIBUTION, year).source();
            p.perDayResidentialMinors = set.valueForYear(RipartoParameters.PER_DAY_RESIDENTIAL_MINORS, year);
            p.perDaySourceMinors = set.datedForYear(RipartoParameters.PER_DAY_RESIDENTIAL_MINORS, year).source();
            p.perDayCse = set.valueForYear(RipartoParameters.PER_DAY_CSE, year);
            p.perDaySourceCse = set.datedForYear(RipartoParameters.PER_DAY_CSE, year).source();
            p.sadComplementaryCap = set.valueForYear(RipartoParameters.SAD_COMPLEMENTARY_CAP, year);
            p.crdPersonnelCap = set.valueForYear(RipartoParameters.CRD_PERSONNEL_CAP, year);
            p.crdGeneralCap = set.valueForYear(RipartoParameters.CRD_GENERAL_CAP, year);
            return p;
        }
    }

    /** One unit's eligibility, basis, cap, weight and minimum, with the steps that explain them. */
    static final class Assessment {
        final ServiceUnit unit;
        /** Whether to build the explanation's steps: only when the explanation is asked for. */
        final boolean explain;
        final int year;
        final Params params;
        final List<ExclusionReason> reasons = new ArrayList<>();
        final List<Step> steps = new ArrayList<>();
        final Map<Indicator, BigDecimal> indicators = new EnumMap<>(Indicator.class);
        Euro basis = Euro.ZERO;
        Euro deficit;
        Euro cap = Euro.ZERO;
        Euro minimum = Euro.ZERO;
        BigDecimal weight = BigDecimal.ZERO;
        int activeDays;
        int daysInYear;

        private Assessment(ServiceUnit unit, boolean explain, int year, Params params) {
            this.unit = unit;
            this.explain = explain;
            this.year = year;
            this.params = params;
        }

        boolean eligible() {
            return reasons.isEmpty();
        }

        static Assessment of(ServiceUnit u, int year, Params p) {
            return of(u, year, p, false);
        }

        static Assessment of(ServiceUnit u, int year, Params p, boolean explain) {
            Assessment a = new Assessment(u, explain, year, p);
            LocalDate first = LocalDate.of(year, 1, 1);
            LocalDate last = LocalDate.of(year, 12, 31);
            a.daysInYear = first.lengthOfYear();
            a.activeDays = a.daysInYear;
            if (!u.authorised()) {
                a.reasons.add(ExclusionReason.NOT_IN_REGULAR_OPERATION);
            }
            if (u.cudes().isEmpty()) {
                a.reasons.add(ExclusionReason.NO_CUDES);
            }
            if (!u.seatedInAmbito()) {
                a.reasons.add(ExclusionReason.NOT_SEATED_IN_AMBITO);
            }
            if (u.activityStart().isPresent() && u.activityStart().get().getYear() == year) {
                a.reasons.add(ExclusionReason.STARTED_IN_FUNDING_YEAR);
            } else if (u.activityStart().isPresent() && u.activityStart().get().isAfter(last)
                    || u.activityEnd().isPresent() && u.activityEnd().get().isBefore(first)) {
                a.reasons.add(ExclusionReason.NOT_ACTIVE_IN_FUNDING_YEAR);
            } else if (u.activityEnd().isPresent() && !u.activityEnd().get().isAfter(last)) {
                a.activeDays = (int) ChronoUnit.DAYS.between(first, u.activityEnd().get()) + 1;
            }
            if (u.type() == ServiceType.RESIDENZIALE_MINORI && !u.minoriWebDeclared().orElse(false)) {
                a.reasons.add(ExclusionReason.MINORI_WEB_MISSING);
            }
            a.deficit = u.deficit();
            a.note(() -> step("unit.deficit", a.deficit, u.costs() + " − " + u.investments() + " − " + u.revenues(),
                    AVVISO + " §3, §4.1 n. 2", u.costs(), u.investments(), u.revenues()));
            if (!a.deficit.isPositive()) {
                a.reasons.add(ExclusionReason.REVENUES_COVER_COSTS);
            }
            a.basis = a.basisByRule(p);
            if (!a.basis.isPositive() && !a.reasons.contains(ExclusionReason.REVENUES_COVER_COSTS)
                    && u.type().rule() != RuleKind.PER_DAY_MINIMUM && u.type().rule() != RuleKind.WEIGHTED) {
                a.reasons.add(ExclusionReason.NO_ELIGIBLE_SPEND);
            }
            if (!a.eligible()) {
                a.basis = a.basis.atLeastZero();
                return a;
            }
            Euro capBase = a.deficit.min(a.basis.isPositive() ? a.basis : a.deficit);
            a.cap = prorate(capBase, a.activeDays, a.daysInYear, RoundingMode.DOWN);
            if (a.activeDays < a.daysInYear) {
                a.note(() -> step("unit.prorated", a.cap, capBase + " × " + a.activeDays + " / " + a.daysInYear,
                        AVVISO + " §3", a.activeDays, a.daysInYear, u.activityEnd().orElse(null)));
            }
            a.note(() -> step("unit.cap", a.cap, "min(deficit, eligible spend)", "Avviso FSR 2025 §3 (contributo non superiore al disavanzo)"));
            a.weighByRule(p);
            return a;
        }

        private Euro basisByRule(Params p) {
            ServiceUnit u = unit;
            switch (u.type().rule()) {
                case PROPORTIONAL:
                    if (u.type().isByEligibleSpend()) {
                        Euro e = u.eligibleSpend().orElse(Euro.ZERO);
                        note(() -> step("unit.eligibleSpend", e, "", AVVISO + " §3, " + u.type()));
                        return e;
                    }
                    return deficit.atLeastZero();
                case SAD_ELIGIBLE_SPEND: {
                    Euro complementary = u.complementaryCost().minus(u.complementaryOnlyCost()).atLeastZero();
                    Euro capComplementary = u.personnelCost().multiply(p.sadComplementaryCap, RoundingMode.DOWN);
                    Euro counted = complementary.min(capComplementary);
                    Euro e = u.personnelCost().plus(counted).minus(u.userPayments()).minus(u.otherRevenues());
                    note(() -> step("unit.sadEligible", e, u.personnelCost() + " + min(" + complementary + ", "
                            + p.sadComplementaryCap + " × " + u.personnelCost() + ") − " + u.userPayments() + " − " + u.otherRevenues(),
                            AVVISO + " §3, area anziani, assistenza domiciliare", u.personnelCost(), counted, u.userPayments(), u.otherRevenues()));
                    return e;
                }
                default:
                    return deficit.atLeastZero();
            }
        }

        private void weighByRule(Params p) {
            ServiceUnit u = unit;
            BigDecimal days = BigDecimal.valueOf(activeDays);
            switch (u.type().rule()) {
                case PROPORTIONAL, SAD_ELIGIBLE_SPEND, RESIDUAL -> weight = basis.toBigDecimal().multiply(days);
                case PER_DAY_MINIMUM -> {
                    Euro perDay = u.type() == ServiceType.CSE ? p.perDayCse : p.perDayResidentialMinors;
                    String src = u.type() == ServiceType.CSE ? p.perDaySourceCse : p.perDaySourceMinors;
                    weight = BigDecimal.valueOf(u.residentDays()).multiply(days);
                    Euro full = perDay.times(u.residentDays());
                    minimum = prorate(full, activeDays, daysInYear, RoundingMode.UP).min(cap);
                    note(() -> step("unit.perDayMinimum", minimum, perDay + " × " + u.residentDays()
                            + (activeDays < daysInYear ? " × " + activeDays + "/" + daysInYear : ""), src, perDay, u.residentDays()));
                }
                case WEIGHTED -> {
                    indicators.putAll(u.indicators());
                    if (u.type() == ServiceType.PRIMA_INFANZIA) {
                        indicators.put(Indicator.NET_COST, deficit.toBigDecimal());
                    }
                    if (u.type() == ServiceType.CAG) {
                        indicators.put(Indicator.PERSONNEL_COST, u.personnelCost().toBigDecimal());
                    }
                    if (u.type() == ServiceType.CRD) {
                        Euro total = u.personnelCost().plus(u.generalCost());
                        Euro pc = u.personnelCost().min(total.multiply(p.crdPersonnelCap, RoundingMode.DOWN));
                        Euro gc = u.generalCost().min(total.multiply(p.crdGeneralCap, RoundingMode.DOWN));
                        Euro counted = pc.plus(gc).minus(u.investments()).atLeastZero();
                        indicators.put(Indicator.COUNTED_COST, counted.toBigDecimal());
                        note(() -> step("unit.crdCountedCost", counted, "min(P, 60%·(P+G)) + min(G, 40%·(P+G)) − investments",
                                AVVISO + " §3, Centri Ricreativi Diurni", u.personnelCost(), u.generalCost()));
                    }
                    // the composite weight is set by weighIndicators once every unit of the type is known
                }
            }
        }

        /** amount × activeDays / daysInYear, rounded to the cent by {@code mode} (DOWN or UP), in integers. */
        static Euro prorate(Euro amount, int activeDays, int daysInYear, RoundingMode mode) {
            if (activeDays == daysInYear) {
                return amount;
            }
            long num = Math.multiplyExact(amount.cents(), (long) activeDays);
            long cents = num / daysInYear;
            if (mode == RoundingMode.UP && num % daysInYear != 0) {
                cents++;
            }
            return Euro.ofCents(cents);
        }

        /** Adds a step to the explanation, when one is being built. */
        void note(java.util.function.Supplier<Step> step) {
            if (explain) {
                steps.add(step.get());
            }
        }

        UnitResult result(ServiceType type, Euro typeBudget, Share share, Params p) {
            if (!eligible()) {
                return new UnitResult(unit, UnitStatus.EXCLUDED, reasons, basis, deficit, Euro.ZERO, activeDays, daysInYear,
                        Euro.ZERO, indicators, Euro.ZERO, () -> Assessment.of(unit, year, params, true).explanation(type, typeBudget, share, null));
            }
            UnitStatus status = statusOf(share);
            return new UnitResult(unit, status, List.of(), basis, deficit, cap, activeDays, daysInYear, minimum, indicators,
                    share.amount(), () -> Assessment.of(unit, year, params, true).explanation(type, typeBudget, share, status));
        }

        private static UnitStatus statusOf(Share share) {
            return switch (share.status()) {
                case CAPPED -> UnitStatus.CAPPED;
                case BELOW_THRESHOLD -> UnitStatus.BELOW_MINIMUM_CONTRIBUTION;
                case ZERO_WEIGHT -> UnitStatus.NOT_FUNDED;
                case FUNDED -> share.amount().isZero() ? UnitStatus.NOT_FUNDED : UnitStatus.FUNDED;
            };
        }

        /** The explanation of an assessment made with {@code explain}: the unit's steps, then its outcome's. */
        Explanation explanation(ServiceType type, Euro typeBudget, Share share, UnitStatus status) {
            Params p = params;
            List<Step> all = new ArrayList<>();
            if (!eligible()) {
                for (ExclusionReason r : reasons) {
                    all.add(step("reason." + r.name(), null, "", r.source()));
                }
                List<Step> children = new ArrayList<>(steps);
                return Explanation.of(step("unit.excluded", null, "", "", unit.id()).withChildren(concat(all, children)));
            }
            all.addAll(steps);
            for (Map.Entry<Indicator, BigDecimal> e : indicators.entrySet()) {
                all.add(step("indicator." + e.getKey().name(), e.getValue(), "", AVVISO + " §3"));
            }
            all.add(step("unit.rule." + type.rule().name(), share.exactAmount(), "", AVVISO + " §3", type, typeBudget));
            switch (status) {
                case CAPPED -> all.add(step("unit.capped", cap, "", "Avviso FSR 2025 §3 (contributo non superiore al disavanzo)"));
                case BELOW_MINIMUM_CONTRIBUTION -> all.add(step("unit.belowMinimum", Euro.ZERO, "", p.minimumSource, p.minimumContribution));
                case NOT_FUNDED -> all.add(step("unit.notFunded", Euro.ZERO, "", AVVISO + " §4"));
                default -> { }
            }
            return Explanation.of(step("unit.amount", share.amount(), "", "", unit.id()).withChildren(all));
        }

        private static List<Step> concat(List<Step> a, List<Step> b) {
            List<Step> out = new ArrayList<>(a);
            out.addAll(b);
            return out;
        }
    }
}
