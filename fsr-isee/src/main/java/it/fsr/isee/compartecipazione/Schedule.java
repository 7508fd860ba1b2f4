package it.fsr.isee.compartecipazione;

import it.fsr.core.explain.Explanation;
import it.fsr.isee.IseeLabels;
import it.fsr.isee.Variant;
import it.fsr.core.explain.Label;
import it.fsr.core.explain.MessageCatalog;
import it.fsr.core.explain.Step;
import it.fsr.core.money.Euro;
import it.fsr.core.validation.ValidationException;
import it.fsr.core.validation.Violations;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.ResourceBundle;

/**
 * A Comune's schedule of compartecipazione for one service: what a user pays per unit (hour, meal, day,
 * month) as a function of the ISEE <em>and nothing else</em> (DPCM 159/2013 art. 2 c. 1: the ISEE
 * measures the means for access and for the level of the user's share; Cons. Stato 838, 841, 842/2016,
 * 6926/2020, 3757/2023). The format has no field for pensions, allowances or balances: the inputs the
 * courts forbid cannot be expressed.
 *
 * <p><b>Rule</b>, for the ISEE I the schedule reads (its variant; the Fattore Famiglia rescaled ISEE when
 * the schedule allows it and it is lower, in melius):
 * <ol>
 *   <li>I above {@code noAccessAbove}: no access (an access criterion, not a fee);</li>
 *   <li>I up to {@code exemptUpTo}: exempt, fee 0;</li>
 *   <li>I above {@code fullCostAbove}: the full cost;</li>
 *   <li>else the band that owns I ({@link Band}: {@code (from, to]}, the first band from its start), its
 *       fee rounded once by the schedule's rounding (half-up to the cent by default), never above the
 *       cost; an ISEE above every band pays the full cost; one in a gap between bands is an error.</li>
 * </ol>
 * <b>Residential integration</b> ({@link Kind#RESIDENZIALE}): the fee is the user's daily quota of the
 * social part of the retta ({@code cost}); the Comune pays the rest. When the regolamento sets a monthly
 * personal allowance the user keeps, the user's share is at most what the ISEE leaves after it, computed on the
 * {@link Period} the act states — a day (I − 12 × allowance) / 365, a month I / 12 − allowance, a year
 * I − 12 × allowance — rounded there by the schedule's rounding (half-up unless the act says otherwise), then
 * times the periods the user's units make (ISEE 10,000, allowance 534.41 a month: 298.92 a month, 3,587.04 a
 * year). The allowance applies only where the Comune integrates — in a band; above {@code fullCostAbove} or above
 * the bands the user pays the whole quota (DGR Lazio 380/2010: Comuni integrate below an ISEE of 13,000) — and
 * the result says when it lowered the share (scelta di fsr: the only measure of means allowed is the ISEE).
 *
 * <p>Immutable and thread-safe; build with {@link #builder}.
 */
public final class Schedule {
    static final MessageCatalog MESSAGES = MessageCatalog.of(locale -> ResourceBundle.getBundle("it.fsr.isee.compartecipazione.messages", locale));

    /** What DPCM 159/2013 art. 6 calls the service. */
    public enum Kind {
        /** A social service: the ordinary ISEE. */
        SOCIALE,
        /** A sociosanitary service: the ISEE sociosanitario (art. 6). */
        SOCIOSANITARIO,
        /** Residential sociosanitary care (RSA, comunità): the ISEE residenze (art. 6 c. 3). */
        RESIDENZIALE,
        /** Semi-residential sociosanitary care (day centres: CDD, CDI): the ISEE sociosanitario (art. 6). */
        SEMIRESIDENZIALE
    }

    /**
     * Whom the service is for, as the act states it: what decides which ISEE variant may read it (DPCM 159/2013 artt. 6-7),
     * checked by {@link ScheduleCheck}; it never changes a fee.
     */
    public enum UserGroup {
        /** Minors (nido, school meals and transport, summer centres): the ISEE minorenni (art. 7). */
        MINORENNI,
        /** Adults with a disability or not self-sufficient (home care, day centres, residences): the ISEE sociosanitario (art. 6). */
        NON_AUTOSUFFICIENTI,
        /** Anyone: no variant follows from the users. */
        TUTTI
    }

    /** The period on which an act computes a resident's share against the personal allowance, with its count in a year. */
    public enum Period {
        /** A day (365 a year). */
        GIORNO(365),
        /** A month (12 a year). */
        MESE(12),
        /** A year. */
        ANNO(1);

        private final int perYear;

        Period(int perYear) {
            this.perYear = perYear;
        }

        /** How many of it a year has. */
        public int perYear() {
            return perYear;
        }
    }

