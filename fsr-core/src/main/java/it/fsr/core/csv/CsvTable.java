package it.fsr.core.csv;

import it.fsr.core.validation.ValidationException;
import it.fsr.core.validation.Violation;
import it.fsr.core.validation.Violations;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A CSV file as Excel writes it, read whole: a header row and data rows.
 *
 * <p>UTF-8 text with an optional leading BOM; the separator is {@code ;} when the header contains one,
 * else {@code ,} (the Italian Excel dialect uses {@code ;} with decimal comma and point thousands:
 * {@link Dialect#ITALIAN}); fields may be quoted with {@code "} (a doubled quote inside is a quote;
 * quoted fields may span lines); blank lines are skipped; line ends are LF or CRLF. Problems are
 * reported all at once as violations whose field is {@code file:line: column}.
 *
 * <p>Immutable and thread-safe once read.
 */
public final class CsvTable {

    /** The number conventions of a CSV file, told by its separator. */
    public enum Dialect {
        /** {@code ,} separator, decimal point: {@code 422430.60}. */
        PLAIN,
        /** {@code ;} separator, decimal comma, optional point thousands: {@code 422.430,60}. */
        ITALIAN
    }

    private final String fileName;
    private final Dialect dialect;
    private final List<String> header;
    private final List<CsvRow> rows;

    private CsvTable(String fileName, Dialect dialect, List<String> header, List<CsvRow> rows) {
        this.fileName = fileName;
        this.dialect = dialect;
        this.header = List.copyOf(header);
        this.rows = List.copyOf(rows);
    }

    /**
     * Reads CSV text.
     *
     * @param fileName the name used in error messages
     * @param content  the whole text
     * @throws ValidationException for an empty file, an unterminated quote, a blank or duplicate column
     *     name, or rows whose field count differs from the header's (all of them listed)
     */
    public static CsvTable parse(String fileName, String content) {
        String text = content.startsWith("\uFEFF") ? content.substring(1) : content;
        List<Record> records = split(fileName, text);
        if (records.isEmpty()) {
            throw new ValidationException(List.of(Violation.coded("FSR-CSV-EMPTY", fileName + ":1: header", "")));
        }
        Record head = records.get(0);
        Dialect dialect = head.separator == ';' ? Dialect.ITALIAN : Dialect.PLAIN;
        Violations v = new Violations();
        List<String> header = new ArrayList<>();
        for (String h : head.fields) {
            String name = h.strip();
            if (name.isEmpty()) {
                v.add(fileName + ":" + head.line + ": header", h, "a column has no name");
            } else if (header.contains(name)) {
                v.add(fileName + ":" + head.line + ": " + name, name, "the column appears twice in the header");
            }
            header.add(name);
        }
        List<CsvRow> rows = new ArrayList<>();
        for (int i = 1; i < records.size(); i++) {
            Record r = records.get(i);
            if (r.fields.size() != header.size()) {
                v.addCoded("FSR-CSV-FIELD-COUNT", fileName + ":" + r.line + ": row", r.fields.size(), header.size());
                continue;
            }
            Map<String, String> values = new LinkedHashMap<>();
            for (int c = 0; c < header.size(); c++) {
                values.put(header.get(c), r.fields.get(c).strip());
            }
            rows.add(new CsvRow(fileName, r.line, dialect, Collections.unmodifiableMap(values)));
        }
        if (records.size() == 1) {
            v.addCoded("FSR-CSV-NO-ROWS", fileName + ":" + head.line + ": header", String.join(head.separator == ';' ? ";" : ",", head.fields));
        }
        v.throwIfAny();
        return new CsvTable(fileName, dialect, header, rows);
    }

    private record Record(int line, List<String> fields, char separator) {
    }

    private static List<Record> split(String fileName, String text) {
        List<Record> out = new ArrayList<>();
        // the separator is told by the header: the first line that is not blank
        String firstLine = "";
        for (String l : text.split("\n", -1)) {
            if (!l.isBlank()) {
                firstLine = l;
                break;
            }
        }
        char sep = firstLine.indexOf(';') >= 0 ? ';' : ',';
        int line = 1;
        int i = 0;
        int n = text.length();
        while (i < n) {
            int startLine = line;
            List<String> fields = new ArrayList<>();
            StringBuilder field = new StringBuilder();
            boolean quoted = false;
            boolean lineHasContent = false;
            while (i < n) {
                char ch = text.charAt(i);
                if (quoted) {
                    if (ch == '"') {
                        if (i + 1 < n && text.charAt(i + 1) == '"') {
                            field.append('"');
                            i += 2;
                            continue;
                        }
                        quoted = false;
                        i++;
                        continue;
                    }
                    if (ch == '\n') {
                        line++;
                    }
                    field.append(ch);
                    i++;
                    continue;
                }
                if (ch == '"' && field.toString().isBlank()) {
                    quoted = true;
                    lineHasContent = true;
                    field.setLength(0);
                    i++;
                } else if (ch == sep) {
                    fields.add(field.toString());
                    field.setLength(0);
                    lineHasContent = true;
                    i++;
                } else if (ch == '\n' || ch == '\r') {
                    i++;
                    if (ch == '\r' && i < n && text.charAt(i) == '\n') {
                        i++;
                    }
                    line++;
                    break;
                } else {
                    field.append(ch);
                    if (!Character.isWhitespace(ch)) {
                        lineHasContent = true;
                    }
                    i++;
                }
            }
            if (quoted) {
                throw ValidationException.of(fileName + ":" + startLine + ": row", "\"", "a quoted field is never closed");
            }
            fields.add(field.toString());
            if (lineHasContent) {
                out.add(new Record(startLine, fields, sep));
            }
        }
        return out;
    }

    /**
     * Records every line after the first on which a value of {@code column} repeats, naming all the
     * lines it appears on ({@code FSR-DUPLICATE-LINES}); blank values are not compared.
     */
    public void requireUnique(String column, Violations v) {
        Map<String, List<Integer>> lines = new LinkedHashMap<>();
        for (CsvRow r : rows) {
            r.text(column).ifPresent(value -> lines.computeIfAbsent(value, k -> new ArrayList<>()).add(r.line()));
        }
        lines.forEach((value, at) -> {
            if (at.size() > 1) {
                String all = at.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(", "));
                for (int i = 1; i < at.size(); i++) {
                    v.addCoded("FSR-DUPLICATE-LINES", fileName + ":" + at.get(i) + ": " + column, value, all);
                }
            }
        });
    }

    /** The file name given at parsing. */
    public String fileName() {
        return fileName;
    }

    /** The number conventions, told by the separator. */
    public Dialect dialect() {
        return dialect;
    }

    /** The column names, in file order. */
    public List<String> header() {
        return header;
    }

    /** The data rows. */
    public List<CsvRow> rows() {
        return rows;
    }

    /**
     * Checks that the header has every required column and only known ones.
     *
     * @throws ValidationException listing the missing and the unknown columns
     */
    public void requireColumns(List<String> required, List<String> optional) {
        Violations v = new Violations();
        for (String r : required) {
            v.check(header.contains(r), fileName + ":1: header", r, "the required column is missing (expected " + String.join(",", required) + ")");
        }
        for (String h : header) {
            v.check(required.contains(h) || optional.contains(h), fileName + ":1: " + h, h, "unknown column");
        }
        v.throwIfAny();
    }
}
