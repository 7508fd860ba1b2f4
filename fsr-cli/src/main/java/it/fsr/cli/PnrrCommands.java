package it.fsr.cli;

import it.fsr.core.explain.CsvDialect;

import it.fsr.core.csv.CsvRow;
import it.fsr.core.csv.CsvTable;
import it.fsr.core.money.Euro;
import it.fsr.core.money.EuroFormat;
import it.fsr.core.validation.ValidationException;
import it.fsr.core.validation.Violations;
import it.fsr.piano.fundmap.FundMap;
import it.fsr.piano.pnrr.M5C2Catalogue;
import it.fsr.piano.pnrr.Tranches;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** {@code pnrr catalogo}, {@code pnrr tranche --amount}, {@code mappa-fondi}. */
final class PnrrCommands {
    private PnrrCommands() {
    }

    static String pnrr(List<String> rest) {
        if (rest.isEmpty()) {
            throw new UsageException("pnrr needs a subcommand: catalogo or tranche");
        }
        List<String> args = rest.subList(1, rest.size());
        return switch (rest.get(0)) {
            case "catalogo" -> catalogo(args);
            case "tranche" -> tranche(args);
            default -> throw new UsageException("unknown pnrr subcommand " + rest.get(0) + ": use catalogo or tranche");
        };
    }

    /** The M5C2 lines as published, then every line where the figures disagree. */
    static String catalogo(List<String> rest) {
        Args a = new Args(rest, Set.of());
        Table t = new Table(List.of("line", "name", "resources", "projects", "per_project", "computed", "difference", "beneficiaries", "note"));
        for (M5C2Catalogue.Line l : M5C2Catalogue.lines()) {
            t.add(List.of(l.line(), l.name(), l.resources() == null ? "" : l.resources(), l.projects(), l.perProject(), l.computed(),
                    l.resources() == null ? "" : l.resources().minus(l.computed()), l.beneficiaries(), l.note()), null, l.name());
        }
        Table c = new Table(List.of("where", "published", "computed", "difference"));
        for (M5C2Catalogue.Finding f : M5C2Catalogue.consistency()) {
            c.add(List.of(f.where(), f.published(), f.computed(), f.difference()), null, f.where());
        }
        it.fsr.core.explain.CsvDialect d = a.outputDialect(CsvDialect.PLAIN);
        boolean en = a.lang().getLanguage().equals("en");
        String sep = a.format() == Args.Format.CSV ? "\n" : "\n" + (en ? "Where the published figures disagree" : "Dove le cifre pubblicate non tornano")
                + " (" + M5C2Catalogue.SOURCE + ")\n\n";
        return t.render(a.format(), a.lang(), false, d) + sep + c.render(a.format(), a.lang(), false, d);
    }

    static String tranche(List<String> rest) {
        Args a = new Args(rest, Set.of("amount"));
        Euro amount;
        try {
            amount = EuroFormat.parse(a.required("amount"));
        } catch (ValidationException e) {
            throw new UsageException("--amount: " + e.violations().get(0).message() + " (value: " + a.get("amount") + ")");
        }
        if (amount.isNegative()) {
            throw new UsageException("--amount must not be negative (value: " + a.get("amount") + ")");
        }
        Table t = new Table(List.of("tranche", "share", "amount", "milestone"));
        for (Tranches.Tranche x : Tranches.of(amount)) {
            t.add(List.of(x.number(), x.share(), x.amount(), x.milestone()), null, "t" + x.number());
        }
        return t.render(a.format(), a.lang(), false, a.outputDialect(CsvDialect.PLAIN));
    }

    /** {@code mappa-fondi --lines L.csv --services S.csv [--assign A.csv] [--compare A2.csv]}. */
    static String mappaFondi(List<String> rest) {
        Args a = new Args(rest, Set.of("lines", "services", "assign", "compare"));
        List<String> problems = new ArrayList<>();
        String lf = a.fileName("lines");
        String sf = a.fileName("services");
        CsvTable lt = table(lf, a.file("lines"), List.of("line", "source", "year", "amount", "window_end", "areas"), problems);
        CsvTable st = table(sf, a.file("services"), List.of("service", "area", "year", "cost"), problems);
        CsvTable at = a.get("assign") == null ? null : table(a.fileName("assign"), a.file("assign"),
                List.of("line", "line_year", "service", "service_year", "amount"), problems);
        CsvTable ct = a.get("compare") == null ? null : table(a.fileName("compare"), a.file("compare"),
                List.of("line", "line_year", "service", "service_year", "amount"), problems);
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
        Violations v = new Violations();
        List<FundMap.Line> lines = new ArrayList<>();
        for (CsvRow r : lt.rows()) {
            String id = r.requiredText("line", v);
            Long year = r.integer("year", true, v);
            Euro amount = r.amount("amount", true, false, v);
            LocalDate end = r.date("window_end", true, v);
            Set<String> areas = new HashSet<>();
            r.text("areas").ifPresent(x -> {
                for (String s : x.split("\\|")) {
                    if (!s.isBlank()) {
                        areas.add(s.strip());
                    }
                }
            });
            if (id != null && year != null && amount != null && end != null) {
                lines.add(new FundMap.Line(id, r.text("source").orElse(""), year.intValue(), amount, end, areas));
            }
        }
        List<FundMap.Service> services = new ArrayList<>();
        for (CsvRow r : st.rows()) {
            String id = r.requiredText("service", v);
            String area = r.requiredText("area", v);
            Long year = r.integer("year", true, v);
            Euro cost = r.amount("cost", true, false, v);
            if (id != null && area != null && year != null && cost != null) {
                services.add(new FundMap.Service(id, area, year.intValue(), cost));
            }
        }
        List<FundMap.Fixed> fixed = at == null ? List.of() : fixed(at, v);
        List<FundMap.Fixed> other = ct == null ? null : fixed(ct, v);
        Csv.throwIfAny(v);
        CsvDialect d = a.outputDialect(lt.dialect());
        FundMap m = FundMap.of(lines, services, fixed);
        if (other != null) {
            return FundMap.compare(m, FundMap.of(lines, services, other), d);
        }
        return a.format() == Args.Format.CSV ? m.toCsv(d) : m.toMarkdown(a.lang());
    }

    private static List<FundMap.Fixed> fixed(CsvTable t, Violations v) {
        List<FundMap.Fixed> out = new ArrayList<>();
        for (CsvRow r : t.rows()) {
            String line = r.requiredText("line", v);
            Long ly = r.integer("line_year", true, v);
            String service = r.requiredText("service", v);
            Long sy = r.integer("service_year", true, v);
            Euro amount = r.amount("amount", true, false, v);
            if (line != null && ly != null && service != null && sy != null && amount != null) {
                out.add(new FundMap.Fixed(line, ly.intValue(), service, sy.intValue(), amount));
            }
        }
        return out;
    }

    private static CsvTable table(String file, String text, List<String> required, List<String> problems) {
        try {
            return Csv.table(file, text, required, List.of());
        } catch (InputException e) {
            problems.addAll(e.problems());
            return null;
        }
    }
}
