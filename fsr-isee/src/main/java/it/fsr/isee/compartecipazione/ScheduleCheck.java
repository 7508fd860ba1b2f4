package it.fsr.isee.compartecipazione;

import it.fsr.core.explain.Label;
import it.fsr.core.money.Euro;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

/**
 * The guard rails of a regolamento: the check a Comune runs on a schedule before adopting it, each
 * finding with its severity, the rule it breaks and the decision that states the rule.
 *
 * <ul>
 *   <li>{@code gap}, {@code overlap} (error): bands that leave an ISEE value without a fee, or give it two;</li>
 *   <li>{@code not_monotone} (error): the fee falls somewhere as the ISEE rises;</li>
 *   <li>{@code above_cost} (error): a fee above the cost of the service;</li>
 *   <li>{@code flat} (information): the same fee for every ISEE value — a uniform fee with no reduction by the ISEE is
 *       lawful, it is no prestazione agevolata (a fixed part <em>beside</em> an ISEE part is what Cons. Stato III
 *       6926/2020 annuls);</li>
 *   <li>{@code wrong_isee} (error): a sociosanitary, semi-residential or residential service on the ordinary ISEE
 *       (DPCM 159/2013 art. 6), or the residenze ISEE for a service that is not residential care; residential care on
 *       the sociosanitario instead of the residenze ISEE is a warning;</li>
 *   <li>{@code minors_isee} (error): a service for minors ({@code users=minorenni}) on a variant other than the minorenni
 *       ISEE (DPCM 159/2013 art. 7; scelta di fsr: the sociosanitario ISEE is allowed, a sociosanitary service for a minor
 *       with a disability); {@code non_self_sufficient_isee} (error): a service for adults with a disability or not
 *       self-sufficient ({@code users=non_autosufficienti}: home care, day centres) on a variant other than the sociosanitario
 *       or residenze ISEE (art. 6 c. 1), whatever kind the schedule states;</li>
 *   <li>{@code ff_variant} (error): the Fattore Famiglia rescaling on an ISEE other than the ordinary or the minorenni
 *       (L.R. Veneto 20/2020 rescales the family's ordinary ISEE);</li>
 *   <li>{@code no_allowance} (warning): residential care with no personal allowance (Cons. Stato III 6926/2020);</li>
 *   <li>{@code leaves_nothing} (error): residential or semi-residential care whose yearly charge (the user's charge for
 *       {@code units_per_year} units) leaves less than 12 personal allowances (none when the schedule sets none) out of
 *       the ISEE (Cons. Stato III 6926/2020: something must be left for personal expenses); {@code no_units_per_year}
 *       (warning) when the schedule does not say how many units a year its users take;</li>
 *   <li>{@code jump} (warning): one cent of ISEE at a boundary costing more than {@code maxJump} a unit, or, when the
 *       units a year are known ({@code jump_year}), more than 12 × {@code maxJump} over a year (fee × {@code units_per_year}:
 *       €31.95 a day is €11,661.75 a year) — the coherence with the ISEE values of Cons. Stato
 *       III 3757/2023; the threshold is scelta di fsr, a parameter;</li>
 *   <li>{@code no_access} (warning): an access threshold — allowed as a criterion of access (DPCM 159/2013
 *       art. 2 c. 1), reported as such.</li>
 * </ul>
 * The fee is probed at every boundary and one cent around it, and inside each band; no finding hides another (a gap
 * does not stop the probing of the other bands). Stateless.
 */
public final class ScheduleCheck {
    /** The default largest jump of the fee at a boundary, a unit (scelta di fsr). */
    public static final Euro DEFAULT_MAX_JUMP = Euro.ofEuros(50);

    /** How bad a finding is. */
    public enum Severity {
        /** The schedule breaks a rule: do not adopt it. */
        ERROR,
        /** Worth a look. */
        WARNING,
        /** Lawful, said so that the Comune knows. */
        INFO;

