package it.fsr.cli;

import it.fsr.core.explain.CsvDialect;

import it.fsr.core.money.Euro;
import it.fsr.core.money.EuroFormat;
import it.fsr.core.validation.ValidationException;
import it.fsr.core.validation.Violations;
import it.fsr.piano.fundmap.FundMap;
import it.fsr.piano.fundmap.FundMapInput;
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

    /** The M5C2 lines as the Avviso 1/2022 publishes them, then every figure that disagrees (the slides' included). */
    static String catalogo(List<String> rest) {
        Args a = new Args(rest, Set.of());
        Table t = new Table(List.of("line", "code", "name", "resources", "projects", "per_project", "computed", "difference", "beneficiaries",
                "note"));
        for (M5C2Catalogue.Line l : M5C2Catalogue.lines()) {
            t.add(List.of(l.line(), l.code(), l.name(), l.resources() == null ? "" : l.resources(), l.projects(), l.perProject(), l.computed(),
                    l.resources() == null ? "" : l.resources().minus(l.computed()), l.beneficiaries(), l.note()), null, l.name());
        }
        Table c = new Table(List.of("where", "published", "computed", "difference"));
        for (M5C2Catalogue.Finding f : M5C2Catalogue.consistency()) {
            c.add(List.of(f.where(), f.published(), f.computed(), f.difference()), null, f.where());
        }
        it.fsr.core.explain.CsvDialect d = a.outputDialect(CsvDialect.PLAIN);
        boolean en = a.lang().getLanguage().equals("en");
        if (a.format() == Args.Format.HTML) {
            return Html.page(a.lang(), List.of(new Html.Section(en ? "The lines" : "Le linee", t.chart(a.lang()), t.htmlTable(a.lang())),
                    new Html.Section(en ? "Where the published figures disagree" : "Dove le cifre pubblicate non tornano", null, c.htmlTable(a.lang()))),
                    java.util.Set.of(M5C2Catalogue.SOURCE), null);
        }
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
        for (Tranches.Tranche x : Tranches.of(amount, RunParameters.current())) {
            t.add(List.of(x.number(), x.share(), x.amount(), x.milestone()), null, "t" + x.number());
        }
        return t.render(a.format(), a.lang(), false, a.outputDialect(CsvDialect.PLAIN));
    }

    /** {@code mappa-fondi --lines L.csv --services S.csv [--assign A.csv] [--compare A2.csv]}: the files read by {@link FundMapInput}. */
    static String mappaFondi(List<String> rest) {
        Args a = new Args(rest, Set.of("lines", "services", "assign", "compare"));
        FundMapInput.Read read = FundMapInput.read(text(a, "lines"), text(a, "services"), a.get("assign") == null ? null : text(a, "assign"));
        CsvDialect d = a.outputDialect(read.dialect());
        FundMap m = read.map();
        if (a.get("compare") != null) {
            return FundMap.compare(m, FundMap.of(read.lines(), read.services(), FundMapInput.fixed(text(a, "compare"))), d);
        }
        return switch (a.format()) {
            case CSV -> m.toCsv(d);
            case HTML -> html(m, a.lang());
            default -> m.toMarkdown(a.lang());
        };
    }

    /** The fund map for the Assemblea: what each year programs from which line, and each line's use against its amount. */
    static String html(FundMap m, java.util.Locale lang) {
        boolean ital = lang == java.util.Locale.ITALIAN;
        List<List<Object>> rows = new java.util.ArrayList<>();
        java.util.Map<Integer, Euro> perYear = new java.util.TreeMap<>();
        Euro total = Euro.ZERO;
        for (FundMap.Assignment x : m.assignments()) {
            rows.add(List.of(String.valueOf(x.service().year()), x.line().line() + " (" + x.line().year() + ")", x.service().service(), x.service().area(),
                    x.amount()));
            perYear.merge(x.service().year(), x.amount(), Euro::plus);
            total = total.plus(x.amount());
        }
        List<String> years = perYear.keySet().stream().map(String::valueOf).toList();
        List<java.math.BigDecimal> yearValues = perYear.values().stream().map(Euro::toBigDecimal).toList();
        List<Html.Section> sections = new java.util.ArrayList<>();
        sections.add(new Html.Section(ital ? "Programmazione per anno" : "Programme by year",
                Html.bars(ital ? "Risorse programmate in ogni anno" : "Resources programmed each year", years, yearValues, null, lang, true),
                Html.table(List.of("year", "line", "service", "area", "amount"), rows, java.util.Arrays.asList(ital ? "Totale" : "Total", null, null, null, total),
                        lang)));
        List<List<Object>> lines = new java.util.ArrayList<>();
        List<String> names = new java.util.ArrayList<>();
        List<java.math.BigDecimal> used = new java.util.ArrayList<>();
        List<java.math.BigDecimal> amounts = new java.util.ArrayList<>();
        Euro sumAmount = Euro.ZERO;
        Euro sumProgrammed = Euro.ZERO;
        Euro sumUnprogrammed = Euro.ZERO;
        for (FundMap.Line l : m.lines()) {
            lines.add(List.of(l.line(), String.valueOf(l.year()), l.amount(), m.programmed(l), m.unprogrammed(l), m.atRisk(l) ? "yes" : "no", l.source()));
            names.add(l.line() + " (" + l.year() + ")");
            used.add(m.programmed(l).toBigDecimal());
            amounts.add(l.amount().toBigDecimal());
            sumAmount = sumAmount.plus(l.amount());
            sumProgrammed = sumProgrammed.plus(m.programmed(l));
            sumUnprogrammed = sumUnprogrammed.plus(m.unprogrammed(l));
        }
        sections.add(new Html.Section(ital ? "Linee di finanziamento" : "Funding lines",
                Html.bars(ital ? "Programmato di ogni linea; in rosso l'importo della linea" : "Programmed of each line; the line's amount in red", names, used,
                        amounts, lang, true),
                Html.table(List.of("line", "year", "amount", "programmed", "unprogrammed", "at_risk", "source"), lines,
                        java.util.Arrays.asList(ital ? "Totale" : "Total", null, sumAmount, sumProgrammed, sumUnprogrammed, null, null), lang)));
        java.util.Set<String> sources = new java.util.LinkedHashSet<>();
        m.lines().forEach(l -> sources.add(l.line() + ": " + l.source()));
        return Html.page(lang, sections, sources, null);
    }

    private static FundMapInput.Text text(Args a, String option) {
        return new FundMapInput.Text(a.fileName(option), a.file(option));
    }
}
