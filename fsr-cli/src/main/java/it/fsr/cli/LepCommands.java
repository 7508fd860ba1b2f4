package it.fsr.cli;

import it.fsr.core.allocation.RoundingPolicy;
import it.fsr.core.csv.CsvRow;
import it.fsr.core.csv.CsvTable;
import it.fsr.core.explain.Explanation;
import it.fsr.core.money.Euro;
import it.fsr.core.money.EuroFormat;
import it.fsr.core.parameter.ParameterSet;
import it.fsr.core.validation.ValidationException;
import it.fsr.core.validation.Violations;
import it.fsr.lep.LepParameters;
import it.fsr.lep.NurseryCoverage;
import it.fsr.lep.NurseryReport;
import it.fsr.lep.SocialWorkerReport;
import it.fsr.lep.SocialWorkers;
import it.fsr.lep.TransportCoverage;
import it.fsr.lep.TransportReport;
import it.fsr.lep.UnitCost;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** {@code lep sociale|nidi|trasporto}. */
final class LepCommands {
    private static final ParameterSet P = LepParameters.defaults();

    private LepCommands() {
    }

    static String run(List<String> rest, int currentYear) {
        if (rest.isEmpty()) {
            throw new UsageException("lep needs a subcommand: sociale, nidi or trasporto");
        }
        List<String> args = rest.subList(1, rest.size());
        return switch (rest.get(0)) {
            case "sociale" -> sociale(args, currentYear);
            case "nidi" -> nidi(args);
            case "trasporto" -> trasporto(args);
            default -> throw new UsageException("unknown lep subcommand " + rest.get(0) + ": use sociale, nidi or trasporto");
        };
    }

    private static <T> T domain(java.util.function.Supplier<T> s, String file, Map<String, Integer> lines) {
        try {
            return s.get();
        } catch (ValidationException e) {
            throw new InputException(e.violations().stream().map(x -> Cli.problem(Csv.locate(x, file, lines, "comuni"))).toList());
        }
    }

    /**
     * {@code lep sociale}: one row per Comune; with an {@code ambito} column, the c. 797 contribution is the
     * Ambito's (L. 178/2020 art. 1 c. 797): one more row per Ambito ({@code ambito:NAME}) on its pooled
     * population and workers, and the per-Comune {@code contribution_797} left blank (never summed).
     */
    static String sociale(List<String> rest, int currentYear) {
        Args a = new Args(rest, Set.of("comuni", "year"));
        String file = a.fileName("comuni");
        CsvTable t = Csv.table(file, a.file("comuni"), List.of("id", "population", "social_workers"), List.of("ambito"));
        int year = a.year(currentYear);
        boolean pooled = t.header().contains("ambito");
        Violations v = new Violations();
        Table table = new Table(List.of("id", "inhabitants_per_worker", "needed_6500", "needed_5000", "needed_4000", "gap_6500", "gap_5000",
                "gap_4000", "status", "contribution_797"));
        List<Object[]> inputs = new ArrayList<>();
        Map<String, Integer> lines = new HashMap<>();
        Map<String, long[]> ambitoPopulation = new LinkedHashMap<>();
        Map<String, BigDecimal> ambitoWorkers = new LinkedHashMap<>();
        t.requireUnique("id", v);
        for (CsvRow r : t.rows()) {
            String id = r.requiredText("id", v);
            Long pop = r.integer("population", true, v);
            BigDecimal workers = r.decimal("social_workers", true, v);
            String ambito = pooled ? r.requiredText("ambito", v) : null;
            duplicate(r, id, lines, v);
            inputs.add(new Object[] {id, pop, workers});
            if (ambito != null && pop != null && workers != null) {
                ambitoPopulation.computeIfAbsent(ambito, k -> new long[1])[0] += pop;
                ambitoWorkers.merge(ambito, workers, BigDecimal::add);
            }
        }
        Csv.throwIfAny(v);
        for (Object[] in : inputs) {
            SocialWorkerReport s = domain(() -> SocialWorkers.assess((String) in[0], (Long) in[1], (BigDecimal) in[2], year, P), file, lines);
            table.add(List.of(s.id(), s.inhabitantsPerWorker().map(Object.class::cast).orElse(""), s.needed6500(), s.needed5000(), s.needed4000(),
                    s.gap6500(), s.gap5000(), s.gap4000(), s.status().name().toLowerCase(Locale.ROOT), pooled ? "" : s.contribution797()),
                    s.explanation(), s.id());
        }
        for (Map.Entry<String, long[]> e : ambitoPopulation.entrySet()) {
            String id = "ambito:" + e.getKey();
            SocialWorkerReport s = domain(() -> SocialWorkers.assess(id, e.getValue()[0], ambitoWorkers.get(e.getKey()), year, P), file, lines);
            table.add(List.of(s.id(), s.inhabitantsPerWorker().map(Object.class::cast).orElse(""), s.needed6500(), s.needed5000(), s.needed4000(),
                    s.gap6500(), s.gap5000(), s.gap4000(), s.status().name().toLowerCase(Locale.ROOT), s.contribution797()), s.explanation(), s.id());
        }
        return table.render(a.format(), a.lang(), a.flag("explain"), a.outputDialect(t.dialect()));
    }

