package it.fsr.core.parameter;

import it.fsr.core.csv.CsvRow;
import it.fsr.core.csv.CsvTable;
import it.fsr.core.money.Euro;
import it.fsr.core.money.Rate;
import it.fsr.core.validation.ValidationException;
import it.fsr.core.validation.Violations;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The one reader of a parameters file: a CSV table with the columns {@code name,value,valid_from,valid_until,source}
 * (Italian {@code parametro,valore,dal,al,fonte}) and an optional {@code address} ({@code indirizzo}, the act's
 * public address), in either CSV dialect; an {@code origin} column ({@code origine}, the file a value came from, as
 * {@code fsr params} prints it) is accepted and ignored, so what {@code params} prints loads back unchanged. Lines starting with {@code #} before the header are comments.
 *
 * <p>Every problem of a file is reported at once, at {@code file:line: column}: an unknown name
 * ({@code FSR-PARAM-UNKNOWN}), a value of the wrong type (the type's code, e.g. {@code FSR-CSV-NOT-A-NUMBER}), a
 * negative amount or weight ({@code FSR-NEGATIVE}), a rate above 100% ({@code FSR-RANGE}), a window that ends
 * before it starts ({@code FSR-PARAM-WINDOW}), two windows of one name that overlap ({@code FSR-PARAM-OVERLAP}),
 * an empty source ({@code FSR-PARAM-SOURCE}). A file with any problem yields nothing.
 */
final class ParameterFile {
    /** The canonical columns and their Italian spellings. */
    private static final String[][] COLUMNS = {
        {"name", "parametro"}, {"value", "valore"}, {"valid_from", "dal"}, {"valid_until", "al"}, {"source", "fonte"},
        {"address", "indirizzo"}, {"origin", "origine"}};
    private static final int REQUIRED_COLUMNS = 5;
    private static final Rate HUNDRED_PERCENT = Rate.ofPercent(100);

    private ParameterFile() {
    }

    /**
     * Reads a file's rows as parameters, typed by the keys named; the parameters keep file order.
     *
     * @throws ValidationException listing every problem of the file
     */
    static List<Parameter<?>> read(String fileName, String text, Map<String, ParameterKey<?>> keys) {
        CsvTable table = CsvTable.parseCommented(fileName, text);
        Violations v = new Violations();
        String[] column = columns(table, v);
        v.throwIfAny();
        Map<String, List<DatedValue<?>>> values = new LinkedHashMap<>();
        Map<String, List<Integer>> lines = new LinkedHashMap<>();
        for (CsvRow row : table.rows()) {
            String name = row.requiredText(column[0], v);
            ParameterKey<?> key = name == null ? null : keys.get(name.strip());
            if (name != null && key == null) {
                v.addCoded("FSR-PARAM-UNKNOWN", row.field(column[0]), name);
            }
            Object value = key == null ? null : value(row, column[1], key.type(), v);
            LocalDate from = row.date(column[2], true, v);
            LocalDate until = row.date(column[3], false, v);
            String source = row.text(column[4]).map(String::strip).orElse("");
            if (source.isEmpty()) {
                v.addCoded("FSR-PARAM-SOURCE", row.field(column[4]), "");
            }
            if (from != null && until != null && until.isBefore(from)) {
                v.addCoded("FSR-PARAM-WINDOW", row.field(column[3]), row.text(column[3]).orElse(""), from.toString());
                continue;
            }
            String address = column[5] == null ? "" : row.text(column[5]).map(String::strip).orElse("");
            if (key != null && value != null && from != null && !source.isEmpty()) {
                values.computeIfAbsent(key.name(), k -> new ArrayList<>()).add(new DatedValue<>(value, from, until, source, address));
                lines.computeIfAbsent(key.name(), k -> new ArrayList<>()).add(row.line());
            }
        }
        values.forEach((name, list) -> overlaps(fileName, column, name, list, lines.get(name), v));
        v.throwIfAny();
        List<Parameter<?>> out = new ArrayList<>();
        values.forEach((name, list) -> out.add(parameter(keys.get(name), list)));
        return out;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Parameter<?> parameter(ParameterKey<?> key, List<DatedValue<?>> list) {
        return Parameter.of((ParameterKey) key, (List) list);
    }

    /** The column name used in the file for each canonical column (null for an absent optional one). */
    private static String[] columns(CsvTable table, Violations v) {
        String[] found = new String[COLUMNS.length];
        List<String> known = new ArrayList<>();
        for (int c = 0; c < COLUMNS.length; c++) {
            for (String spelling : COLUMNS[c]) {
                known.add(spelling);
                if (found[c] == null && table.header().stream().anyMatch(h -> h.strip().toLowerCase(Locale.ROOT).equals(spelling))) {
                    found[c] = table.header().stream().filter(h -> h.strip().toLowerCase(Locale.ROOT).equals(spelling)).findFirst().orElseThrow();
                }
            }
            if (found[c] == null && c < REQUIRED_COLUMNS) {
                v.addCoded("FSR-CSV-COLUMN-MISSING", table.fileName() + ":1: " + COLUMNS[c][0], "", COLUMNS[c][0] + " / " + COLUMNS[c][1]);
            }
        }
        for (String h : table.header()) {
            if (!known.contains(h.strip().toLowerCase(Locale.ROOT))) {
                v.addCoded("FSR-CSV-COLUMN-UNKNOWN", table.fileName() + ":1: " + h, h);
            }
        }
        return found;
    }

    /** A value of the key's type, read as the file's dialect writes it; null (with a violation) when bad. */
    private static Object value(CsvRow row, String column, Class<?> type, Violations v) {
        if (type == Euro.class) {
            return row.amount(column, true, false, v);
        }
        if (type == Rate.class) {
            Rate r = row.percent(column, true, v);
            if (r != null && (r.isNegative() || r.isGreaterThan(HUNDRED_PERCENT))) {
                v.addCoded("FSR-RANGE", row.field(column), row.text(column).orElse(""), "0%", "100%");
                return null;
            }
            return r;
        }
        if (type == BigDecimal.class) {
            return row.decimal(column, true, v);
        }
        if (type == Integer.class || type == Long.class) {
            Long n = row.integer(column, true, v);
            if (n != null && type == Integer.class && n > Integer.MAX_VALUE) {
                v.addCoded("FSR-IMPLAUSIBLE", row.field(column), row.text(column).orElse(""));
                return null;
            }
            return n == null ? null : type == Integer.class ? (Object) n.intValue() : n;
        }
        if (type == Boolean.class) {
            return row.yesNo(column, null, v);
        }
        if (type == LocalDate.class) {
            return row.date(column, true, v);
        }
        throw new IllegalArgumentException("a parameter of type " + type.getSimpleName() + " cannot be read from a file");
    }

    /** Two values of one name whose windows share a day (an open value ends where the next starts): sorted once, neighbours compared. */
    private static void overlaps(String fileName, String[] column, String name, List<DatedValue<?>> list, List<Integer> lines, Violations v) {
        Integer[] order = new Integer[list.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, java.util.Comparator.comparing((Integer i) -> list.get(i).validFrom()).thenComparing(i -> i));
        for (int k = 1; k < order.length; k++) {
            DatedValue<?> a = list.get(order[k - 1]);
            DatedValue<?> b = list.get(order[k]);
            if (b.validFrom().equals(a.validFrom()) || a.validUntil() != null && !b.validFrom().isAfter(a.validUntil())) {
                v.addCoded("FSR-PARAM-OVERLAP", fileName + ":" + lines.get(order[k]) + ": " + column[2], b.validFrom().toString(), name,
                        lines.get(order[k - 1]));
            }
        }
    }

    /**
     * The parameters as a parameters file this reader reads back: the canonical header, one row per dated value,
     * amounts and weights as plain decimals, rates as percentages, flags as {@code yes}/{@code no}, ISO dates.
     */
    static String write(java.util.Collection<Parameter<?>> parameters,
            java.util.function.BiFunction<ParameterKey<?>, DatedValue<?>, String> origin) {
        it.fsr.core.csv.CsvRowWriter w = new it.fsr.core.csv.CsvRowWriter(it.fsr.core.explain.CsvDialect.PLAIN);
        if (origin == null) {
            w.row("name", "value", "valid_from", "valid_until", "source", "address");
        } else {
            w.row("name", "value", "valid_from", "valid_until", "source", "address", "origin");
        }
        for (Parameter<?> p : parameters) {
            for (DatedValue<?> d : p.history()) {
                String[] cells = {p.key().name(), text(d.value()), d.validFrom().toString(), d.validUntil() == null ? "" : d.validUntil().toString(),
                    d.source(), d.address()};
                if (origin == null) {
                    w.row(cells);
                } else {
                    String[] withOrigin = java.util.Arrays.copyOf(cells, 7);
                    withOrigin[6] = origin.apply(p.key(), d);
                    w.row(withOrigin);
                }
            }
        }
        return w.text().toString();
    }

    /** A value as a file writes it. */
    static String text(Object value) {
        if (value instanceof Boolean b) {
            return b ? "yes" : "no";
        }
        if (value instanceof BigDecimal d) {
            return d.toPlainString();
        }
        return String.valueOf(value);
    }
}
