package it.fsr.cli;

import it.fsr.core.csv.CsvRow;
import it.fsr.core.csv.CsvStream;
import it.fsr.core.explain.CsvDialect;
import it.fsr.core.csv.CsvTable;
import it.fsr.core.money.Euro;
import it.fsr.core.validation.ValidationException;
import it.fsr.core.validation.Violation;
import it.fsr.core.validation.Violations;
import it.fsr.isee.compartecipazione.Charge;
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

    private static final List<String> HEADER = List.of("user_id", "isee_used", "fee", "units", "user_total", "comune_share", "status", "reason");

    static Output run(List<String> rest) {
        if (!rest.isEmpty() && rest.get(0).equals("check")) {
            return Output.of(check(rest.subList(1, rest.size())));
        }
        Args a = new Args(rest, Set.of("schedule", "users", "compare"));
        List<String> problems = new ArrayList<>();
        ScheduleInput.Read schedule = schedule(a, "schedule", problems);
        ScheduleInput.Read other = a.get("compare") == null ? null : schedule(a, "compare", problems);
        String usersFile = a.fileName("users");
        if (other == null && a.format() == Args.Format.CSV && !a.flag("explain")) {
            return priced(a, schedule, usersFile, problems);
        }
        return Output.of(report(a, schedule, other, usersFile, problems));
    }

    /** One user of the users file: null (with the row's problems recorded) when a value is wrong. */
    private static User user(CsvRow r, Violations v) {
        String id = r.requiredText("user_id", v);
        Euro isee = r.amount("isee", true, false, v);
        Euro ff = r.amount("isee_ff", false, false, v);
        BigDecimal units = r.text("units").isEmpty() ? BigDecimal.ONE : r.decimal("units", true, v);
        return id != null && isee != null && units != null && (r.text("isee_ff").isEmpty() || ff != null) ? new User(id, isee, ff, units) : null;
    }

    /** The users of one part of the file: their charges as CSV rows, and what was wrong. */
    private static final class UsersPart {
        /** The rows, in the dialect asked or, once the first row is read, the file's. */
        RowWriter rows;
        final CsvDialect asked;
        final Schedule schedule;
        final Violations problems = new Violations();
        final List<Violation> charging = new ArrayList<>();
        String[] ids = new String[1024];
        int[] lines = new int[1024];
        int n;

        UsersPart(Schedule schedule, CsvDialect asked) {
            this.schedule = schedule;
            this.asked = asked;
        }

        void row(CsvRow r, String usersFile) {
            if (rows == null) {
                rows = new RowWriter(asked != null ? asked : r.dialect());
            }
            String id = r.text("user_id").orElse(null);
            if (n == ids.length) {
                ids = java.util.Arrays.copyOf(ids, n * 2);
                lines = java.util.Arrays.copyOf(lines, n * 2);
            }
            ids[n] = id;
            lines[n++] = r.line();
            User u = user(r, problems);
            if (u == null || !problems.isEmpty()) {
                return;
            }
            try {
                Charge c = schedule.charge(u);
                rows.text(c.userId()).thenCents(c.iseeUsed().cents()).thenCents(c.fee().cents()).thenText(c.units().toPlainString())
                        .thenCents(c.userTotal().cents()).thenCents(c.comuneShare().cents()).thenText(c.status().code()).thenText(c.reason()).end();
            } catch (ValidationException e) {
                for (Violation x : e.violations()) {
                    charging.add(Csv.locate(x, usersFile, java.util.Map.of(u.id(), r.line()), "users"));
                }
            }
        }
    }

    /**
     * What each user pays, as CSV, for a whole service's users: the file read row by row in parts on every
     * core, each user charged as read (the rows kept as text, not as objects), written once every user was
     * read without a problem.
     */
    private static Output priced(Args a, ScheduleInput.Read schedule, String usersFile, List<String> problems) {
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
        Progress progress = Progress.of(a.flag("quiet"), a.lang());
        int threads = Runtime.getRuntime().availableProcessors();
        List<UsersPart> parts = new ArrayList<>();
        Violations structure = new Violations();
        // the output dialect is the one asked, or the input's (told by the header, given by each row)
        CsvDialect asked = a.get("dialect") == null ? null : a.outputDialect(CsvDialect.PLAIN);
        for (int k = 0; k < threads; k++) {
            parts.add(new UsersPart(schedule.schedule(), asked));
        }
        CsvStream.Header h = CsvStream.read(usersFile, a.path("users"), a.encoding(), structure, threads, k -> r -> parts.get(k).row(r, usersFile));
        if (h != null) {
            h.requireColumns(usersFile, List.of("user_id", "isee"), List.of("isee_ff", "units"), structure);
        }
        Csv.throwIfAny(structure);
        long users = parts.stream().mapToLong(p -> p.n).sum();
        progress.phase("utenti letti e calcolati", "users read and charged", users);
        Violations v = new Violations();
        java.util.Map<String, Integer> first = new java.util.HashMap<>();
        java.util.Map<String, List<Integer>> duplicates = new java.util.LinkedHashMap<>();
        for (UsersPart p : parts) {
            for (int i = 0; i < p.n; i++) {
                if (p.ids[i] == null) {
                    continue;
                }
                Integer before = first.putIfAbsent(p.ids[i], p.lines[i]);
                if (before != null) {
                    duplicates.computeIfAbsent(p.ids[i], x -> new ArrayList<>(List.of(before))).add(p.lines[i]);
                }
            }
        }
        CsvTable.duplicateLines(usersFile, "user_id", duplicates, v);
        parts.forEach(p -> p.problems.list().forEach(v::add));
        Csv.throwIfAny(v);
        List<String> charging = new ArrayList<>();
        parts.forEach(p -> p.charging.forEach(x -> charging.add(Cli.problem(x))));
        if (!charging.isEmpty()) {
            throw new InputException(charging);
        }
        return out -> {
            RowWriter header = new RowWriter(asked != null ? asked : h.dialect());
            header.row(HEADER);
            out.append(header.text());
            for (UsersPart p : parts) {
                if (p.rows != null) {
                    out.append(p.rows.text());
                }
            }
            out.flush();
            progress.phase("righe scritte", "rows written", users);
        };
    }

    private static String report(Args a, ScheduleInput.Read schedule, ScheduleInput.Read other, String usersFile, List<String> problems) {
        CsvTable t = null;
        try {
            t = Csv.table(usersFile, a.file("users"), List.of("user_id", "isee"), List.of("isee_ff", "units"));
        } catch (InputException e) {
            problems.addAll(e.problems());
        }
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
        Violations v = new Violations();
        t.requireUnique("user_id", v);
        List<User> users = new ArrayList<>();
        java.util.Map<String, Integer> lines = new java.util.HashMap<>();
        for (CsvRow r : t.rows()) {
            User u = user(r, v);
            if (u != null) {
                users.add(u);
                lines.putIfAbsent(u.id(), r.line());
            }
        }
        Csv.throwIfAny(v);
        it.fsr.core.explain.CsvDialect dialect = a.outputDialect(t.dialect());
        try {
            if (other != null) {
                ScheduleComparison c = ScheduleComparison.of(schedule.schedule(), other.schedule(), users);
                Table table = new Table(List.of("user_id", "isee_used", "fee_a", "fee_b", "total_a", "total_b", "difference", "comune_a", "comune_b"));
                for (ScheduleComparison.Line l : c.lines()) {
                    table.add(List.of(l.userId(), l.chargeA().iseeUsed(), l.chargeA().fee(), l.chargeB().fee(), l.chargeA().userTotal(),
                            l.chargeB().userTotal(), l.difference(), l.chargeA().comuneShare(), l.chargeB().comuneShare()), null, l.userId());
                }
                String out = table.render(a.format(), a.lang(), false, dialect);
                return a.format() == Args.Format.CSV ? out : out + summary(c, a);
            }
            ServicePricing p = ServicePricing.of(schedule.schedule(), users);
            Table table = new Table(HEADER);
            for (Charge c : p.charges()) {
                table.add(List.of(c.userId(), c.iseeUsed(), c.fee(), c.units(), c.userTotal(), c.comuneShare(), c.status().code(), c.reason()),
                        c.explanation(), c.userId());
            }
            String out = table.render(a.format(), a.lang(), a.flag("explain"), dialect);
            if (a.format() == Args.Format.CSV) {
                return out;
            }
            boolean en = a.lang().getLanguage().equals("en");
            return out + "\n" + (en ? "Users pay " : "Gli utenti pagano ") + v(p.usersTotal(), a) + (en ? "; the Comune pays " : "; il Comune paga ")
                    + v(p.comuneTotal(), a) + "\n";
        } catch (ValidationException e) {
            throw new InputException(e.violations().stream().map(x -> Cli.problem(Csv.locate(x, usersFile, lines, "users"))).toList());
        }
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

    private static ScheduleInput.Read schedule(Args a, String option, List<String> problems) {
        String file = a.fileName(option);
        try {
            return ScheduleInput.read(file, a.file(option));
        } catch (ValidationException e) {
            e.violations().forEach(x -> problems.add(Cli.problem(x)));
            return null;
        }
    }

    static String check(List<String> rest) {
        Args a = new Args(rest, Set.of("schedule"));
        List<String> problems = new ArrayList<>();
        ScheduleInput.Read s = schedule(a, "schedule", problems);
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
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
