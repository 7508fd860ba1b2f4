package it.fsr.cli;

import it.fsr.core.explain.CsvDialect;

import it.fsr.core.csv.CsvRow;
import it.fsr.core.csv.CsvTable;
import it.fsr.core.money.Euro;
import it.fsr.core.money.EuroFormat;
import it.fsr.riparto.AmbitoIndicators;
import it.fsr.riparto.AmbitoRiparto;
import it.fsr.riparto.example.MonteOrfano2025;
import it.fsr.riparto.PlanComparison;
import it.fsr.riparto.RegionalRiparto;
import it.fsr.riparto.RipartoInput;
import it.fsr.riparto.RipartoParameters;
import it.fsr.riparto.RipartoPlan;
import it.fsr.riparto.RipartoScenario;
import it.fsr.riparto.ServiceUnit;
import it.fsr.core.validation.ValidationException;
import it.fsr.core.validation.Violation;
import it.fsr.core.validation.Violations;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** {@code demo}, {@code riparto} and {@code regione}. */
final class RipartoCommands {
    private static final Pattern UNIT_FIELD = Pattern.compile("units\\[(.+?)]\\.(.+)");

    private RipartoCommands() {
    }

    static String demo(List<String> rest) {
        Args a = new Args(rest, Set.of());
        return render(MonteOrfano2025.plan(), a, Args.Format.TEXT, a.outputDialect(CsvDialect.PLAIN));
    }

    static String riparto(List<String> rest) {
        Args a = new Args(rest, Set.of("scenario", "units", "compare"));
        String unitsFile = a.fileName("units");
        String unitsText = a.file("units");
        String scenarioFile = a.fileName("scenario");
        String scenarioText = a.file("scenario");
        String compareText = a.get("compare") == null ? null : Args.read(a.get("compare"), a.encoding());
        List<String> problems = new ArrayList<>();
        RipartoScenario scenario = null;
        List<ServiceUnit> units = null;
        try {
            scenario = RipartoInput.scenario(scenarioFile, scenarioText);
        } catch (ValidationException e) {
            e.violations().forEach(v -> problems.add(Cli.problem(v)));
        }
        try {
            units = RipartoInput.units(unitsFile, unitsText);
        } catch (ValidationException e) {
            e.violations().forEach(v -> problems.add(Cli.problem(v)));
        }
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
        Map<String, Integer> lines = lines(unitsFile, unitsText);
        CsvDialect dialect = a.outputDialect(CsvTable.parse(unitsFile, unitsText).dialect());
        RipartoPlan plan = compute(scenario, units, scenarioFile, scenarioText, unitsFile, lines);
        if (compareText != null) {
            String compareFile = java.nio.file.Path.of(a.get("compare")).getFileName().toString();
            RipartoScenario other;
            try {
                other = RipartoInput.scenario(compareFile, compareText);
            } catch (ValidationException e) {
                throw new InputException(e.violations().stream().map(Cli::problem).toList());
            }
            RipartoPlan b = compute(other, units, compareFile, compareText, unitsFile, lines);
            PlanComparison c = PlanComparison.of(plan, b);
            return a.format() == Args.Format.CSV ? c.toCsv(dialect) : c.toMarkdown(a.lang());
        }
        return render(plan, a, Args.Format.CSV, dialect);
    }

    private static RipartoPlan compute(RipartoScenario s, List<ServiceUnit> units, String scenarioFile, String scenarioText, String unitsFile,
            Map<String, Integer> lines) {
        try {
            return AmbitoRiparto.compute(s, units);
        } catch (ValidationException e) {
            List<String> problems = new ArrayList<>();
            for (Violation v : e.violations()) {
                Matcher m = UNIT_FIELD.matcher(v.field());
                if (m.matches() && lines.containsKey(m.group(1))) {
                    problems.add(Cli.problem(v.at(unitsFile + ":" + lines.get(m.group(1)) + ": " + column(m.group(2)))));
                } else {
                    problems.add(Cli.problem(RipartoInput.placeInScenario(v, scenarioFile, scenarioText)));
                }
            }
            throw new InputException(problems);
        }
    }

    /** camelCase field to the CSV's snake_case column. */
    private static String column(String field) {
        return field.replaceAll("([a-z])([A-Z])", "$1_$2").toLowerCase(java.util.Locale.ROOT);
    }

    private static Map<String, Integer> lines(String file, String text) {
        Map<String, Integer> out = new HashMap<>();
        for (CsvRow r : CsvTable.parse(file, text).rows()) {
            r.text("id").ifPresent(id -> out.putIfAbsent(id, r.line()));
        }
        return out;
    }

    private static String render(RipartoPlan plan, Args a, Args.Format defaultFormat, CsvDialect dialect) {
        return switch (a.format(defaultFormat)) {
            case CSV -> plan.toCsv(dialect);
            case MD -> plan.toMarkdown(a.lang(), a.flag("explain"));
            case TEXT -> plan.toText(a.lang(), a.flag("explain"));
        };
    }

    static String regione(List<String> rest, int defaultYear) {
        Args a = new Args(rest, Set.of("fund", "ambiti", "year"));
        Euro fund;
        try {
            fund = EuroFormat.parse(a.required("fund"));
        } catch (ValidationException e) {
            throw new UsageException("--fund: " + e.violations().get(0).message() + " (value: " + a.get("fund") + ")");
        }
        String file = a.fileName("ambiti");
        String text = a.file("ambiti");
        List<String> cols = List.of("ambito", "population", "places", "home_care_users", "foster_minors", "cofinanced_units", "active_units");
        List<AmbitoIndicators> ambiti = new ArrayList<>();
        Violations v = new Violations();
        CsvTable t = Csv.table(file, text, cols, List.of());
        Map<String, Integer> lines = new HashMap<>();
        t.requireUnique("ambito", v);
        for (CsvRow r : t.rows()) {
            String name = r.requiredText("ambito", v);
            Long[] x = new Long[6];
            for (int i = 0; i < 6; i++) {
                x[i] = r.integer(cols.get(i + 1), true, v);
            }
            if (name != null && java.util.Arrays.stream(x).allMatch(java.util.Objects::nonNull)) {
                ambiti.add(new AmbitoIndicators(name, x[0], x[1], x[2], x[3], x[4], x[5]));
                lines.putIfAbsent(name, r.line());
            }
        }
        Csv.throwIfAny(v);
        int year = a.year(defaultYear);
        RegionalRiparto.Result result;
        try {
            result = RegionalRiparto.compute(fund, ambiti, year, RipartoParameters.defaults());
        } catch (ValidationException e) {
            throw new InputException(e.violations().stream().map(x -> Cli.problem(Csv.locate(x, file, lines, "ambiti"))).toList());
        }
        List<String> header = new ArrayList<>(List.of("ambito", "amount"));
        header.addAll(result.criteria().keySet());
        Table table = new Table(header);
        for (Map.Entry<String, Euro> e : result.amounts().entrySet()) {
            List<Object> row = new ArrayList<>(List.of(e.getKey(), e.getValue()));
            for (Map<String, Euro> parts : result.criteria().values()) {
                row.add(parts.get(e.getKey()));
            }
            table.add(row, null, e.getKey());
        }
        return table.render(a.format(), a.lang(), false, a.outputDialect(t.dialect()));
    }
}
