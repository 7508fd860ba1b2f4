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
        return a.format() == Args.Format.CSV ? m.toCsv(d) : m.toMarkdown(a.lang());
    }

    private static FundMapInput.Text text(Args a, String option) {
        return new FundMapInput.Text(a.fileName(option), a.file(option));
    }
}
