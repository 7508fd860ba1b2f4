package it.fsr.cli;

import it.fsr.core.csv.CsvRow;
import it.fsr.core.csv.CsvTable;
import it.fsr.core.money.Euro;
import it.fsr.core.validation.ValidationException;
import it.fsr.core.validation.Violations;
import it.fsr.isee.compartecipazione.Charge;
import it.fsr.isee.compartecipazione.ScheduleCheck;
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

    static String run(List<String> rest) {
        if (!rest.isEmpty() && rest.get(0).equals("check")) {
            return check(rest.subList(1, rest.size()));
        }
        Args a = new Args(rest, Set.of("schedule", "users", "compare"));
        List<String> problems = new ArrayList<>();
        ScheduleInput.Read schedule = schedule(a, "schedule", problems);
        ScheduleInput.Read other = a.get("compare") == null ? null : schedule(a, "compare", problems);
        String usersFile = a.fileName("users");
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
            String id = r.requiredText("user_id", v);
            Euro isee = r.amount("isee", true, false, v);
            Euro ff = r.amount("isee_ff", false, false, v);
            BigDecimal units = r.text("units").isEmpty() ? BigDecimal.ONE : r.decimal("units", true, v);
            if (id != null && isee != null && units != null && (r.text("isee_ff").isEmpty() || ff != null)) {
                users.add(new User(id, isee, ff, units));
                lines.putIfAbsent(id, r.line());
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
            Table table = new Table(List.of("user_id", "isee_used", "fee", "units", "user_total", "comune_share", "status", "reason"));
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