        /** The code used in CSV output. */
        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * One finding.
     *
     * @param severity error or warning
     * @param rule     the rule's code ({@code not_monotone}…)
     * @param where    the part of the schedule ({@code band.2}, {@code isee}…)
     * @param message  what is wrong, translatable
     * @param source   the law or decision that states the rule
     */
    public record Finding(Severity severity, String rule, String where, Label message, String source) {
        /** The message in a language. */
        public String message(Locale locale) {
            return message.render(locale);
        }
    }

    private ScheduleCheck() {
    }

    /** Checks with the default largest jump. */
    public static List<Finding> check(Schedule schedule) {
        return check(schedule, DEFAULT_MAX_JUMP);
    }

    /** Checks a schedule; an empty list is a clean schedule. */
    public static List<Finding> check(Schedule schedule, Euro maxJump) {
        List<Finding> out = new ArrayList<>();
        String cds6926 = "Cons. Stato III 6926/2020";
        if (schedule.kind() != Schedule.Kind.SOCIALE && schedule.isee() == it.fsr.isee.Variant.ORDINARIO) {
            out.add(finding(Severity.ERROR, "wrong_isee", "isee", "DPCM 159/2013 art. 6", label("kind." + schedule.kind())));
        } else if (schedule.kind() != Schedule.Kind.RESIDENZIALE && schedule.isee() == it.fsr.isee.Variant.RESIDENZE) {
            out.add(finding(Severity.ERROR, "residenze_not_residential", "isee", "DPCM 159/2013 art. 6 c. 3", label("kind." + schedule.kind())));
        } else if (schedule.kind() == Schedule.Kind.RESIDENZIALE && schedule.isee() == it.fsr.isee.Variant.SOCIOSANITARIO) {
            out.add(finding(Severity.WARNING, "residenze_isee", "isee", "DPCM 159/2013 art. 6 c. 3"));
        }
        // whom the service is for decides the variant (DPCM 159/2013 art. 7 for minors, art. 6 for adults with a disability or
        // not self-sufficient); a finding of its own, beside the kind's
        it.fsr.isee.Variant variant = schedule.isee();
        if (schedule.users() == Schedule.UserGroup.MINORENNI && variant != it.fsr.isee.Variant.MINORENNI
                && variant != it.fsr.isee.Variant.SOCIOSANITARIO) {
            out.add(finding(Severity.ERROR, "minors_isee", "isee", "DPCM 159/2013 art. 7 c. 1", variant.code()));
        }
        if (schedule.users() == Schedule.UserGroup.NON_AUTOSUFFICIENTI && variant != it.fsr.isee.Variant.SOCIOSANITARIO
                && variant != it.fsr.isee.Variant.RESIDENZE) {
            out.add(finding(Severity.ERROR, "non_self_sufficient_isee", "isee", "DPCM 159/2013 art. 6 c. 1", variant.code()));
        }
        if (schedule.useFf() && schedule.isee() != it.fsr.isee.Variant.ORDINARIO && schedule.isee() != it.fsr.isee.Variant.MINORENNI) {
            out.add(finding(Severity.ERROR, "ff_variant", "use_ff", "L.R. Veneto 20/2020 art. 3", schedule.isee().code()));
        }
        if (schedule.kind() == Schedule.Kind.RESIDENZIALE && schedule.personalAllowanceMonth() == null) {
            out.add(finding(Severity.WARNING, "no_allowance", "personal_allowance_month", cds6926));
        }
        boolean careWithStay = schedule.kind() == Schedule.Kind.RESIDENZIALE || schedule.kind() == Schedule.Kind.SEMIRESIDENZIALE;
        Integer perYear = unitsPerYear(schedule);
        if (careWithStay && perYear == null) {
            out.add(finding(Severity.WARNING, "no_units_per_year", "units_per_year", cds6926));
        }
        if (schedule.noAccessAbove() != null) {
            out.add(finding(Severity.WARNING, "no_access", "no_access_above", "DPCM 159/2013 art. 2 c. 1", schedule.noAccessAbove()));
        }
        boolean structural = bands(schedule, out);
        for (int i = 0; i < schedule.bands().size(); i++) {
            Band b = schedule.bands().get(i);
            BigDecimal at = b.exactFee(b.from(), schedule.cost()).max(b.to() == null ? BigDecimal.ZERO : b.exactFee(b.to(), schedule.cost()));
            if (at.compareTo(schedule.cost().toBigDecimal()) > 0) {
                out.add(finding(Severity.ERROR, "above_cost", "band." + (i + 1), "Cons. Stato III 6926/2020; DPCM 159/2013 art. 2",
                        Euro.of(at, java.math.RoundingMode.HALF_UP), schedule.cost()));
            }
        }
        List<Euro> points = probes(schedule);
        boolean leftNothing = false;
        Euro previousFee = null;
        Euro previousIsee = null;
        boolean monotone = true;
        TreeSet<Euro> fees = new TreeSet<>();
        for (Euro isee : points) {
            Schedule.Fee f = schedule.fee(isee.cents());
            if (f.outcome() == Schedule.Outcome.NO_ACCESS || f.outcome() == Schedule.Outcome.GAP) {
                continue;
            }
            Euro fee = Euro.ofCents(f.cents());
            fees.add(fee);
            if (careWithStay && perYear != null && !leftNothing) {
                // the user's charge for a year of units (the allowance applied where the Comune integrates) against the ISEE
                Euro yearly = schedule.charge(new User("check", isee, null, BigDecimal.valueOf(perYear))).userTotal();
                Euro allowance = schedule.personalAllowanceMonth() == null ? Euro.ZERO : schedule.personalAllowanceMonth().times(12);
                // the act's share per period is rounded there (half-up unless it says otherwise): less than a cent a period
                // above what the ISEE leaves is the act's rounding, not a charge that leaves nothing (scelta di fsr)
                long tolerance = schedule.personalAllowanceMonth() == null || schedule.period() == null ? 0 : schedule.period().perYear();
                if (yearly.isPositive() && yearly.cents() > Math.max(0, isee.minus(allowance).cents()) + tolerance) {
                    leftNothing = true;
                    out.add(finding(Severity.ERROR, "leaves_nothing", "isee " + isee, cds6926, isee, yearly, perYear, allowance));
                }
            }
            if (previousFee != null) {
                if (monotone && fee.isLessThan(previousFee)) {
                    monotone = false;
                    out.add(finding(Severity.ERROR, "not_monotone", "isee " + isee, "Cons. Stato III 3757/2023; " + cds6926, previousIsee, previousFee,
                            isee, fee));
                }
                // over a year the threshold is twelve times the unit's: a jump of at most maxJump a month
                Euro step = perYear == null ? fee.minus(previousFee) : fee.minus(previousFee).times(perYear);
                Euro bar = perYear == null ? maxJump : maxJump.times(12);
                if (isee.minus(previousIsee).cents() == 1 && step.isGreaterThan(bar)) {
                    out.add(finding(Severity.WARNING, perYear == null ? "jump" : "jump_year", "isee " + isee,
                            "Cons. Stato III 3757/2023; scelta di fsr (soglia " + maxJump + ")", previousIsee, isee, step));
                }
            }
            previousFee = fee;
            previousIsee = isee;
        }
        // with a personal allowance the Comune integrates by the ISEE: one fee a unit is not one charge for every ISEE
        boolean integrates = schedule.personalAllowanceMonth() != null && schedule.kind() == Schedule.Kind.RESIDENZIALE;
        if (fees.size() == 1 && !integrates) {
            out.add(finding(Severity.INFO, "flat", "bands", "DPCM 159/2013 art. 2 c. 1 (nessuna agevolazione: nessuna prestazione agevolata)",
                    fees.first()));
        }
        if (!structural) {
            out.add(finding(Severity.INFO, "probed_around_gaps", "bands", "scelta di fsr"));
        }
        return out;
    }

