package it.fsr.isee.dsu;

import it.fsr.isee.Purpose;
import it.fsr.isee.Variant;
import it.fsr.core.explain.Explanation;
import it.fsr.core.explain.Step;
import it.fsr.core.money.Euro;
import it.fsr.core.money.Rate;
import it.fsr.core.parameter.ParameterSet;
import it.fsr.core.validation.Violations;
import it.fsr.isee.IseeAttestation;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The ISEE corrente (DPCM 159/2013 art. 9 as replaced by D.L. 34/2019 art. 28-bis; DPCM 14 gennaio 2025
 * n. 13 for the assets case): an update of a valid ordinary ISEE when a member's situation changed.
 *
 * <ul>
 * <li><b>Allowed</b> when a valid ordinary ISEE exists on the filing date and, for at least one member,
 * dependent work was lost, suspended or reduced, or a fixed-term or self-employed activity ended, or
 * public benefits not in IRPEF income were interrupted (declared facts, {@link Event}); or the ISR
 * changes by more than the threshold ({@code isee.corrente.isrChange}, 25%, computed); or, from 1 April,
 * the ISP changes by more than {@code isee.corrente.ispChange} (20%, computed). Otherwise it is refused
 * with the reason ({@code FSR-CORRENTE-NO-CONDITION}).</li>
 * <li><b>Before 23 October 2019</b> (the filing date; D.L. 34/2019 art. 28-bis, conv. L. 58/2019, applied by
 * INPS to the ISEE corrente filed from that day, msg 3835/2019) the income case needed <em>both</em> a work
 * event and the ISR change ({@code isee.corrente.eventAndIsrChange}), interrupted benefits were not an
 * event ({@code isee.corrente.benefitsEvent}), and the validity was two months, not six
 * ({@code isee.corrente.validityMonths}): each a dated row of the parameters, read on the filing date.</li>
 * <li><b>Income case</b>: the incomes of the members whose situation changed are replaced by those of
 * the 12 months before the request, or by the last 2 months × 6 for a lost permanent job or lost
 * benefits; the other members keep their lines (scelta di fsr on art. 9 c. 3: only the members with a
 * variation are updated). Rent, figurative income and deductions follow {@link DsuCalculator}. Valid
 * {@code isee.corrente.validityMonths} months from filing.</li>
 * <li><b>Assets case</b>: ISR and scale unchanged, ISP replaced by that of the current assets. Valid until
 * 31 December of the filing year. Both cases: the earlier end (scelta di fsr: the decree names each end, not their meeting).</li>
 * </ul>
 * ISR, ISP, ISE and ISEE are rounded half-up to the cent once each. Stateless and thread-safe.
 */
public final class IseeCorrente {

    /** A declared change in a member's situation (art. 9 c. 1). */
    public enum Event implements it.fsr.core.explain.Coded {
        /** Permanent dependent work lost: the last two months × 6 may be used. */
        PERMANENT_JOB_LOST("permanent_job_lost", true, "perdita_lavoro_indeterminato"),
        /** Dependent work suspended or hours reduced. */
        JOB_SUSPENDED_OR_REDUCED("job_suspended_or_reduced", false, "sospensione_riduzione_lavoro"),
        /** A fixed-term, atypical or self-employed activity ended. */
        FIXED_TERM_OR_SELF_EMPLOYED_ENDED("fixed_term_or_self_employed_ended", false, "fine_lavoro_termine_autonomo"),
        /** Public benefits not in IRPEF income interrupted: the last two months × 6 may be used (from D.L. 34/2019 art. 28-bis). */
        BENEFITS_INTERRUPTED("benefits_interrupted", true, "interruzione_trattamenti");

        private final String code;
        private final boolean allowsTwoMonths;
        private final List<String> aliases;

        Event(String code, boolean allowsTwoMonths, String... aliases) {
            this.code = code;
            this.allowsTwoMonths = allowsTwoMonths;
            this.aliases = List.of(aliases);
        }

        /** The code written in a file. */
        @Override
        public String code() {
            return code;
        }

        /** The Italian spelling. */
        @Override
        public List<String> aliases() {
            return aliases;
        }

        /** Whether this event allows the last two months × 6. */
        public boolean allowsTwoMonths() {
            return allowsTwoMonths;
        }
    }

    /** What allowed the ISEE corrente. */
    public enum Condition {
        /** A declared event. */
        EVENT,
        /** The ISR changed by more than the threshold. */
        ISR_CHANGE,
        /** The ISP changed by more than the threshold (from 1 April). */
        ISP_CHANGE
    }

