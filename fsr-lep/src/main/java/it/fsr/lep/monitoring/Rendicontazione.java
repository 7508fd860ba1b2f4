package it.fsr.lep.monitoring;

import it.fsr.core.money.Euro;
import it.fsr.core.validation.Violations;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * The monitoring and rendicontazione of the three ear-marked shares of the Fondo di Solidarietà Comunale
 * (from 2025 the FELS): what each Comune assigned, justified and must give back after the year, per
 * Comune and per region — the report a region's office sends ("un meccanismo di monitoraggio dei risultati
 * e di rendicontazione delle risorse").
 *
 * <ul>
 *   <li><b>Social</b> (L. 178/2020 art. 1 c. 791-792; CTFS note and monitoring instructions; reading
 *       stated): the objective is met by spending (social spending net of nurseries ≥ the standard need) or
 *       by workers (1 per 6,500 inhabitants); then the whole share is justified. Otherwise the Comune
 *       justifies what it reports having used on the service; the rest is recovered.</li>
 *   <li><b>Nurseries</b> (L. 234/2021 c. 172; DM 19/7/2022, DM 26/4/2023; reading stated): the resources of
 *       the additional users not served are recovered at the decree's unit cost — unless the Comune is in
 *       a bacino that served, all together, at least the users assigned to all its Comuni.</li>
 *   <li><b>Transport</b> (L. 234/2021 c. 174; DM 30/5/2022): the same, with the transport unit cost and no
 *       bacino.</li>
 * </ul>
 * Stateless and thread-safe.
 */
public final class Rendicontazione {
    /** The three shares. */
    public enum Share {
        /** Social services (workers, spending). */
        SOCIALE,
        /** Nurseries (additional users). */
        NIDI,
        /** Transport of pupils with disabilities (additional users). */
        TRASPORTO
    }

    /**
     * One Comune's report for one share. For the social share: spending, standard need, workers,
     * population and the amount it reports having used; for the other two: users assigned and served and
     * the unit cost (and the bacino, for nurseries).
     *
     * @param comune      the Comune
     * @param region      its region
     * @param share       which share
     * @param assigned    the resources assigned
     * @param spending    social spending net of nurseries (social), or null
     * @param standardNeed the standard need, FaS (social), or null
     * @param workers     social workers in FTE (social), or null
     * @param population  inhabitants (social), or 0
     * @param reportedUse what the Comune reports having used on the service (social), or null
     * @param usersAssigned additional users the resources are for (nurseries, transport)
     * @param usersServed additional users served
     * @param unitCost    the decree's cost per user (nurseries, transport), or null
     * @param bacino      the bacino it belongs to (nurseries), or null
     */
    public record Report(String comune, String region, Share share, Euro assigned, Euro spending, Euro standardNeed, BigDecimal workers,
            long population, Euro reportedUse, long usersAssigned, long usersServed, Euro unitCost, String bacino) {
        /** Checks for nulls. */
        public Report {
            it.fsr.core.validation.ValidationException.requireNonNull(comune, "comune");
            it.fsr.core.validation.ValidationException.requireNonNull(share, "share");
            it.fsr.core.validation.ValidationException.requireNonNull(assigned, "assigned");
        }

        /** A social-share report. */
        public static Report social(String comune, String region, Euro assigned, Euro spending, Euro standardNeed, BigDecimal workers,
                long population, Euro reportedUse) {
            return new Report(comune, region, Share.SOCIALE, assigned, spending, standardNeed, workers, population, reportedUse, 0, 0, null, null);
        }

        /** A users-based report (nurseries or transport). */
        public static Report users(String comune, String region, Share share, Euro assigned, long usersAssigned, long usersServed, Euro unitCost,
                String bacino) {
            return new Report(comune, region, share, assigned, null, null, null, 0, null, usersAssigned, usersServed, unitCost, bacino);
        }
    }

    /**
     * The outcome for one Comune and share.
     *
     * @param report    the input
     * @param justified what is justified
     * @param toRecover what is given back: assigned − justified
     * @param reason    why ({@code objective_met_spending}, {@code objective_met_workers}, {@code reported_use},
     *                  {@code gap_closed},
     *                  {@code users_served}, {@code bacino_met}, {@code users_not_served})
     */
    public record Outcome(Report report, Euro justified, Euro toRecover, String reason) {
    }

    /**
     * Totals of a region (or the country) for one share.
     *
     * @param name      the region
     * @param share     the share
     * @param assigned  Σ assigned
     * @param justified Σ justified
     * @param toRecover Σ to recover
     */
    public record Totals(String name, Share share, Euro assigned, Euro justified, Euro toRecover) {
    }

    /**
     * The result: every Comune's outcome and the totals per region and share.
     *
     * @param outcomes every outcome, in input order
     * @param byRegion totals per region and share, sorted
     */
    public record Result(List<Outcome> outcomes, List<Totals> byRegion) {
        /** Copies the lists. */
        public Result {
            outcomes = List.copyOf(outcomes);
            byRegion = List.copyOf(byRegion);
        }