    /**
     * The units a user takes in a year: as stated; a fee by the year is one unit a year; for residential care by the day or
     * the month, the year's 365 or 12.
     */
    private static Integer unitsPerYear(Schedule s) {
        if (s.unitsPerYear() != null) {
            return s.unitsPerYear();
        }
        if (s.unit() == Schedule.Unit.ANNO) {
            return 1;
        }
        if (s.kind() == Schedule.Kind.RESIDENZIALE) {
            return s.unit() == Schedule.Unit.GIORNO ? Integer.valueOf(365) : s.unit() == Schedule.Unit.MESE ? Integer.valueOf(12)
                    : s.unit() == Schedule.Unit.ANNO ? Integer.valueOf(1) : null;
        }
        return null;
    }

    /** Gaps and overlaps between the exemption, the bands and each other; false when the bands cannot be probed. */
    private static boolean bands(Schedule schedule, List<Finding> out) {
        boolean ok = true;
        List<Band> bands = schedule.bands();
        Euro start = schedule.exemptUpTo() == null ? Euro.ZERO : schedule.exemptUpTo().plus(Euro.ofCents(1));
        if (!bands.isEmpty() && bands.get(0).from().isGreaterThan(start)) {
            out.add(finding(Severity.ERROR, "gap", "band.1", "DPCM 159/2013 art. 2 c. 1 (ogni valore ISEE ha la sua quota)", start,
                    bands.get(0).from()));
            ok = false;
        }
        for (int i = 1; i < bands.size(); i++) {
            Band p = bands.get(i - 1);
            Band b = bands.get(i);
            if (p.to() == null) {
                out.add(finding(Severity.ERROR, "overlap", "band." + (i + 1), "DPCM 159/2013 art. 2 c. 1 (ogni valore ISEE ha la sua quota)",
                        b.from(), "—"));
                ok = false;
            } else if (b.from().cents() > p.to().cents() + 1) { // "da X,01" after "fino a X" is contiguous: the band owns its start
                out.add(finding(Severity.ERROR, "gap", "band." + (i + 1), "DPCM 159/2013 art. 2 c. 1 (ogni valore ISEE ha la sua quota)",
                        p.to().plus(Euro.ofCents(1)), b.from()));
                ok = false;
            } else if (b.from().isLessThan(p.to())) {
                out.add(finding(Severity.ERROR, "overlap", "band." + (i + 1), "DPCM 159/2013 art. 2 c. 1 (ogni valore ISEE ha la sua quota)",
                        b.from(), p.to()));
                ok = false;
            }
        }
        return ok;
    }

