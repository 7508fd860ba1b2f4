package it.fsr.cli;

import it.fsr.core.csv.CsvRowWriter;

import it.fsr.core.explain.CsvDialect;
import it.fsr.core.money.Euro;
import it.fsr.core.validation.ValidationException;
import it.fsr.core.validation.Violation;
import it.fsr.core.validation.Violations;
import it.fsr.isee.compartecipazione.Charge;
import it.fsr.isee.io.UserFiles;
import it.fsr.isee.compartecipazione.ScheduleCheck;
import it.fsr.isee.compartecipazione.Schedule;
import it.fsr.isee.compartecipazione.ScheduleComparison;
import it.fsr.isee.compartecipazione.ScheduleInput;
import it.fsr.isee.compartecipazione.ServicePricing;
import it.fsr.isee.compartecipazione.User;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * {@code compartecipazione} (what each user pays, one row per user; {@code --compare} for a second
 * schedule on the same users) and {@code compartecipazione check} (the findings of a schedule: exit 1 when
 * one is an error).
 */
final class CompartecipazioneCommands {
    private CompartecipazioneCommands() {
    }

    /** A check that found an error: its report is printed and the exit code is 1. */
    static final class CheckFailed extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final String report;

        CheckFailed(String report) {
            super("the schedule has errors");
            this.report = report;
        }

