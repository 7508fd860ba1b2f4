package it.fsr.cli;

import it.fsr.core.explain.CsvDialect;

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
    private RipartoCommands() {
    }

    static String demo(List<String> rest) {
        Args a = new Args(rest, Set.of());
        return render(MonteOrfano2025.plan(), a, Args.Format.TEXT, a.outputDialect(CsvDialect.PLAIN));
    }

    static String riparto(List<String> rest) {
        Args a = new Args(rest, Set.of("scenario", "units", "compare"));
        RipartoInput.Files files = RipartoInput.read(a.fileName("scenario"), a.file("scenario"), a.fileName("units"), a.file("units"));
        CsvDialect dialect = a.outputDialect(files.dialect());
        RipartoPlan plan = files.plan(RunParameters.current());
        if (a.get("compare") != null) {
            String compareFile = java.nio.file.Path.of(a.get("compare")).getFileName().toString();
            RipartoPlan b = files.withScenario(compareFile, Args.read(a.get("compare"), a.encoding())).plan(RunParameters.current());
            PlanComparison c = PlanComparison.of(plan, b);
            // the columns named after the two scenario files (before: "A" and "B")
            return a.format() == Args.Format.CSV ? c.toCsv(dialect) : c.toMarkdown(a.lang(), a.fileName("scenario"), compareFile);
        }
        return render(plan, a, Args.Format.CSV, dialect);
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
        RegionalRiparto.Result result = RipartoInput.regional(fund, file, text, a.year(defaultYear), RunParameters.current());
        List<String> header = new ArrayList<>(List.of("ambito", "amount"));
        header.addAll(result.criteria().keySet());
        Table table = new Table(header);
        for (Map.Entry<String, Euro> e : result.amounts().entrySet()) {
            List<Object> row = new ArrayList<>(List.of(e.getKey(), e.getValue()));
            for (Map<String, Euro> parts : result.criteria().values()) {
                row.add(parts.get(e.getKey()));
            }
            table.add(row, result.explanation(e.getKey()), e.getKey());
        }
        return table.render(a.format(), a.lang(), a.flag("explain"), a.outputDialect(RipartoInput.dialectOf(file, text)));
    }
}