    /** The period the current incomes cover. */
    public enum Period implements it.fsr.core.explain.Coded {
        /** The 12 months before the request. */
        TWELVE_MONTHS("12_months", "12_mesi"),
        /** The last 2 months, multiplied by 6. */
        LAST_TWO_MONTHS("2_months", "2_mesi");

        private final String code;
        private final String alias;

        Period(String code, String alias) {
            this.code = code;
            this.alias = alias;
        }

        /** The code written in a file. */
        @Override
        public String code() {
            return code;
        }

        /** The Italian spelling. */
        @Override
        public List<String> aliases() {
            return List.of(alias);
        }
    }

    /**
     * A request for the ISEE corrente.
     *
     * @param filingDate          the date the ISEE corrente is requested
     * @param ordinaryValidUntil  the end of validity of the ordinary ISEE it updates
     * @param events              the events declared, by member id (may be empty)
     * @param period              the period of the current incomes (required when there are any)
     * @param currentMembers      the members whose incomes changed, with their current incomes (empty: no income case)
     * @param currentAssets       the DSU with the current assets for the assets case, or null
     */
    public record Request(LocalDate filingDate, LocalDate ordinaryValidUntil, Map<String, Set<Event>> events, Period period,
            List<DsuMember> currentMembers, Dsu currentAssets) {
        /** The type and its counts: never an id, an amount, an ISEE or a disability (personal data stays out of logs). */
        @Override
        public String toString() {
            return "Request[" + "events=" + events.size() + ", " + "currentMembers=" + currentMembers.size() + "]";
        }

        /** Copies. */
        public Request {
            it.fsr.core.validation.ValidationException.requireNonNull(filingDate, "filingDate");
            java.util.TreeMap<String, Set<Event>> sorted = new java.util.TreeMap<>(); // by member: the same order in every run
            events.forEach((k, e) -> sorted.put(k, java.util.Collections.unmodifiableSet(e.isEmpty() ? EnumSet.noneOf(Event.class) : EnumSet.copyOf(e))));
            events = java.util.Collections.unmodifiableMap(sorted);
            currentMembers = List.copyOf(currentMembers);
        }
    }

    /**
     * The ISEE corrente.
     *
     * @param ordinary     the ordinary ISEE it updates
     * @param isr          current ISR
     * @param isp          current ISP
     * @param ise          current ISE
     * @param scale        the scale (unchanged)
     * @param isee         the ISEE corrente
     * @param conditions   what allowed it
     * @param validUntil   its last day of validity
     * @param explanation  the steps
     */
    public record Result(DsuResult ordinary, Euro isr, Euro isp, Euro ise, BigDecimal scale, Euro isee, Set<Condition> conditions,
            LocalDate validUntil, Explanation explanation) {
        /** The type and its counts: never an id, an amount, an ISEE or a disability (personal data stays out of logs). */
        @Override
        public String toString() {
            return "Result[" + "conditions=" + conditions.size() + "]";
        }

        /** Copies the conditions. */
        public Result {
            conditions = java.util.Collections.unmodifiableSet(conditions.isEmpty() ? EnumSet.noneOf(Condition.class) : EnumSet.copyOf(conditions));
        }
    }

    private IseeCorrente() {
    }

    /** With the default parameters. */
    public static Result compute(Dsu dsu, Request request) {
        return compute(dsu, request, DsuParameters.defaults());
    }