        /**
         * The report a region's office sends: {@code comune,region,share,assigned,justified,to_recover,reason} for
         * every Comune, then {@code ,region,share,assigned,justified,to_recover,total} for each region.
         */
        public String toCsv(it.fsr.core.explain.CsvDialect dialect) {
            StringBuilder sb = new StringBuilder(it.fsr.core.csv.CsvWriter.line(
                    List.of("comune", "region", "share", "assigned", "justified", "to_recover", "reason"), dialect));
            for (Outcome o : outcomes) {
                Report r = o.report();
                sb.append(it.fsr.core.csv.CsvWriter.line(List.of(r.comune(), r.region() == null ? "" : r.region(), r.share().name().toLowerCase(
                        java.util.Locale.ROOT), r.assigned().toString(), o.justified().toString(), o.toRecover().toString(), o.reason()), dialect));
            }
            for (Totals t : byRegion) {
                sb.append(it.fsr.core.csv.CsvWriter.line(List.of("", t.name(), t.share().name().toLowerCase(java.util.Locale.ROOT),
                        t.assigned().toString(), t.justified().toString(), t.toRecover().toString(), "total"), dialect));
            }
            return sb.toString();
        }
    }

    private Rendicontazione() {
    }

    /**
     * Assesses every report of a year's resources; the social share's objective ratio (inhabitants per social worker,
     * {@code lep.social.objectiveRatio}, L. 178/2020 art. 1 c. 797) is the one {@code parameters} has in force that year.
     *
     * @throws it.fsr.core.validation.ValidationException listing every missing or negative figure and duplicate
     * @throws it.fsr.core.parameter.MissingParameterException when the year has no objective ratio
     */
    public static Result assess(List<Report> reports, int year, it.fsr.core.parameter.ParameterSet parameters) {
        long objectiveRatio = parameters.valueForYear(it.fsr.lep.LepParameters.SOCIAL_OBJECTIVE_RATIO, year);
        Violations v = new Violations();
        Set<String> seen = new HashSet<>();
        for (Report r : reports) {
            String at = "reports[" + r.comune() + "/" + r.share() + "]";
            v.check(seen.add(r.comune() + "/" + r.share()), at, r.comune(), "is a duplicate");
            v.check(!r.assigned().isNegative(), at + ".assigned", r.assigned(), "must not be negative");
            if (r.share() == Share.SOCIALE) {
                v.requireNonNull(r.spending(), at + ".spending");
                v.requireNonNull(r.standardNeed(), at + ".standardNeed");
                v.requireNonNull(r.workers(), at + ".workers");
                v.requireNonNull(r.reportedUse(), at + ".reportedUse");
                v.check(r.population() >= 0, at + ".population", r.population(), "must not be negative");
            } else {
                v.requireNonNull(r.unitCost(), at + ".unitCost");
                v.check(r.usersAssigned() >= 0, at + ".usersAssigned", r.usersAssigned(), "must not be negative");
                v.check(r.usersServed() >= 0, at + ".usersServed", r.usersServed(), "must not be negative");
            }
        }
        v.throwIfAny();
        Map<String, long[]> bacini = new LinkedHashMap<>();
        for (Report r : reports) {
            if (r.share() == Share.NIDI && r.bacino() != null) {
                long[] t = bacini.computeIfAbsent(r.bacino(), k -> new long[2]);
                t[0] += r.usersAssigned();
                t[1] += r.usersServed();
            }
        }
        List<Outcome> out = new ArrayList<>();
        for (Report r : reports) {
            out.add(outcome(r, bacini, objectiveRatio));
        }
        Map<String, long[]> totals = new TreeMap<>();
        for (Outcome o : out) {
            String key = (o.report().region() == null ? "" : o.report().region()) + "\u0000" + o.report().share().name();
            long[] t = totals.computeIfAbsent(key, k -> new long[3]);
            t[0] += o.report().assigned().cents();
            t[1] += o.justified().cents();
            t[2] += o.toRecover().cents();
        }
        List<Totals> byRegion = new ArrayList<>();
        totals.forEach((k, t) -> {
            String[] parts = k.split("\u0000");
            byRegion.add(new Totals(parts[0], Share.valueOf(parts[1]), Euro.ofCents(t[0]), Euro.ofCents(t[1]), Euro.ofCents(t[2])));
        });
        return new Result(out, byRegion);
    }

    private static Outcome outcome(Report r, Map<String, long[]> bacini, long objectiveRatio) {
        Euro assigned = r.assigned();
        if (r.share() == Share.SOCIALE) {
            if (!r.spending().isLessThan(r.standardNeed())) {
                return new Outcome(r, assigned, Euro.ZERO, "objective_met_spending");
            }
            if (r.workers().multiply(BigDecimal.valueOf(objectiveRatio)).compareTo(BigDecimal.valueOf(r.population())) >= 0) {
                return new Outcome(r, assigned, Euro.ZERO, "objective_met_workers");
            }
            // the ear-marked share serves to close the gap to the objective: what the Comune used on the service
            // justifies, and no more can be recovered than the part of the gap it left open (scelta di fsr on c. 791-792)
            Euro gap = r.standardNeed().minus(r.spending());
            Euro back = assigned.min(gap).minus(r.reportedUse()).atLeastZero();
            return new Outcome(r, assigned.minus(back), back, back.isZero() && r.reportedUse().isLessThan(assigned) ? "gap_closed" : "reported_use");
        }
        long missing = Math.max(0, r.usersAssigned() - r.usersServed());
        if (missing == 0) {
            return new Outcome(r, assigned, Euro.ZERO, "users_served");
        }
        if (r.share() == Share.NIDI && r.bacino() != null) {
            long[] b = bacini.get(r.bacino());
            if (b[1] >= b[0]) {
                return new Outcome(r, assigned, Euro.ZERO, "bacino_met");
            }
        }
        Euro back = Euro.of(r.unitCost().toBigDecimal().multiply(BigDecimal.valueOf(missing)), RoundingMode.HALF_UP).min(assigned);
        return new Outcome(r, assigned.minus(back), back, "users_not_served");
    }
}
