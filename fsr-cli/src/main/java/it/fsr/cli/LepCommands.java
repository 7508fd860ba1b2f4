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

    static String sociale(List<String> rest, int currentYear) {
        Args a = new Args(rest, Set.of("comuni", "year"));
        String file = a.fileName("comuni");
        CsvTable t = Csv.table(file, a.file("comuni"), List.of("id", "population", "social_workers"), List.of());
        int year = a.year(currentYear);
        Violations v = new Violations();
        Table table = new Table(List.of("id", "inhabitants_per_worker", "needed_6500", "needed_5000", "needed_4000", "gap_6500", "gap_5000",
                "gap_4000", "status", "contribution_797"));
        List<Object[]> inputs = new ArrayList<>();
        Map<String, Integer> lines = new HashMap<>();
        for (CsvRow r : t.rows()) {
            String id = r.requiredText("id", v);
            Long pop = r.integer("population", true, v);
            BigDecimal workers = r.decimal("social_workers", true, v);
            duplicate(r, id, lines, v);
            inputs.add(new Object[] {id, pop, workers});
        }
        Csv.throwIfAny(v);
        for (Object[] in : inputs) {
            SocialWorkerReport s = domain(() -> SocialWorkers.assess((String) in[0], (Long) in[1], (BigDecimal) in[2], year, P), file, lines);
            table.add(List.of(s.id(), s.inhabitantsPerWorker().map(Object.class::cast).orElse(""), s.needed6500(), s.needed5000(), s.needed4000(),
                    s.gap6500(), s.gap5000(), s.gap4000(), s.status().name().toLowerCase(Locale.ROOT), s.contribution797()), s.explanation(), s.id());
        }
        return table.render(a.format(), a.lang(), a.flag("explain"));
    }

    private static void duplicate(CsvRow r, String id, Map<String, Integer> lines, Violations v) {
        if (id == null) {
            return;
        }
        Integer first = lines.putIfAbsent(id, r.line());
        if (first != null) {
            v.add(r.field("id"), id, "is a duplicate id (first on line " + first + ")");
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

    static String nidi(List<String> rest) {
        Args a = new Args(rest, Set.of("comuni", "year", "total"));
        String file = a.fileName("comuni");
        CsvTable t = Csv.table(file, a.file("comuni"), List.of("id", "children_3_36m", "places"), List.of("bacino", "additional_users"));
        int year = requiredYear(a);
        Euro total = total(a);
        Violations v = new Violations();
        Map<String, Integer> lines = new HashMap<>();
        Map<String, long[]> comuni = new LinkedHashMap<>();
        Map<String, List<String>> bacini = new LinkedHashMap<>();
        Map<String, Long> users = new LinkedHashMap<>();
        for (CsvRow r : t.rows()) {
            String id = r.requiredText("id", v);
            Long children = r.integer("children_3_36m", true, v);
            Long places = r.integer("places", true, v);
            Long add = r.integer("additional_users", false, v);
            duplicate(r, id, lines, v);
            if (id != null && children != null && places != null) {
                comuni.put(id, new long[] {children, places});
                r.text("bacino").ifPresent(b -> bacini.computeIfAbsent(b, k -> new ArrayList<>()).add(id));
                if (add != null) {
                    users.put(id, add);
                }
            }
        }
        Csv.throwIfAny(v);
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
        return table.render(a.format(), a.lang(), a.flag("explain"));
    }

    private static boolean hasTransportTarget(int year) {
        try {
            P.valueForYear(LepParameters.TRANSPORT_TARGET, year);
            return true;
        } catch (ValidationException e) {
            return false;
        }
    }

    static String trasporto(List<String> rest) {
        Args a = new Args(rest, Set.of("comuni", "year", "total"));
        String file = a.fileName("comuni");
        CsvTable t = Csv.table(file, a.file("comuni"), List.of("id", "pupils_enrolled", "pupils_transported"), List.of("additional_users"));
        int year = requiredYear(a);
        Euro total = total(a);
        Violations v = new Violations();
        Map<String, Integer> lines = new HashMap<>();
        Map<String, long[]> comuni = new LinkedHashMap<>();
        Map<String, Long> users = new LinkedHashMap<>();
        for (CsvRow r : t.rows()) {
            String id = r.requiredText("id", v);
            Long enrolled = r.integer("pupils_enrolled", true, v);
            Long transported = r.integer("pupils_transported", true, v);
            Long add = r.integer("additional_users", false, v);
            duplicate(r, id, lines, v);
            if (id != null && enrolled != null && transported != null) {
                comuni.put(id, new long[] {enrolled, transported});
                if (add != null) {
                    users.put(id, add);
                }
            }
        }
        Csv.throwIfAny(v);
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
        return table.render(a.format(), a.lang(), a.flag("explain"));
    }
}