    /**
     * What a user pays outside the ISEE ladder, as a schedule states it: the fee of its top band (the highest fee the
     * ladder sets), the full cost, or a stated fee.
     *
     * @param kind the rule
     * @param fee  the fee for {@link FallbackKind#FEE}, else null
     */
    public record Fallback(FallbackKind kind, Euro fee) {
        /** Checks the fee against the kind. */
        public Fallback {
            it.fsr.core.validation.ValidationException.requireNonNull(kind, "kind");
            if ((kind == FallbackKind.FEE) != (fee != null)) {
                throw ValidationException.of("fallback", kind, "a stated fee goes with fee:AMOUNT only");
            }
        }
    }

    /** The kinds of {@link Fallback}. */
    public enum FallbackKind {
        /** The fee of the top band. */
        TOP_BAND,
        /** The full cost. */
        FULL_COST,
        /** A stated fee. */
        FEE
    }

    public enum Unit {
        /** An hour. */
        ORA,
        /** A meal. */
        PASTO,
        /** A day. */
        GIORNO,
        /** A month. */
        MESE,
        /** A year (Macerata and Poggibonsi charge the nido by the school year). */
        ANNO,
        /** A trip (school transport charged one way: Mozzagrogna €160 or €100). */
        CORSA,
        /** Another unit, named by the schedule's {@code unit_label} as its act writes it (a week, an entry, a course). */
        ALTRO
    }


    private final String name;
    private final String source;
    private final String service;
    private final Kind kind;
    private final Unit unit;
    private final Euro cost;
    private final Variant isee;
    private final boolean useFf;
    private final Euro exemptUpTo;
    private final Euro fullCostAbove;
    private final Period period;
    private final Integer unitsPerYear;
    private final String unitLabel;
    private final UserGroup users;
    private final Fallback noIsee;
    private final Fallback nonResident;
    private final java.util.SortedMap<Integer, it.fsr.core.money.Rate> rankShares;
    private final Euro disabilityExemptUpTo;
    private final it.fsr.core.money.Rate disabilityShare;
    private final Euro noAccessAbove;
    private final List<Band> bands;
    private final RoundingMode rounding;
    private final Euro rettaDay;
    private final Euro personalAllowanceMonth;

    private Schedule(Builder b) {
        name = b.name;
        source = b.source == null ? "" : b.source;
        service = b.service == null ? "" : b.service;
        kind = b.kind;
        unit = b.unit;
        cost = b.cost;
        isee = b.isee;
        useFf = b.useFf;
        exemptUpTo = b.exemptUpTo;
        fullCostAbove = b.fullCostAbove;
        noAccessAbove = b.noAccessAbove;
        bands = List.copyOf(b.bands);
        rounding = b.rounding;
        rettaDay = b.rettaDay;
        personalAllowanceMonth = b.personalAllowanceMonth;
        period = b.period;
        unitsPerYear = b.unitsPerYear;
        users = b.users;
        unitLabel = b.unitLabel == null || b.unitLabel.isBlank() ? null : b.unitLabel.strip();
        noIsee = b.noIsee;
        nonResident = b.nonResident;
        rankShares = java.util.Collections.unmodifiableSortedMap(new java.util.TreeMap<>(b.rankShares));
        disabilityExemptUpTo = b.disabilityExemptUpTo;
        disabilityShare = b.disabilityShare;
    }

    /** A builder for a schedule with this name. */
    public static Builder builder(String name) {
        return new Builder(name);
    }

    /** The schedule's name (the act that adopts it). */
    public String name() {
        return name;
    }

    /** Its source: the Comune's act (Regolamento, DCC, DGC) with its number and date. */
    public String source() {
        return source;
    }

    /** The service, free text. */
    public String service() {
        return service;
    }

    /** The kind of service. */
    public Kind kind() {
        return kind;
    }

    /** Whom the service is for ({@code users}), or null when the schedule does not say (the variant's fit is then not checked). */
    public UserGroup users() {
        return users;
    }

    /** The unit of the fee. */
    public Unit unit() {
        return unit;
    }

    /**
     * The unit as the act names it: the schedule's {@code unit_label} (required with {@link Unit#ALTRO}: "settimana",
     * "ingresso"), else the unit's own name ({@code ora}, {@code pasto}…). It names the unit in the explanation.
     */
    public String unitLabel() {
        return unitLabel != null ? unitLabel : unit.name().toLowerCase(java.util.Locale.ROOT);
    }

    /** The cost of one unit (for residential care, the social part of the daily retta). */
    public Euro cost() {
        return cost;
    }

    /** The ISEE variant it reads. */
    public Variant isee() {
        return isee;
    }

    /** Whether the Fattore Famiglia rescaled ISEE may lower the fee (in melius). */
    public boolean useFf() {
        return useFf;
    }

    /** ISEE up to which the user is exempt, or null. */
    public Euro exemptUpTo() {
        return exemptUpTo;
    }