    /** Notes the line of an id (the first, for placing domain problems); duplicates are reported by {@link CsvTable#requireUnique}. */
    private static void duplicate(CsvRow r, String id, Map<String, Integer> lines, Violations v) {
        if (id != null) {
            lines.putIfAbsent(id, r.line());
        }
    }

    private static int requiredYear(Args a) {
        if (a.get("year") == null) {
            throw new UsageException("missing option --year");
        }
        return a.year(0);
    }

    private static Euro total(Args a) {
        if (a.get("total") == null) {
            return null;
        }
        try {
            Euro e = EuroFormat.parse(a.get("total"));
            if (e.isNegative()) {
                throw new UsageException("--total must not be negative (value: " + a.get("total") + ")");
            }
            return e;
        } catch (ValidationException e) {
            throw new UsageException("--total: " + e.violations().get(0).message() + " (value: " + a.get("total") + ")");
        }
    }

    /**
     * The unit-cost rule for the amounts: with --total, the total over the users of the file, split to the
     * cent by largest remainder; without, the year's published rule (resources / the decree's users),
     * each amount half-up as the decrees publish them.
     */
    private static Map<String, Euro> amounts(Map<String, Long> users, Euro total, java.util.function.Supplier<UnitCost> published,
            String file, Map<String, Integer> lines) {
        if (users.isEmpty()) {
            return Map.of();
        }
        long sum = users.values().stream().mapToLong(Long::longValue).sum();
        if (total != null) {
            if (sum == 0) {
                return Map.of();
            }
            return UnitCost.of(total, sum).allocate(users, RoundingPolicy.LARGEST_REMAINDER);
        }
        UnitCost rule = domain(published::get, file, lines);
        Map<String, Euro> out = new LinkedHashMap<>();
        users.forEach((k, n) -> out.put(k, rule.amount(n)));
        return out;
    }

    /** One row of the nursery or transport file: the id, two counts, the optional additional users. */
    private record Counts(CsvRow row, String id, long first, long second, Long users) {
    }

    /** Reads id, two required counts and the optional additional_users of every row, all problems at once. */
    private static List<Counts> counts(CsvTable t, String first, String second, Map<String, Integer> lines) {
        Violations v = new Violations();
        t.requireUnique("id", v);
        List<Counts> out = new ArrayList<>();
        for (CsvRow r : t.rows()) {
            String id = r.requiredText("id", v);
            Long a = r.integer(first, true, v);
            Long b = r.integer(second, true, v);
            Long add = r.integer("additional_users", false, v);
            duplicate(r, id, lines, v);
            if (id != null && a != null && b != null) {
                out.add(new Counts(r, id, a, b, add));
            }
        }
        Csv.throwIfAny(v);
        return out;
    }