    /** Every boundary, a cent either side, and the middle of each band, in order. */
    static List<Euro> probes(Schedule schedule) {
        TreeSet<Euro> p = new TreeSet<>();
        p.add(Euro.ZERO);
        List<Euro> bounds = new ArrayList<>();
        for (Euro e : new Euro[] {schedule.exemptUpTo(), schedule.fullCostAbove(), schedule.noAccessAbove()}) {
            if (e != null) {
                bounds.add(e);
            }
        }
        for (Band b : schedule.bands()) {
            bounds.add(b.from());
            if (b.to() != null) {
                bounds.add(b.to());
                p.add(Euro.ofCents((b.from().cents() + b.to().cents()) / 2));
            } else {
                p.add(b.from().plus(Euro.ofEuros(10_000)));
            }
        }
        for (Euro e : bounds) {
            p.add(e);
            p.add(e.plus(Euro.ofCents(1)));
            if (e.isPositive()) {
                p.add(e.minus(Euro.ofCents(1)));
            }
        }
        Euro top = p.last().plus(Euro.ofEuros(10_000));
        p.add(top);
        return new ArrayList<>(p);
    }

    private static Label label(String key, Object... args) {
        return Schedule.label(key, args);
    }

    private static Finding finding(Severity severity, String rule, String where, String source, Object... args) {
        return new Finding(severity, rule, where, label("check." + rule, args), source);
    }
}