    /** ISEE above which the user pays the full cost, or null. */
    public Euro fullCostAbove() {
        return fullCostAbove;
    }

    /** ISEE above which there is no access, or null. */
    public Euro noAccessAbove() {
        return noAccessAbove;
    }

    /** The bands, in ISEE order. */
    public List<Band> bands() {
        return bands;
    }

    /** The rounding of a fee to the cent. */
    public RoundingMode rounding() {
        return rounding;
    }

    /** The whole daily retta of residential care (health part included), or null. */
    public Euro rettaDay() {
        return rettaDay;
    }

    /** The period the act computes a resident's share on against the allowance, or null without an allowance. */
    public Period period() {
        return period;
    }

    /**
     * How many units a user takes in a year, as the schedule states it ({@code units_per_year}: the days a day centre opens,
     * the meals of a school year), or null: the check judges the yearly charge with it.
     */
    public Integer unitsPerYear() {
        return unitsPerYear;
    }

    /** What a user without an ISEE pays ({@code no_isee}), or null: such a user is then refused, never priced as 0. */
    public Fallback noIsee() {
        return noIsee;
    }

    /** What a non-resident pays ({@code non_resident}), or null: a non-resident is then refused. */
    public Fallback nonResident() {
        return nonResident;
    }

    /** The share of the fee a child of each rank pays ({@code rank.N}: rank N and after, down to the next key), or empty. */
    public java.util.SortedMap<Integer, it.fsr.core.money.Rate> rankShares() {
        return rankShares;
    }

    /** A user with a disability is exempt up to this ISEE ({@code disability.exempt_up_to}), or null. */
    public Euro disabilityExemptUpTo() {
        return disabilityExemptUpTo;
    }

    /** The share of the fee a user with a disability pays above the exemption ({@code disability.share}), or null. */
    public it.fsr.core.money.Rate disabilityShare() {
        return disabilityShare;
    }

    private boolean hasDisabilityRule() {
        return disabilityExemptUpTo != null || disabilityShare != null;
    }

    /** The fee a {@link Fallback} sets: the top band's, the cost, or the stated fee, never above the cost. */
    long fallbackFee(Fallback f) {
        return switch (f.kind()) {
            case FULL_COST -> cost.cents();
            case FEE -> Math.min(cost.cents(), f.fee().cents());
            case TOP_BAND -> {
                if (bands.isEmpty()) {
                    yield cost.cents();
                }
                Band last = bands.get(bands.size() - 1);
                long at = last.to() != null ? last.to().cents() : last.from().cents() + 1;
                yield Math.min(cost.cents(), last.fee(at, cost.cents(), rounding));
            }
        };
    }

    /** How many of the schedule's units a year has (a day 365, a month 12; the others are not charged against an allowance). */
    private int unitsInAYear() {
        return unit == Unit.MESE ? 12 : 365;
    }

    /** The monthly personal allowance a resident keeps, or null. */
    public Euro personalAllowanceMonth() {
        return personalAllowanceMonth;
    }

    /**
     * What a user pays from the ISEE computed from their DSU: the one path from a DSU into the schedule. The
     * DSU's variant must be the one the schedule reads and its purpose the ordinary one (municipal services
     * keep the ordinary ISEE: L. 199/2025 c. 208 names only INPS benefits).
     *
     * @throws ValidationException when the variant or the purpose is not the schedule's
     */
    public Charge charge(String userId, it.fsr.isee.dsu.DsuResult dsu, BigDecimal units) {
        Violations v = new Violations();
        if (dsu.variant() != isee) {
            v.add("users[" + userId + "].variant", dsu.variant().code(), "is not the ISEE variant the schedule reads ("
                    + isee.name().toLowerCase(java.util.Locale.ROOT) + ")");
        }
        if (dsu.purpose() != it.fsr.isee.Purpose.ORDINARIO) {
            v.add("users[" + userId + "].purpose", dsu.purpose().code(),
                    "a municipal service reads the ordinary ISEE, not the one of another purpose");
        }
        v.throwIfAny();
        return charge(new User(userId, dsu.iseeFinal(), null, units));
    }

    /** Where the ladder of a schedule put an ISEE. */
    public enum Outcome {
        /** Above the access threshold: not served. */
        NO_ACCESS,
        /** Up to the exemption threshold: fee 0. */
        EXEMPT,
        /** Above the full-cost threshold: the cost. */
        FULL_COST,
        /** In a band: the band's fee. */
        BAND,
        /** Above the last band (which has an end): the cost. */
        ABOVE_BANDS,
        /** In a gap between bands: no fee (an error of the schedule, which {@link ScheduleCheck} reports). */
        GAP
    }