    /**
     * The ISEE corrente of {@code dsu} (the DSU of the valid ordinary ISEE).
     *
     * @throws it.fsr.core.validation.ValidationException when no valid ordinary ISEE exists, no condition is met, or
     *                                                   the request is inconsistent — every problem at once
     */
    public static Result compute(Dsu dsu, Request request, ParameterSet parameters) {
        validate(dsu, request, parameters).throwIfAny();
        DsuResult ordinary = DsuCalculator.compute(dsu, Variant.ORDINARIO, Purpose.ORDINARIO, parameters);
        List<Step> steps = new ArrayList<>();
        LocalDate date = dsu.date();
        Euro isr = ordinary.isr();
        Set<Condition> met = EnumSet.noneOf(Condition.class);
        List<String> reasons = new ArrayList<>();
        LocalDate validUntil = null;
        if (!request.events().isEmpty() && request.events().values().stream().anyMatch(s -> !s.isEmpty())) {
            met.add(Condition.EVENT);
            request.events().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> e.getValue().stream().sorted()
                    .forEach(ev -> steps.add(DsuMessages.step("corrente.event." + ev.name(), e.getKey(), "", "DPCM 159/2013 art. 9 c. 1", e.getKey()))));
        } else {
            reasons.add("art. 9 c. 1: 0 eventi/events");
        }
        if (!request.currentMembers().isEmpty()) {
            int factor = request.period() == Period.LAST_TWO_MONTHS ? 6 : 1;
            Map<String, DsuMember> current = new HashMap<>();
            request.currentMembers().forEach(m -> current.put(m.id(), scaled(m, factor)));
            List<DsuMember> members = dsu.members().stream().map(m -> current.getOrDefault(m.id(), m)).toList();
            Dsu updated = new Dsu(dsu.id(), dsu.date(), members, dsu.rent(), dsu.homeValue(), dsu.homeMortgage(), dsu.otherRealEstate(),
                    dsu.depositsBalance(), dsu.depositsAverage(), dsu.otherFinancial(), dsu.governmentBonds(), ordinary.figurativeIncome(),
                    dsu.capoluogoMetropolitano(), dsu.assegnoUnico(), dsu.donations(), dsu.outside(), dsu.assetIncreases());
            isr = DsuCalculator.compute(updated, Variant.ORDINARIO, Purpose.ORDINARIO, parameters).isr();
            Rate threshold = parameters.valueOn(DsuParameters.CORRENTE_ISR_CHANGE, request.filingDate());
            if (changedMoreThan(ordinary.isr(), isr, threshold)) {
                met.add(Condition.ISR_CHANGE);
                steps.add(DsuMessages.step("corrente.condition.isr", isr, "ISR " + ordinary.isr() + " → " + isr + ": |Δ| > " + threshold,
                        "DPCM 159/2013 art. 9 c. 1; D.L. 34/2019 art. 28-bis"));
            } else {
                reasons.add("ISR " + ordinary.isr() + " → " + isr + ": |Δ| ≤ " + threshold);
            }
            validUntil = request.filingDate().plusMonths(parameters.valueOn(DsuParameters.CORRENTE_VALIDITY_MONTHS, request.filingDate()));
            steps.add(DsuMessages.step("corrente.isr", isr, factor == 6 ? "2 mesi × 6" : "12 mesi", "DPCM 159/2013 art. 9 c. 3"));
        }
        Euro isp = ordinary.isp();
        if (request.currentAssets() != null) {
            Euro currentIsp = DsuCalculator.compute(request.currentAssets(), Variant.ORDINARIO, Purpose.ORDINARIO, parameters).isp();
            Rate threshold = parameters.valueOn(DsuParameters.CORRENTE_ISP_CHANGE, request.filingDate());
            boolean fromApril = !MonthDay.from(request.filingDate()).isBefore(MonthDay.of(4, 1));
            if (fromApril && changedMoreThan(ordinary.isp(), currentIsp, threshold)) {
                met.add(Condition.ISP_CHANGE);
                isp = currentIsp;
                LocalDate endOfYear = LocalDate.of(request.filingDate().getYear(), 12, 31);
                validUntil = validUntil == null || endOfYear.isBefore(validUntil) ? endOfYear : validUntil;
                steps.add(DsuMessages.step("corrente.isp", isp, "ISP " + ordinary.isp() + " → " + currentIsp + " > " + threshold,
                        "DPCM 14 gennaio 2025 n. 13"));
            } else {
                reasons.add(fromApril ? "ISP " + ordinary.isp() + " → " + currentIsp + ": |Δ| ≤ " + threshold
                        : "ISP: " + request.filingDate() + " < 04-01");
            }
        }
        boolean both = parameters.valueOn(DsuParameters.CORRENTE_EVENT_AND_ISR, request.filingDate());
        boolean incomeCase = !request.currentMembers().isEmpty() && (both ? met.contains(Condition.EVENT) && met.contains(Condition.ISR_CHANGE)
                : met.contains(Condition.EVENT) || met.contains(Condition.ISR_CHANGE));
        if (both && !request.currentMembers().isEmpty()) {
            steps.add(DsuMessages.step("corrente.bothRequired", null, "", "DPCM 159/2013 art. 9 c. 1 (testo anteriore al D.L. 34/2019 art. 28-bis)"));
            if (!incomeCase) {
                reasons.add("art. 9 c. 1 < 2019-10-23: event and ISR change");
            }
        }
        if (!incomeCase) {
            met.remove(Condition.ISR_CHANGE);
        }
        if (!incomeCase) {
            isr = ordinary.isr();
            validUntil = met.contains(Condition.ISP_CHANGE) ? LocalDate.of(request.filingDate().getYear(), 12, 31) : null;
            met.remove(Condition.EVENT);
        }
        if (!incomeCase && !met.contains(Condition.ISP_CHANGE)) {
            Violations refused = new Violations();
            refused.add("conditions", request.filingDate(), "no condition of DPCM 159/2013 art. 9 is met: " + String.join("; ", reasons));
            refused.throwIfAny();
        }
        Euro ise = Euro.ofCents(IseeRule.ise(isr.cents(), isp.cents(), IseeRule.Rules.of(parameters, date, Purpose.ORDINARIO)));
        Euro isee = IseeAttestation.iseeOf(ise, ordinary.scale());
        steps.add(DsuMessages.step("corrente.isee", isee, ise + " / " + ordinary.scale().toPlainString(), "DPCM 159/2013 art. 9"));
        steps.add(DsuMessages.step("corrente.validUntil", validUntil, "", "DPCM 159/2013 art. 9 c. 4"));
        return new Result(ordinary, isr, isp, ise, ordinary.scale(), isee, java.util.Collections.unmodifiableSet(met.isEmpty() ? java.util.EnumSet.noneOf(Condition.class) : java.util.EnumSet.copyOf(met)), validUntil, Explanation.of(steps));
    }

    /**
     * Every problem of {@code request} for {@code dsu} at once, without computing: no valid ordinary ISEE on the filing
     * date, an event or a current member not of the nucleus, an event the law did not know on the filing date, the
     * period missing or not allowed. The files' reader and {@link #compute} ask this one rule.
     */
    public static Violations validate(Dsu dsu, Request request, ParameterSet parameters) {
        Violations v = new Violations();
        if (request.ordinaryValidUntil() == null || request.ordinaryValidUntil().isBefore(request.filingDate())) {
            v.add("ordinary_valid_until", request.ordinaryValidUntil(),
                    "an ISEE corrente needs a valid ordinary ISEE: none is valid on the filing date");
        }
        Map<String, DsuMember> byId = new HashMap<>();
        dsu.members().forEach(m -> byId.put(m.id(), m));
        for (String id : request.events().keySet()) {
            v.check(byId.containsKey(id), "events", id, "is not a member of the nucleus");
        }
        boolean twoMonthsAllowed = request.events().values().stream().flatMap(Set::stream).anyMatch(Event::allowsTwoMonths);
        if (!request.currentMembers().isEmpty()) {
            if (request.period() == null) {
                v.add("period", "", "is required");
            } else if (request.period() == Period.LAST_TWO_MONTHS && !twoMonthsAllowed) {
                v.add("period", "LAST_TWO_MONTHS", "the last two months × 6 need a lost permanent job or lost benefits (DPCM 159/2013 art. 9 c. 3)");
            }
            for (DsuMember m : request.currentMembers()) {
                v.check(byId.containsKey(m.id()), "current_members", m.id(), "is not a member of the nucleus");
            }
        }
        if (request.currentMembers().isEmpty() && request.currentAssets() == null) {
            v.add("current_members", "", "is required");
        }
        if (request.filingDate().isBefore(dsu.date())) {
            v.addCoded("FSR-CORRENTE-BEFORE-DSU", "filing_date", request.filingDate(), dsu.date());
        }
        if (request.currentAssets() != null) {
            LocalDate first = parameters.parameter(DsuParameters.CORRENTE_ISP_CHANGE).history().stream().map(it.fsr.core.parameter.DatedValue::validFrom)
                    .min(LocalDate::compareTo).orElse(LocalDate.MAX);
            if (request.filingDate().isBefore(first)) {
                v.addCoded("FSR-CORRENTE-ASSETS-NOT-YET", "current_assets", request.filingDate(), first);
            }
        }
        boolean benefitsEvent = parameters.valueOn(DsuParameters.CORRENTE_BENEFITS_EVENT, request.filingDate());
        request.events().forEach((id, set) -> {
            if (!benefitsEvent && set.contains(Event.BENEFITS_INTERRUPTED)) {
                v.addCoded("FSR-CORRENTE-EVENT-NOT-YET", "events", id + ": " + Event.BENEFITS_INTERRUPTED.code(), request.filingDate());
            }
        });
        return v;
    }

    /** Whether |after − before| / before exceeds the threshold; from 0 any change does. */
    static boolean changedMoreThan(Euro before, Euro after, Rate threshold) {
        BigDecimal diff = after.minus(before).toBigDecimal().abs();
        if (before.isZero()) {
            return diff.signum() > 0;
        }
        return diff.compareTo(before.toBigDecimal().multiply(threshold.fraction())) > 0;
    }

    private static DsuMember scaled(DsuMember m, int f) {
        if (f == 1) {
            return m;
        }
        return new DsuMember(m.id(), m.relationship(), m.age(), m.disability(), m.worked6Months(), m.residential(), m.beneficiary(), m.gncCase(),
                m.dependent(), m.employeeIncome().times(f), m.pensionIncome().times(f), m.otherIncome().times(f),
                m.publicBenefits().times(f), m.maintenanceReceived().times(f), m.maintenancePaid().times(f),
                m.disabilityExpenses().times(f), m.agriculturalIncome().times(f));
    }
}