    static String nidi(List<String> rest) {
        Args a = new Args(rest, Set.of("comuni", "year", "total"));
        String file = a.fileName("comuni");
        CsvTable t = Csv.table(file, a.file("comuni"), List.of("id", "children_3_36m", "places"), List.of("bacino", "additional_users"));
        int year = requiredYear(a);
        Euro total = total(a);
        Map<String, Integer> lines = new HashMap<>();
        Map<String, long[]> comuni = new LinkedHashMap<>();
        Map<String, List<String>> bacini = new LinkedHashMap<>();
        Map<String, Long> users = new LinkedHashMap<>();
        for (Counts c : counts(t, "children_3_36m", "places", lines)) {
            comuni.put(c.id(), new long[] {c.first(), c.second()});
            c.row().text("bacino").ifPresent(b -> bacini.computeIfAbsent(b, k -> new ArrayList<>()).add(c.id()));
            if (c.users() != null) {
                users.put(c.id(), c.users());
            }
        }
        Map<String, Euro> amounts = amounts(users, total, () -> NurseryCoverage.unitCost(year, P), file, lines);
        Table table = new Table(List.of("id", "coverage", "threshold", "places_needed_threshold", "places_needed_33", "additional_users", "amount"));
        for (Map.Entry<String, long[]> c : comuni.entrySet()) {
            NurseryReport n = domain(() -> NurseryCoverage.assess(c.getKey(), c.getValue()[0], c.getValue()[1], year, P), file, lines);
            table.add(List.of(n.id(), n.coveragePercent(), n.threshold(), n.placesNeededThreshold(), n.placesNeededLep(),
                    users.containsKey(n.id()) ? (Object) users.get(n.id()) : "", amounts.containsKey(n.id()) ? amounts.get(n.id()) : ""),
                    n.explanation(), n.id());
        }
        if (!bacini.isEmpty()) {
            Map<String, NurseryReport> b = domain(() -> NurseryCoverage.bacini(comuni, bacini, year, P), file, lines);
            for (NurseryReport n : b.values()) {
                Explanation e = n.explanation();
                table.add(List.of("bacino:" + n.id(), n.coveragePercent(), n.threshold(), n.placesNeededThreshold(), n.placesNeededLep(), "", ""),
                        e, "bacino " + n.id());
            }
        }
        return table.render(a.format(), a.lang(), a.flag("explain"), a.outputDialect(t.dialect()));
    }

    private static boolean hasTransportTarget(int year) {
        try {
            P.valueForYear(LepParameters.TRANSPORT_TARGET, year);
            return true;
        } catch (it.fsr.core.parameter.MissingParameterException e) {
            return false;
        }
    }

    static String trasporto(List<String> rest) {
        Args a = new Args(rest, Set.of("comuni", "year", "total"));
        String file = a.fileName("comuni");
        CsvTable t = Csv.table(file, a.file("comuni"), List.of("id", "pupils_enrolled", "pupils_transported"), List.of("additional_users"));
        int year = requiredYear(a);
        Euro total = total(a);
        Map<String, Integer> lines = new HashMap<>();
        Map<String, long[]> comuni = new LinkedHashMap<>();
        Map<String, Long> users = new LinkedHashMap<>();
        for (Counts c : counts(t, "pupils_enrolled", "pupils_transported", lines)) {
            comuni.put(c.id(), new long[] {c.first(), c.second()});
            if (c.users() != null) {
                users.put(c.id(), c.users());
            }
        }
        // the target coverage is published for some years only (2025: 11.59%, 2027: 20.9%); before the
        // first one, coverage and amounts are still computed and the target columns are left blank
        boolean hasTarget = hasTransportTarget(year);
        Map<String, Euro> amounts = amounts(users, total, () -> TransportCoverage.unitCost(year, P), file, lines);
        Table table = new Table(List.of("id", "coverage", "target", "users_needed", "additional_users", "amount"));
        for (Map.Entry<String, long[]> c : comuni.entrySet()) {
            long enrolled = c.getValue()[0];
            long transported = c.getValue()[1];
            Object addUsers = users.containsKey(c.getKey()) ? (Object) users.get(c.getKey()) : "";
            Object amount = amounts.containsKey(c.getKey()) ? amounts.get(c.getKey()) : "";
            if (hasTarget) {
                TransportReport r = domain(() -> TransportCoverage.assess(c.getKey(), enrolled, transported, year, P), file, lines);
                table.add(List.of(r.id(), r.coveragePercent(), r.target(), r.usersNeeded(), addUsers, amount), r.explanation(), r.id());
            } else {
                TransportReport r = domain(() -> TransportCoverage.assess(c.getKey(), enrolled, transported, 2025, P), file, lines);
                table.add(List.of(r.id(), r.coveragePercent(), "", "", addUsers, amount), null, r.id());
            }
        }
        return table.render(a.format(), a.lang(), a.flag("explain"), a.outputDialect(t.dialect()));
    }
}