    /**
     * The fee of one unit at an ISEE, and how the schedule's ladder set it.
     *
     * @param outcome            where the ISEE fell
     * @param band               the band's index (from 0) for {@link Outcome#BAND}, else −1
     * @param cents              the fee of one unit, in cents (0 with no access or in a gap)
     * @param beforeAllowance    the fee before the residential personal allowance lowered it (= {@code cents} otherwise)
     */
    public record Fee(Outcome outcome, int band, long cents, long beforeAllowance) {
        /** Whether the personal allowance lowered the fee. */
        public boolean allowanceLowered() {
            return cents < beforeAllowance;
        }

        /** The reason code of the CSV output ({@code exempt_up_to}, {@code band_2}, …). */
        public String reason() {
            String base = switch (outcome) {
                case NO_ACCESS -> "no_access_above";
                case EXEMPT -> "exempt_up_to";
                case FULL_COST -> "full_cost_above";
                case BAND -> "band_" + (band + 1);
                case ABOVE_BANDS -> "above_bands";
                case GAP -> "gap";
            };
            return allowanceLowered() ? base + "+allowance" : base;
        }
    }

    /**
     * The fee of one unit for an ISEE, in whole cents: the one ladder of the schedule, which {@link #charge}
     * explains and a batch calls directly — no access above {@code noAccessAbove}; exempt up to
     * {@code exemptUpTo}; the cost above {@code fullCostAbove}; else the band that owns the ISEE, its fee
     * rounded once and never above the cost; above every band the cost; in a gap none. For residential care
     * with a personal allowance, the fee is at most (ISEE − 12 × allowance) / 365 a day, down to the cent.
     *
     * @param iseeCents the ISEE the schedule reads, not negative
     */
    public Fee fee(long iseeCents) {
        if (noAccessAbove != null && iseeCents > noAccessAbove.cents()) {
            return new Fee(Outcome.NO_ACCESS, -1, 0, 0);
        }
        long fee;
        Outcome outcome;
        int band = -1;
        if (exemptUpTo != null && iseeCents <= exemptUpTo.cents()) {
            fee = 0;
            outcome = Outcome.EXEMPT;
        } else if (fullCostAbove != null && iseeCents > fullCostAbove.cents()) {
            fee = cost.cents();
            outcome = Outcome.FULL_COST;
        } else {
            band = bandOf(iseeCents);
            if (band >= 0) {
                fee = Math.min(cost.cents(), bands.get(band).fee(iseeCents, cost.cents(), rounding));
                outcome = Outcome.BAND;
            } else if (!bands.isEmpty() && bands.get(bands.size() - 1).to() != null && iseeCents > bands.get(bands.size() - 1).to().cents()) {
                fee = cost.cents();
                outcome = Outcome.ABOVE_BANDS;
            } else {
                return new Fee(Outcome.GAP, -1, 0, 0);
            }
        }
        return new Fee(outcome, band, fee, fee);
    }

    /**
     * Whether the Comune integrates the resident's share at this outcome: residential care with a personal allowance, in a
     * band (not exempt, not above {@code fullCostAbove} nor above the bands, where the user pays the whole quota).
     */
    boolean integrates(Outcome o) {
        return kind == Kind.RESIDENZIALE && personalAllowanceMonth != null && o == Outcome.BAND;
    }

    /** What the ISEE leaves a resident in one {@link Period} after the personal allowance, rounded there; at least 0. */
    long capacityPerPeriod(long iseeCents) {
        long yearly = iseeCents - personalAllowanceMonth.cents() * 12;
        return yearly <= 0 ? 0 : it.fsr.core.money.Rounding.divide(yearly, period.perYear(), rounding);
    }