        String report() {
            return report;
        }
    }

    static final List<String> HEADER = List.of("user_id", "isee_used", "fee", "units", "user_total", "comune_share", "status", "reason");

    static Output run(List<String> rest) {
        if (!rest.isEmpty() && rest.get(0).equals("check")) {
            return Output.of(check(rest.subList(1, rest.size())));
        }
        Args a = new Args(rest, Set.of("schedule", "users", "compare"));
        Violations problems = new Violations();
        ScheduleInput.Read schedule = schedule(a, "schedule", problems);
        ScheduleInput.Read other = a.get("compare") == null ? null : schedule(a, "compare", problems);
        problems.throwIfAny();
        if (other == null && a.format() == Args.Format.CSV && !a.flag("explain")) {
            return priced(a, schedule);
        }
        return Output.of(report(a, schedule, other));
    }

    /**
     * What each user pays, as CSV, for a whole service's users: the file read row by row in parts on every
     * core, each user charged as read (the rows kept as text, not as objects), written once every user was
     * read without a problem.
     */
    private static Output priced(Args a, ScheduleInput.Read schedule) {
        Progress progress = Progress.of(a.flag("quiet"), a.lang());
        int threads = Runtime.getRuntime().availableProcessors();
        // the output dialect is the one asked, or the input's (given by each row)
        CsvDialect asked = a.get("dialect") == null ? null : a.outputDialect(CsvDialect.PLAIN);
        CsvRowWriter[] rows = new CsvRowWriter[threads];
        CsvDialect[] seen = new CsvDialect[1];
        long users = UserFiles.charge(a.path("users"), schedule.schedule(), a.encoding(), threads, k -> (c, dialect) -> {
            if (rows[k] == null) {
                rows[k] = new CsvRowWriter(asked != null ? asked : dialect);
                seen[0] = dialect;
            }
            // a user without an ISEE (the schedule's no_isee rule) has none used: an empty cell, never 0
            CsvRowWriter w = rows[k].text(c.userId());
            w = c.iseeUsed() == null ? w.thenText("") : w.thenCents(c.iseeUsed().cents());
            w.thenCents(c.fee().cents()).thenText(c.units().toPlainString())
                    .thenCents(c.userTotal().cents()).thenCents(c.comuneShare().cents()).thenText(c.status().code()).thenText(c.reason()).end();
        });
        progress.phase("utenti letti e calcolati", "users read and charged", users);
        CsvDialect out = asked != null ? asked : seen[0] != null ? seen[0] : CsvDialect.PLAIN;
        return o -> {
            CsvRowWriter header = new CsvRowWriter(out);
            header.row(HEADER);
            o.append(header.text());
            for (CsvRowWriter w : rows) {
                if (w != null) {
                    o.append(w.text());
                }
            }
            o.flush();
            progress.phase("righe scritte", "rows written", users);
        };
    }

    private static String report(Args a, ScheduleInput.Read schedule, ScheduleInput.Read other) {
        UserFiles.Users users = UserFiles.read(a.fileName("users"), a.file("users"));
        CsvDialect dialect = a.outputDialect(users.dialect());
        if (other != null) {
            ScheduleComparison c = users.comparison(schedule.schedule(), other.schedule());
            Table table = new Table(List.of("user_id", "isee_used", "fee_a", "fee_b", "total_a", "total_b", "difference", "comune_a", "comune_b"));
            for (ScheduleComparison.Line l : c.lines()) {
                table.add(List.of(l.userId(), l.chargeA().iseeUsed() == null ? "" : l.chargeA().iseeUsed(), l.chargeA().fee(), l.chargeB().fee(), l.chargeA().userTotal(),
                        l.chargeB().userTotal(), l.difference(), l.chargeA().comuneShare(), l.chargeB().comuneShare()), null, l.userId());
            }
            String out = table.render(a.format(), a.lang(), false, dialect);
            return a.format() == Args.Format.CSV ? out : a.format() == Args.Format.HTML ? Html.withNote(out, summary(c, a).strip()) : out + summary(c, a);
        }
        ServicePricing p = users.pricing(schedule.schedule());
        Table table = new Table(HEADER);
        for (Charge c : p.charges()) {
            table.add(List.of(c.userId(), c.iseeUsed() == null ? "" : c.iseeUsed(), c.fee(), c.units(), c.userTotal(), c.comuneShare(),
                            c.status().code(), c.reason()),
                    c.explanation(), c.userId());
        }
        if (a.format() == Args.Format.HTML) {
            return html(a, schedule, p, table);
        }
        String out = table.render(a.format(), a.lang(), a.flag("explain"), dialect);
        if (a.format() == Args.Format.CSV) {
            return out;
        }
        boolean en = a.lang().getLanguage().equals("en");
        return out + "\n" + (en ? "Users pay " : "Gli utenti pagano ") + v(p.usersTotal(), a) + (en ? "; the Comune pays " : "; il Comune paga ")
                + v(p.comuneTotal(), a) + "\n";
    }

    /**
     * The report: the schedule's fee over the ISEE (sampled from the schedule itself, 0 to beyond its last band) with each
     * user marked, the schedule check's findings, the users' table with its totals, the acts.
     */
    private static String html(Args a, ScheduleInput.Read schedule, ServicePricing p, Table table) {
        java.util.Locale lang = a.lang();
        boolean ital = lang == java.util.Locale.ITALIAN;
        java.math.BigDecimal top = java.math.BigDecimal.valueOf(10_000);
        for (Charge c : p.charges()) {
            if (c.iseeUsed() != null) {
                top = top.max(c.iseeUsed().toBigDecimal());
            }
        }
        top = top.multiply(new java.math.BigDecimal("1.25")).setScale(0, java.math.RoundingMode.UP);
        List<java.math.BigDecimal> xs = new java.util.ArrayList<>();
        List<java.math.BigDecimal> ys = new java.util.ArrayList<>();
        for (int k = 0; k <= 100; k++) {
            Euro isee = Euro.of(top.multiply(java.math.BigDecimal.valueOf(k)).divide(java.math.BigDecimal.valueOf(100), 2, java.math.RoundingMode.HALF_UP));
            try {
                Charge c = schedule.schedule().charge(it.fsr.isee.compartecipazione.User.of("curve", isee));
                xs.add(isee.toBigDecimal());
                ys.add(c.fee().toBigDecimal());
            } catch (it.fsr.core.validation.ValidationException gap) {
                // an ISEE in a gap between bands: no fee to draw there (the check names the gap)
            }
        }
        List<java.math.BigDecimal> ux = new java.util.ArrayList<>();
        List<java.math.BigDecimal> uy = new java.util.ArrayList<>();
        for (Charge c : p.charges()) {
            if (c.iseeUsed() != null) {
                ux.add(c.iseeUsed().toBigDecimal());
                uy.add(c.fee().toBigDecimal());
            }
        }
        String chart = Html.curve(ital ? "Tariffa per unità secondo l'ISEE (linea: il tariffario; punti: gli utenti)"
                : "Fee per unit over the ISEE (line: the schedule; dots: the users)", xs, ys, ux, uy, lang);
        List<ScheduleCheck.Finding> findings = ScheduleCheck.check(schedule.schedule(), schedule.maxJump());
        List<List<Object>> rows = new java.util.ArrayList<>();
        for (ScheduleCheck.Finding f : findings) {
            rows.add(List.of(f.severity().code(), f.rule(), f.where(), f.message(lang), f.source()));
        }
        java.util.Set<String> sources = Html.sources(p.charges().stream().map(Charge::explanation).toList());
        List<Html.Section> sections = new java.util.ArrayList<>();
        sections.add(new Html.Section(schedule.schedule().name(), chart, table.htmlTable(lang)));
        sections.add(new Html.Section(ital ? "Controllo del tariffario" : "Schedule check", null, rows.isEmpty()
                ? "<p>" + (ital ? "Nessun rilievo: tariffa monotona, entro il costo, dal solo ISEE." : "No finding: monotone, within the cost, from the ISEE only.")
                        + "</p>"
                : Html.table(List.of("severity", "rule", "where", "message", "source"), rows, null, lang)));
        String note = (ital ? "Gli utenti pagano " : "Users pay ") + v(p.usersTotal(), a) + (ital ? "; il Comune paga " : "; the Comune pays ")
                + v(p.comuneTotal(), a) + ".";
        sections.add(new Html.Section(null, null, "<p>" + Html.esc(note) + "</p>"));
        return Html.page(lang, sections, sources, a.flag("explain") ? table.explanationsText(lang) : null);
    }

    private static String summary(ScheduleComparison c, Args a) {
        boolean en = a.lang().getLanguage().equals("en");
        return "\n" + (en ? "Pay more: " : "Pagano di più: ") + c.payMore() + (en ? "; pay less: " : "; pagano di meno: ") + c.payLess()
                + (en ? "; the Comune's total " : "; totale del Comune ") + v(c.a().comuneTotal(), a) + " → " + v(c.b().comuneTotal(), a)
                + " (" + v(c.comuneDifference(), a) + ")\n";
    }

    private static String v(Euro e, Args a) {
        return it.fsr.core.explain.ValueFormat.format(e, a.lang());
    }

    private static ScheduleInput.Read schedule(Args a, String option, Violations problems) {
        String file = a.fileName(option);
        try {
            return ScheduleInput.read(file, a.file(option));
        } catch (ValidationException e) {
            e.violations().forEach(problems::add);
            return null;
        }
    }

    static String check(List<String> rest) {
        Args a = new Args(rest, Set.of("schedule"));
        Violations problems = new Violations();
        ScheduleInput.Read s = schedule(a, "schedule", problems);
        problems.throwIfAny();
        List<ScheduleCheck.Finding> findings = ScheduleCheck.check(s.schedule(), s.maxJump());
        Table t = new Table(List.of("severity", "rule", "where", "message", "source"));
        for (ScheduleCheck.Finding f : findings) {
            t.add(List.of(f.severity().code(), f.rule(), f.where(), f.message(a.lang()), f.source()), null, f.rule());
        }
        String out = t.render(a.format(), a.lang(), false, a.outputDialect(it.fsr.core.explain.CsvDialect.PLAIN));
        if (findings.stream().anyMatch(f -> f.severity() == ScheduleCheck.Severity.ERROR)) {
            throw new CheckFailed(out);
        }
        return out;
    }
}
