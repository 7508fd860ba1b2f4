package it.fsr.riparto;

import it.fsr.core.allocation.Share;
import it.fsr.core.explain.Explanation;
import it.fsr.core.explain.Label;
import it.fsr.core.explain.Step;
import it.fsr.core.money.Euro;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * One unit's eligibility, basis, cap, weight and per-day minimum, with the steps that explain them.
 *
 * <p><b>Eligibility</b> (every failing rule is listed, Avviso FSR 2025 §2, §3, §4.1): regular operation,
 * its own CUDES, seat in the Ambito, not started in the funding year, active in it, revenues below costs
 * net of investments, Minori Web for residential minors, some eligible spend.
 *
 * <p><b>Proration</b> (Avviso §3: "modulato in base al periodo di attività"): a unit ceasing in the year
 * has its <em>claim</em> — weight, cap, minimum — multiplied by days active / days in the year, caps
 * rounded down and minimums up; prorating the final amount instead would strand the money it does not
 * need (scelta di fsr).
 *
 * <p><b>Can receive money</b>: eligible, with a positive weight (a per-day unit with resident days; a
 * weighted unit with some indicator value). Only such a unit adds its cap to its type's need.
 */
final class Assessment {
    final ServiceUnit unit;
    /** Whether to build the explanation's steps: only when the explanation is asked for. */
    final boolean explain;
    final int year;
    final RipartoRules rules;
    final List<ExclusionReason> reasons = new ArrayList<>();
    final List<Step> steps = new ArrayList<>();
    final EnumMap<Indicator, BigDecimal> indicators = new EnumMap<>(Indicator.class);
    Euro basis = Euro.ZERO;
    Euro deficit;
    Euro cap = Euro.ZERO;
    Euro minimum = Euro.ZERO;
    /** The weight by the type's rule; for weighted types, the composite weight among all eligible units. */
    BigDecimal weight = BigDecimal.ZERO;
    int activeDays;
    int daysInYear;

    private Assessment(ServiceUnit unit, boolean explain, int year, RipartoRules rules) {
        this.unit = unit;
        this.explain = explain;
        this.year = year;
        this.rules = rules;
    }

    boolean eligible() {
        return reasons.isEmpty();
    }

    /**
     * Eligible, with a positive weight and a cap that reaches the minimum contribution (DGR XII/4793/2025: under it "non
     * sarà possibile riconoscere alcun contributo"): its cap counts in its type's need. A unit capped below the minimum
     * could never be paid, so its deficit is no need of its type.
     */
    boolean canReceive() {
        return eligible() && weight.signum() > 0 && cap.isPositive() && cap.compareTo(rules.minimumContribution) >= 0;
    }

    static Assessment of(ServiceUnit u, int year, RipartoRules p) {
        return of(u, year, p, false);
    }