    /**
     * What one user pays.
     *
     * @throws ValidationException for a negative ISEE or units, or an ISEE in a gap between bands
     */
    public Charge charge(User user) {
        Violations v = new Violations();
        String at = "users[" + user.id() + "]";
        v.check(user.isee() == null || !user.isee().isNegative(), at + ".isee", user.isee(), "must not be negative");
        v.check(user.iseeFf() == null || !user.iseeFf().isNegative(), at + ".iseeFf", user.iseeFf(), "must not be negative");
        v.check(user.units().signum() >= 0, at + ".units", it.fsr.core.money.Decimals.echo(user.units()), "must not be negative");
        // what the schedule needs to know of this user has no default (DPCM 159/2013 art. 2: the ISEE decides; the act's
        // own rules for who has none, for non-residents, for siblings)
        v.check(user.isee() != null || noIsee != null, at + ".isee", "", "is required: the schedule " + name
                + " has no rule for users without an ISEE (no_isee=top_band|full_cost)");
        v.check(nonResident == null || user.resident() != null, at + ".resident", "", "is required (yes or no): the schedule "
                + name + " has a rule for non-residents");
        v.check(!Boolean.FALSE.equals(user.resident()) || nonResident != null, at + ".resident", "no", "the schedule " + name
                + " has no rule for non-residents (non_resident=top_band|full_cost|fee:AMOUNT)");
        v.check(!hasDisabilityRule() || user.disabled() != null, at + ".disabled", "", "is required (yes or no): the schedule " + name
                + " has a rule for users with a disability");
        v.check(rankShares.isEmpty() || user.rank() != null && user.rank() >= 1, at + ".rank", user.rank(), "is required (1 for the "
                + "first child): the schedule " + name + " reduces the fee by the child's rank");
        v.throwIfAny();
        if (user.isee() == null || Boolean.FALSE.equals(user.resident())) {
            boolean none = user.isee() == null;
            Fallback rule = none ? noIsee : nonResident;
            List<Step> steps = new ArrayList<>();
            Euro fee = Euro.ofCents(fallbackFee(rule));
            String ruleText = rule.kind() == FallbackKind.FEE ? "fee:" + rule.fee() : rule.kind().name().toLowerCase(java.util.Locale.ROOT);
            steps.add(step(none ? "compart.noIsee" : "compart.nonResident", fee, "", actSource(), ruleText));
            return finish(user, user.isee(), false, fee, fee.multiply(user.units(), RoundingMode.HALF_UP), none ? "no_isee" : "non_resident", steps);
        }
        List<Step> steps = new ArrayList<>();
        Euro used = user.isee();
        boolean ff = false;
        steps.add(step("compart.isee", user.isee(), "", "DPCM 159/2013 art. 2 c. 1; " + variantSource(), IseeLabels.LABELS.label(isee).orElseThrow()));
        if (useFf && user.iseeFf() != null && user.iseeFf().isLessThan(user.isee())) {
            used = user.iseeFf();
            ff = true;
            steps.add(step("compart.ff", used, "", "L.R. Veneto 20/2020 art. 3 (in melius)"));
        }
        Fee f = fee(used.cents());
        Euro costTotal = cost.multiply(user.units(), RoundingMode.HALF_UP);
        switch (f.outcome()) {
            case NO_ACCESS -> {
                steps.add(step("compart.noAccess", null, "", actSource(), noAccessAbove));
                return new Charge(user.id(), used, ff, Euro.ZERO, user.units(), Euro.ZERO, Euro.ZERO, Charge.Status.NO_ACCESS, f.reason(),
                        Explanation.of(steps));
            }
            case GAP -> throw ValidationException.of("users[" + user.id() + "].isee", used, "is in no band of the schedule " + name
                    + " (a gap between bands)");
            case EXEMPT -> steps.add(step("compart.exempt", Euro.ZERO, "", actSource(), exemptUpTo));
            case FULL_COST -> steps.add(step("compart.fullCost", cost, "", actSource(), fullCostAbove));
            case ABOVE_BANDS -> steps.add(step("compart.aboveBands", cost, "", actSource()));
            case BAND -> {
                Band b = bands.get(f.band());
                steps.add(step("compart.band." + shape(b), Euro.ofCents(f.beforeAllowance()), b.exactFee(used, cost).toPlainString(), actSource(),
                        f.band() + 1, b.from(), b.to() == null ? "—" : b.to(),
                        unitLabel != null ? unitLabel : label("unit." + unit.name())));
            }
        }
        Euro fee = Euro.ofCents(f.cents());
        Euro userTotal = fee.multiply(user.units(), RoundingMode.HALF_UP);
        String reason = f.reason();
        if (integrates(f.outcome())) {
            // the share the ISEE can bear after the allowance, on the act's period, times the periods the units make
            long perPeriod = capacityPerPeriod(used.cents());
            BigDecimal periods = user.units().multiply(BigDecimal.valueOf(period.perYear())).divide(BigDecimal.valueOf(unitsInAYear()),
                    java.math.MathContext.DECIMAL128);
            Euro capacity = Euro.ofCents(perPeriod).multiply(periods, RoundingMode.HALF_UP);
            if (capacity.isLessThan(userTotal)) {
                userTotal = capacity;
                fee = user.units().signum() == 0 ? Euro.ZERO : Euro.of(capacity.toBigDecimal().divide(user.units(), 2, RoundingMode.HALF_UP));
                reason = reason + "+allowance";
                steps.add(step("compart.allowance", capacity, Euro.ofCents(perPeriod) + " × " + periods.stripTrailingZeros().toPlainString()
                                + " (" + used + " / " + period.perYear() + " − " + personalAllowanceMonth + " × 12 / " + period.perYear() + ")",
                        actSource() + "; scelta di fsr: la quota che lascia la somma per le spese personali, calcolata per "
                                + period.name().toLowerCase(java.util.Locale.ROOT), Euro.ofCents(f.cents()), personalAllowanceMonth));
            }
        }
        return finish(user, used, ff, fee, userTotal, reason, steps);
    }

