package it.fsr.isee.io;

import it.fsr.core.csv.CsvRow;
import it.fsr.core.csv.CsvStream;
import it.fsr.core.csv.CsvTable;
import it.fsr.core.csv.Rows;
import it.fsr.core.explain.CsvDialect;
import it.fsr.core.money.Euro;
import it.fsr.core.validation.ValidationException;
import it.fsr.core.validation.Violation;
import it.fsr.core.validation.Violations;
import it.fsr.isee.compartecipazione.Charge;
import it.fsr.isee.compartecipazione.Schedule;
import it.fsr.isee.compartecipazione.ScheduleComparison;
import it.fsr.isee.compartecipazione.ServicePricing;
import it.fsr.isee.compartecipazione.User;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * The users of a service in a CSV file, the command line's {@code compartecipazione}: {@code user_id,isee}
 * and optionally {@code isee_ff} (the Fattore Famiglia rescaled ISEE, read in melius when the schedule allows
 * it) and {@code units} (blank: one unit). Every problem at once, at {@code file:line: column}: of the rows,
 * a repeated id (every line named), and the schedule's (an ISEE in a gap between bands) at the user's line.
 * Stateless.
 */
public final class UserFiles {
    /** The required columns. */
    public static final List<String> REQUIRED = List.of("user_id", "isee");
    /** The optional columns. */
    public static final List<String> OPTIONAL = List.of("isee_ff", "units", "resident", "rank", "disability");

    private UserFiles() {
    }

    /** One user of a row, or null (with the row's problems recorded) when a value is wrong. */
    private static User user(CsvRow r, Violations v) {
        String id = r.id("user_id", v);
        // a blank ISEE is a user who presents none: the schedule's no_isee rule decides, or the charge refuses the user
        Euro isee = r.amount("isee", false, false, v);
        Euro ff = r.amount("isee_ff", false, false, v);
        BigDecimal units = r.text("units").isEmpty() ? BigDecimal.ONE : r.decimal("units", true, v);
        if (units != null && !it.fsr.core.money.Decimals.fits(units, 7, 6)) {
            // the bound of User, on the row: a cell of 24 digits is the row's error, never a failure of the run
            v.addCoded("FSR-RANGE", r.field("units"), r.text("units").orElse(""), "0", "9999999,999999");
            units = null;
        }
        Boolean resident = r.text("resident").isPresent() ? r.yesNo("resident", null, v) : null;
        Long rank = r.integer("rank", false, v);
        Boolean disabled = r.text("disability").isPresent() ? r.yesNo("disability", null, v) : null;
        boolean ok = id != null && units != null && (r.text("isee").isEmpty() || isee != null) && (r.text("isee_ff").isEmpty() || ff != null)
                && (r.text("resident").isEmpty() || resident != null) && (r.text("rank").isEmpty() || rank != null)
                && (r.text("disability").isEmpty() || disabled != null);
        return ok ? new User(id, isee, ff, units, resident, rank == null ? null : (int) Math.min(rank, 99), disabled) : null;
    }

    /**
     * The users of a file held whole (a report, a comparison).
     *
     * @param users   the users, in file order
     * @param lines   each user's line
     * @param file    the file's name
     * @param dialect the file's dialect
     */
    public record Users(List<User> users, Map<String, Integer> lines, String file, CsvDialect dialect) {
        /** The type and its counts: never an id, an amount, an ISEE or a disability (personal data stays out of logs). */
        @Override
        public String toString() {
            return "Users[" + "users=" + users.size() + ", " + "lines=" + lines.size() + "]";
        }

        /** Copies. */
        public Users {
            users = List.copyOf(users);
            lines = Map.copyOf(lines);
        }

        /**
         * Every user's charge under {@code schedule}.
         *
         * @throws ValidationException listing every user the schedule cannot price, at the user's line
         */
        public ServicePricing pricing(Schedule schedule) {
            return placed(() -> ServicePricing.of(schedule, users));
        }

        /**
         * The users under two schedules, side by side.
         *
         * @throws ValidationException listing every user a schedule cannot price, at the user's line
         */
        public ScheduleComparison comparison(Schedule a, Schedule b) {
            return placed(() -> ScheduleComparison.of(a, b, users));
        }

        private <T> T placed(java.util.function.Supplier<T> s) {
            try {
                return s.get();
            } catch (ValidationException e) {
                Violations v = new Violations();
                e.violations().forEach(x -> v.add(Rows.locate(x, file, lines)));
                v.throwIfAny();
                throw e;
            }
        }
    }

    /**
     * Reads every user of a file.
     *
     * @throws ValidationException listing every problem of the file
     */
    public static Users read(String file, String text) {
        CsvTable t = CsvTable.parse(file, text);
        t.requireColumns(REQUIRED, OPTIONAL);
        Violations v = new Violations();
        t.requireUnique("user_id", v);
        List<User> users = new ArrayList<>();
        Map<String, Integer> lines = new HashMap<>();
        for (CsvRow r : t.rows()) {
            User u = user(r, v);
            if (u != null) {
                users.add(u);
                lines.putIfAbsent(u.id(), r.line());
            }
        }
        v.throwIfAny();
        return new Users(users, lines, file, t.dialect());
    }

    /** Receives the charges of one part of the file, in file order, on that part's thread. */
    @FunctionalInterface
    public interface ChargeSink {
        /** One user's charge, from the file's {@code dialect}. */
        void charge(Charge charge, CsvDialect dialect);
    }

    /**
     * Charges every user of a large file as it is read, in {@code threads} parts at once (no user kept
     * beyond its row): part k's charges go to {@code sinks.apply(k)}, in file order within the part.
     *
     * @return how many users were read
     * @throws ValidationException listing every problem of the file, after the whole file was read (the
     *     sinks may have received charges: a caller keeps its output until this returns)
     */
    public static long charge(Path users, Schedule schedule, Charset encoding, int threads, IntFunction<ChargeSink> sinks) {
        String file = users.getFileName().toString();
        List<Part> parts = new ArrayList<>();
        for (int k = 0; k < threads; k++) {
            parts.add(new Part(schedule, sinks.apply(k), file));
        }
        Violations structure = new Violations();
        CsvStream.Header h = CsvStream.read(file, users, encoding, structure, threads, k -> parts.get(k)::row);
        if (h != null) {
            h.requireColumns(file, REQUIRED, OPTIONAL, structure);
        }
        structure.throwIfAny();
        Violations v = new Violations();
        Map<String, Integer> first = new HashMap<>();
        Map<String, List<Integer>> duplicates = new LinkedHashMap<>();
        long n = 0;
        for (Part p : parts) {
            n += p.n;
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
        CsvTable.duplicateLines(file, "user_id", duplicates, v);
        parts.forEach(p -> p.problems.list().forEach(v::add));
        parts.forEach(p -> p.charging.forEach(v::add));
        v.throwIfAny();
        return n;
    }

    /** The users of one part of the file: each charged as read, and what was wrong. */
    private static final class Part {
        final Schedule schedule;
        final ChargeSink sink;
        final String file;
        final Violations problems = new Violations();
        final List<Violation> charging = new ArrayList<>();
        String[] ids = new String[1024];
        int[] lines = new int[1024];
        int n;

        Part(Schedule schedule, ChargeSink sink, String file) {
            this.schedule = schedule;
            this.sink = sink;
            this.file = file;
        }

        void row(CsvRow r) {
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
                sink.charge(schedule.charge(u), r.dialect());
            } catch (ValidationException e) {
                for (Violation x : e.violations()) {
                    charging.add(Rows.locate(x, file, Map.of(u.id(), r.line())));
                }
            }
        }
    }
}