    static Assessment of(ServiceUnit u, int year, RipartoRules p, boolean explain) {
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
        a.note(() -> AmbitoRiparto.step("unit.deficit", a.deficit, u.costs() + " − " + u.investments() + " − " + u.revenues(),
                p.avviso + " §3, §4.1 n. 2", u.costs(), u.investments(), u.revenues()));
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
            a.note(() -> AmbitoRiparto.step("unit.prorated", a.cap, capBase + " × " + a.activeDays + " / " + a.daysInYear,
                    p.avviso + " §3; scelta di fsr: si riproporziona la richiesta (peso, tetto, minimo)", a.activeDays, a.daysInYear,
                    u.activityEnd().orElse(null)));
        }
        a.note(() -> AmbitoRiparto.step("unit.cap", a.cap, "", p.avviso + " §4.1 n. 2 (contributo non superiore al disavanzo)"));
        a.weighByRule(p);
        return a;
    }

    private Euro basisByRule(RipartoRules p) {
        ServiceUnit u = unit;
        switch (u.type().rule()) {
            case PROPORTIONAL:
                if (u.type().isByEligibleSpend()) {
                    Euro e = u.eligibleSpend().orElse(Euro.ZERO);
                    note(() -> AmbitoRiparto.step("unit.eligibleSpend", e, "", rules.avviso + ", Indicatori di attività", typeLabel()));
                    return e;
                }
                return deficit.atLeastZero();
            case SAD_ELIGIBLE_SPEND: {
                Euro complementary = u.complementaryCost().minus(u.complementaryOnlyCost()).atLeastZero();
                Euro capComplementary = u.personnelCost().multiply(p.sadComplementaryCap, RoundingMode.DOWN);
                Euro counted = complementary.min(capComplementary);
                Euro e = u.personnelCost().plus(counted).minus(u.userPayments()).minus(u.otherRevenues());
                note(() -> AmbitoRiparto.step("unit.sadEligible", e, u.personnelCost() + " + " + counted + " − " + u.userPayments() + " − "
                        + u.otherRevenues(), rules.avviso + ", Indicatori di attività, assistenza domiciliare", u.personnelCost(), counted,
                        u.userPayments(), u.otherRevenues()));
                return e;
            }
            default:
                return deficit.atLeastZero();
        }
    }

    private Label typeLabel() {
        return Label.of(AmbitoRiparto.MESSAGES, "type." + unit.type());
    }

    private void weighByRule(RipartoRules p) {
        ServiceUnit u = unit;
        BigDecimal days = BigDecimal.valueOf(activeDays);
        switch (u.type().rule()) {
            case PROPORTIONAL, SAD_ELIGIBLE_SPEND, RESIDUAL -> weight = basis.toBigDecimal().multiply(days);
            case PER_DAY_MINIMUM -> {
                Euro perDay = p.perDay(u.type());
                weight = BigDecimal.valueOf(u.residentDays()).multiply(days);
                Euro prorated = prorate(perDay.times(u.residentDays()), activeDays, daysInYear, RoundingMode.UP);
                minimum = prorated.min(cap);
                boolean capped = cap.isLessThan(prorated);
                note(() -> AmbitoRiparto.step("unit.perDayMinimum", minimum, perDay + " × " + u.residentDays()
                        + (activeDays < daysInYear ? " × " + activeDays + "/" + daysInYear : "") + (capped ? ", fino al tetto " + cap : ""),
                        p.perDaySource(u.type()) + (capped
                                ? "; scelta di fsr: il minimo per giornata non supera il disavanzo (§4.1 n. 2), il tetto di ogni contributo" : ""),
                        perDay, u.residentDays()));
            }
            case WEIGHTED -> {
                indicators.putAll(u.indicatorMap());
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
                    // personnel and general costs are running costs, investments apart (checked by the validation): the
                    // investments are netted once, from the costs in the deficit, never again here
                    Euro counted = pc.plus(gc);
                    indicators.put(Indicator.COUNTED_COST, counted.toBigDecimal());
                    note(() -> AmbitoRiparto.step("unit.crdCountedCost", counted, pc + " + " + gc,
                            rules.avviso + ", Indicatori di attività, Centri Ricreativi Diurni", u.personnelCost(), u.generalCost()));
                }
                // the composite weight is set by TypeAllocation once every unit of the type is known
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
    void note(Supplier<Step> step) {
        if (explain) {
            steps.add(step.get());
        }
    }

    /** The unit's line of the plan, its explanation built on first read. */
    UnitResult result(ServiceType type, Euro typeBudget, Share share, Map<Indicator, BigDecimal> weights) {
        if (!eligible()) {
            return new UnitResult(unit, UnitStatus.EXCLUDED, reasons, basis, deficit, Euro.ZERO, activeDays, daysInYear,
                    Euro.ZERO, indicators, Euro.ZERO, () -> Assessment.of(unit, year, rules, true).explanation(type, typeBudget, share, null, weights));
        }
        UnitStatus status = statusOf(share);
        return new UnitResult(unit, status, List.of(), basis, deficit, cap, activeDays, daysInYear, minimum, indicators,
                share.amount(), () -> Assessment.of(unit, year, rules, true).explanation(type, typeBudget, share, status, weights));
    }

    /** The outcome: "capped" when the amount reaches the cap (≥, never above it). */
    private UnitStatus statusOf(Share share) {
        if (share.status() == Share.Status.BELOW_THRESHOLD
                || share.amount().isZero() && weight.signum() > 0 && cap.isPositive() && cap.compareTo(rules.minimumContribution) < 0) {
            return UnitStatus.BELOW_MINIMUM_CONTRIBUTION; // under the minimum, or capped below it: it could never be paid
        }
        if (share.amount().isZero()) {
            return UnitStatus.NOT_FUNDED;
        }
        return share.amount().compareTo(cap) >= 0 ? UnitStatus.CAPPED : UnitStatus.FUNDED;
    }

    /** The explanation of an assessment made with {@code explain}: the unit's steps, then its outcome's. */
    Explanation explanation(ServiceType type, Euro typeBudget, Share share, UnitStatus status, Map<Indicator, BigDecimal> weights) {
        RipartoRules p = rules;
        List<Step> all = new ArrayList<>();
        if (!eligible()) {
            for (ExclusionReason r : reasons) {
                all.add(AmbitoRiparto.step("reason." + r.name(), null, "", r.source()));
            }
            List<Step> children = new ArrayList<>(all);
            children.addAll(steps);
            return Explanation.of(AmbitoRiparto.step("unit.excluded", null, "", "", unit.id()).withChildren(children));
        }
        all.addAll(steps);
        for (Map.Entry<Indicator, BigDecimal> e : indicators.entrySet()) {
            BigDecimal w = weights.get(e.getKey());
            all.add(AmbitoRiparto.step(w == null ? "indicator." + e.getKey().name() : "indicatorWeighted", e.getValue(), "",
                    w == null ? rules.avviso + ", Indicatori di attività" : "criterio dell'Assemblea dei Sindaci (" + rules.avviso + ", Indicatori di attività)",
                    Label.of(AmbitoRiparto.MESSAGES, "indicator." + e.getKey().name()), w == null ? null : w.stripTrailingZeros().toPlainString()));
        }
        if (type.rule() == RuleKind.PER_DAY_MINIMUM && unit.residentDays() > 0 && share.amount().isPositive()) {
            all.add(AmbitoRiparto.step("unit.perDayRate", share.amount().toBigDecimal().divide(BigDecimal.valueOf(unit.residentDays()), 2,
                    RoundingMode.HALF_UP), "", p.perDaySource(type), unit.residentDays()));
        }
        all.add(AmbitoRiparto.step("unit.rule." + type.rule().name(), share.exactAmount(), "", rules.avviso + ", Indicatori di attività",
                typeLabel(), typeBudget));
        switch (status) {
            case CAPPED -> all.add(AmbitoRiparto.step("unit.capped", cap, "", rules.avviso + " §4.1 n. 2 (contributo non superiore al disavanzo)"
                    + (type.rule() == RuleKind.PROPORTIONAL && type.isByEligibleSpend()
                            ? "; scelta di fsr: il tetto vale anche dove l'Avviso fissa una percentuale di copertura della spesa ammissibile: "
                                    + "la percentuale comune è quella delle unità non limitate dal tetto"
                            : "")));
            case BELOW_MINIMUM_CONTRIBUTION -> all.add(AmbitoRiparto.step("unit.belowMinimum", Euro.ZERO, "", p.minimumSource, p.minimumContribution));
            case NOT_FUNDED -> all.add(AmbitoRiparto.step("unit.notFunded", Euro.ZERO, "", "scelta di fsr: nessun peso secondo la regola della tipologia"));
            default -> { }
        }
        return Explanation.of(AmbitoRiparto.step("unit.amount", share.amount(), "", "", unit.id()).withChildren(all));
    }
}