    /**
     * The end of every charge: for a user with a disability, the schedule's exemption up to its ISEE or its share of the fee;
     * then the reduction for the child's rank among the siblings enrolled (the share of {@code rank.N} for
     * the highest N not above the rank; rank 1 pays the whole fee), rounded by the schedule's rounding; the Comune's share;
     * the status.
     */
    private Charge finish(User user, Euro used, boolean ff, Euro fee, Euro userTotal, String reason, List<Step> steps) {
        if (Boolean.TRUE.equals(user.disabled()) && hasDisabilityRule()) {
            // the act's reduction for a user with a disability: exempt up to its ISEE, else its share of the fee
            if (disabilityExemptUpTo != null && used != null && !used.isGreaterThan(disabilityExemptUpTo)) {
                fee = Euro.ZERO;
                userTotal = Euro.ZERO;
                reason = reason + "+disability_exempt";
                steps.add(step("compart.disabilityExempt", Euro.ZERO, "", actSource(), disabilityExemptUpTo));
            } else if (disabilityShare != null) {
                fee = fee.multiply(disabilityShare, rounding);
                userTotal = userTotal.multiply(disabilityShare, rounding);
                reason = reason + "+disability";
                steps.add(step("compart.disabilityShare", userTotal, "", actSource(), disabilityShare));
            }
        }
        if (!rankShares.isEmpty() && user.rank() > 1) {
            java.util.SortedMap<Integer, it.fsr.core.money.Rate> upTo = rankShares.headMap(user.rank() + 1);
            if (!upTo.isEmpty()) {
                it.fsr.core.money.Rate share = upTo.get(upTo.lastKey());
                fee = fee.multiply(share, rounding);
                userTotal = userTotal.multiply(share, rounding);
                reason = reason + "+rank_" + upTo.lastKey();
                steps.add(step("compart.rank", userTotal, "", actSource(), user.rank(), share));
            }
        }
        Euro costTotal = cost.multiply(user.units(), RoundingMode.HALF_UP);
        Euro comune = costTotal.minus(userTotal);
        steps.add(step("compart.comune", comune, costTotal + " − " + userTotal, actSource()));
        Charge.Status status = userTotal.isZero() ? Charge.Status.EXEMPT : userTotal.equals(costTotal) ? Charge.Status.FULL : Charge.Status.REDUCED;
        return new Charge(user.id(), used, ff, fee, user.units(), userTotal, comune, status, reason, Explanation.of(steps));
    }

    /** The index of the band that owns {@code isee}, or -1. */
    int bandOf(long iseeCents) {
        for (int i = 0; i < bands.size(); i++) {
            if (bands.get(i).owns(iseeCents, ownsItsStart(i))) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Whether band i owns its start: the first band, and a band written as acts write them — "fino a 2.658,00", then
     * "da 2.658,01" — whose start is one cent after the previous band's end (contiguous at the act's granularity, the cent).
     */
    boolean ownsItsStart(int i) {
        if (i == 0) {
            return true;
        }
        Euro previousEnd = bands.get(i - 1).to();
        return previousEnd != null && bands.get(i).from().cents() == previousEnd.cents() + 1;
    }

    /** The fee of one unit at an ISEE, as {@link #fee} sets it (for the check and the what-if). */
    public Euro feeAt(Euro isee) {
        return Euro.ofCents(fee(isee.cents()).cents());
    }

    private static String shape(Band b) {
        return b instanceof Band.Linear ? "linear" : b instanceof Band.Quadratic ? "quadratic" : b instanceof Band.Fixed ? "fixed" : "percent";
    }

    private String actSource() {
        return source.isBlank() ? name : source;
    }

    private String variantSource() {
        return switch (isee) {
            case SOCIOSANITARIO -> "DPCM 159/2013 art. 6";
            case RESIDENZE -> "DPCM 159/2013 art. 6 c. 3";
            case MINORENNI -> "DPCM 159/2013 art. 7";
            case UNIVERSITA -> "DPCM 159/2013 art. 8";
            case ORDINARIO -> "DPCM 159/2013 artt. 2-5";
        };
    }

    static Label label(String key, Object... args) {
        return Label.of(MESSAGES, key, args);
    }

    static Step step(String key, Object value, String rule, String source, Object... args) {
        return Step.of(label(key, args), value, rule, source);
    }

    /** Every field, in one list: what {@link #equals} and {@link #hashCode} compare. */
    private List<Object> fields() {
        return java.util.Arrays.asList(name, source, service, kind, unit, cost, isee, useFf, exemptUpTo, fullCostAbove, period, unitsPerYear,
                unitLabel, users, noIsee, nonResident, rankShares, disabilityExemptUpTo, disabilityShare, noAccessAbove, bands, rounding, rettaDay,
                personalAllowanceMonth);
    }

    /** Equal when every field is: the same act, service, unit, cost, variant, bands and rules; a schedule is a value. */
    @Override
    public boolean equals(Object o) {
        return o instanceof Schedule s && fields().equals(s.fields());
    }

    @Override
    public int hashCode() {
        return fields().hashCode();
    }

    @Override
    public String toString() {
        return "Schedule[" + name + ", " + bands.size() + " bands]";
    }

    /** Builds a {@link Schedule}; {@link #build} checks everything at once. Not thread-safe. */
    public static final class Builder {
        private final String name;
        private String source;
        private String service;
        private Kind kind;
        private Unit unit;
        private Euro cost;
        private Variant isee;
        private boolean useFf;
        private Euro exemptUpTo;
        private Euro fullCostAbove;
        private Euro noAccessAbove;
        private final List<Band> bands = new ArrayList<>();
        private RoundingMode rounding = RoundingMode.HALF_UP;
        private Euro rettaDay;
        private Euro personalAllowanceMonth;
        private Period period;
        private Integer unitsPerYear;
        private String unitLabel;
        private UserGroup users;
        private Fallback noIsee;
        private Fallback nonResident;
        private final java.util.SortedMap<Integer, it.fsr.core.money.Rate> rankShares = new java.util.TreeMap<>();
        private Euro disabilityExemptUpTo;
        private it.fsr.core.money.Rate disabilityShare;

        private Builder(String name) {
            this.name = name;
        }

        /** The act that adopts the schedule (Regolamento, DCC, DGC), for the explanation. */
        public Builder source(String v) { source = v; return this; }
        /** The service, free text. */
        public Builder service(String v) { service = v; return this; }
        /** The kind of service (required). */
        public Builder kind(Kind v) { kind = v; return this; }
        /** The unit of the fee (required). */
        public Builder unit(Unit v) { unit = v; return this; }
        /** The cost of one unit (required). */
        public Builder cost(Euro v) { cost = v; return this; }
        /** The ISEE variant (required). */
        public Builder isee(Variant v) { isee = v; return this; }
        /** Whether the FF-rescaled ISEE may lower the fee. */
        public Builder useFf(boolean v) { useFf = v; return this; }
        /** Exempt up to this ISEE. */
        public Builder exemptUpTo(Euro v) { exemptUpTo = v; return this; }
        /** Full cost above this ISEE. */
        public Builder fullCostAbove(Euro v) { fullCostAbove = v; return this; }
        /** No access above this ISEE. */
        public Builder noAccessAbove(Euro v) { noAccessAbove = v; return this; }
        /** A band, after the ones already added. */
        public Builder band(Band b) { bands.add(it.fsr.core.validation.ValidationException.requireNonNull(b, "band")); return this; }
        /** The rounding of a fee (default half-up). */
        public Builder rounding(RoundingMode v) { rounding = it.fsr.core.validation.ValidationException.requireNonNull(v, "rounding"); return this; }
        /** The whole daily retta of residential care. */
        public Builder rettaDay(Euro v) { rettaDay = v; return this; }
        /** The monthly personal allowance a resident keeps. */
        public Builder personalAllowanceMonth(Euro v) { personalAllowanceMonth = v; return this; }
        /** The period the act computes a resident's share on against the allowance (required with an allowance). */
        public Builder period(Period v) { period = v; return this; }
        /** How many units a user takes in a year (for the check's yearly charge). */
        public Builder unitsPerYear(Integer v) { unitsPerYear = v; return this; }
        /** Whom the service is for (checked against the ISEE variant; never a fee). */
        public Builder users(UserGroup v) { users = v; return this; }
        /** The unit's name as the act writes it (required with {@link Unit#ALTRO}; optional otherwise). */
        public Builder unitLabel(String v) { unitLabel = v; return this; }
        /** A user with a disability is exempt up to this ISEE. */
        public Builder disabilityExemptUpTo(Euro v) { disabilityExemptUpTo = v; return this; }
        /** The share of the fee a user with a disability pays. */
        public Builder disabilityShare(it.fsr.core.money.Rate v) { disabilityShare = v; return this; }
        /** What a user without an ISEE pays. */
        public Builder noIsee(Fallback v) { noIsee = v; return this; }
        /** What a non-resident pays. */
        public Builder nonResident(Fallback v) { nonResident = v; return this; }
        /** The share of the fee a child of rank {@code rank} and after pays (rank 2 or more). */
        public Builder rankShare(int rank, it.fsr.core.money.Rate share) { rankShares.put(rank, it.fsr.core.validation.ValidationException.requireNonNull(share, "share")); return this; }

        /**
         * The schedule. Checks what makes it unusable (a missing or negative value, a band that ends
         * before it starts, a percentage above 100%); what makes it unlawful or incoherent is the job of
         * {@link ScheduleCheck}, which a Comune runs before adopting it.
         *
         * @throws ValidationException listing every problem
         */
        public Schedule build() {
            Violations v = new Violations();
            v.check(name != null && !name.isBlank(), "name", name, "is required");
            v.requireNonNull(kind, "kind");
            v.requireNonNull(unit, "unit");
            v.check(unit != Unit.ALTRO || unitLabel != null && !unitLabel.isBlank(), "unit_label", "",
                    "is required with unit=altro: the unit as the act names it (settimana, ingresso…)");
            v.check(unitLabel == null || unitLabel.strip().matches("[\\p{L}][\\p{L} '’.-]{0,39}"), "unit_label", unitLabel,
                    "is a name of at most 40 letters (settimana, ingresso, modulo orario)");
            v.requireNonNull(isee, "isee");
            if (v.requireNonNull(cost, "cost")) {
                v.check(!cost.isNegative(), "cost", cost, "must not be negative");
            }
            for (String[] f : new String[][] {{"exempt_up_to"}, {"full_cost_above"}, {"no_access_above"}, {"retta_day"}, {"personal_allowance_month"}}) {
                Euro e = switch (f[0]) {
                    case "exempt_up_to" -> exemptUpTo;
                    case "full_cost_above" -> fullCostAbove;
                    case "no_access_above" -> noAccessAbove;
                    case "retta_day" -> rettaDay;
                    default -> personalAllowanceMonth;
                };
                v.check(e == null || !e.isNegative(), f[0], e, "must not be negative");
            }
            v.check(!bands.isEmpty() || exemptUpTo != null || fullCostAbove != null, "bands", "[]",
                    "at least one band is required");
            for (int i = 0; i < bands.size(); i++) {
                Band b = bands.get(i);
                String at = "band." + (i + 1);
                v.check(!b.from().isNegative(), at + ".from", b.from(), "must not be negative");
                v.check(b.to() == null || b.to().isGreaterThan(b.from()) || i == 0 && b.to().equals(b.from()), at + ".to", b.to(),
                        "must be above the band's start " + b.from());
                if (b instanceof Band.Linear l) {
                    v.check(!l.feeAtFrom().isNegative() && !l.feeAtTo().isNegative(), at + ".fee", l.feeAtFrom() + "|" + l.feeAtTo(),
                            "must not be negative");
                } else if (b instanceof Band.Quadratic q) {
                    v.check(!q.feeAtFrom().isNegative() && !q.feeAtTo().isNegative(), at + ".fee", q.feeAtFrom() + "|" + q.feeAtTo(),
                            "must not be negative");
                } else if (b instanceof Band.Fixed f) {
                    v.check(!f.fee().isNegative(), at + ".fee", f.fee(), "must not be negative");
                } else if (b instanceof Band.Percent p) {
                    v.check(!p.percent().isNegative() && !p.percent().isGreaterThan(it.fsr.core.money.Rate.ONE), at + ".percent", p.percent(),
                            "must be between 0 and 100");
                }
            }
            v.check(rettaDay == null || cost == null || !cost.isGreaterThan(rettaDay), "retta_day", rettaDay,
                    "is below the cost (the social part of the retta)");
            rankShares.forEach((r, sh) -> v.check(r >= 2 && !sh.isNegative() && !sh.isGreaterThan(it.fsr.core.money.Rate.ONE), "rank." + r, sh,
                    "a rank from 2 with a share between 0% and 100%"));
            // a stated fee above the unit's cost would make the Comune's share negative: refused, never capped in silence
            v.check(nonResident == null || nonResident.kind() != FallbackKind.FEE || cost == null || !nonResident.fee().isGreaterThan(cost),
                    "non_resident", nonResident == null || nonResident.fee() == null ? "" : "fee:" + nonResident.fee(),
                    "is above the cost of the unit " + cost + " (the cost is what the user and the Comune share)");
            v.check(noIsee == null || noIsee.kind() != FallbackKind.FEE, "no_isee", noIsee == null ? "" : noIsee.kind(),
                    "is top_band or full_cost");
            v.check(unitsPerYear == null || unitsPerYear > 0 && unitsPerYear <= 366 * 24, "units_per_year", unitsPerYear,
                    "must be between 1 and " + 366 * 24);
            if (personalAllowanceMonth != null) {
                // the period decides the share and its rounding: the act states it, nothing is assumed
                v.check(period != null, "period", "", "is required with personal_allowance_month: the period the act computes the "
                        + "resident's share on (giorno, mese, anno)");
                v.check(unit == null || unit == Unit.GIORNO || unit == Unit.MESE, "unit", unit, "must be giorno or mese with a personal allowance");
                // (a year of residential care is 365 days or 12 months: the allowance is computed on the act's period)
            }
            v.throwIfAny();
            return new Schedule(this);
        }
    }
}
