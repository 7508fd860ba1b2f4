package it.fsr.core.csv;

import it.fsr.core.explain.CsvDialect;

import it.fsr.core.validation.ValidationException;
import it.fsr.core.validation.Violation;
import it.fsr.core.validation.Violations;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A CSV file as Excel writes it, read whole: a header row and data rows.
 *
 * <p>UTF-8 text with an optional leading BOM; the separator is {@code ;} when the header contains one,
 * else {@code ,} (the Italian Excel dialect uses {@code ;} with decimal comma and point thousands:
 * {@link CsvDialect#ITALIAN}); fields may be quoted with {@code "} (a doubled quote inside is a quote;
 * quoted fields may span lines); blank lines are skipped; line ends are LF or CRLF. Problems are
 * reported all at once as violations whose field is {@code file:line: column}.
 *
 * <p>Immutable and thread-safe once read.
 */
public final class CsvTable {

    private final String fileName;
    private final CsvDialect dialect;
    private final List<String> header;
    private final List<CsvRow> rows;

    private CsvTable(String fileName, CsvDialect dialect, List<String> header, List<CsvRow> rows) {
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
        char sep = separator(text);
        CsvDialect dialect = sep == ';' ? CsvDialect.ITALIAN : CsvDialect.PLAIN;
        Violations v = new Violations();
        List<String> header = new ArrayList<>();
        Map<String, Integer> columns = new LinkedHashMap<>();
        List<CsvRow> rows = new ArrayList<>();
        Map<String, String> shared = new HashMap<>();
        int[] headerLine = {0};
        int[] dataRecords = {0};
        String[] headerText = {null};
        split(fileName, text, sep, (line, fields) -> {
            if (headerText[0] == null) {
                headerLine[0] = line;
                headerText[0] = String.join(String.valueOf(sep), fields);
                for (String h : fields) {
                    String name = h.strip();
                    if (name.isEmpty()) {
                        v.add(fileName + ":" + line + ": header", h, "a column has no name");
                    } else if (header.contains(name)) {
                        v.add(fileName + ":" + line + ": " + name, name, "the column appears twice in the header");
                    } else {
                        columns.put(name, header.size());
                    }
                    header.add(name);
                }
                return;
            }
            dataRecords[0]++;
            if (fields.size() != header.size()) {
                v.addCoded("FSR-CSV-FIELD-COUNT", fileName + ":" + line + ": row", fields.size(), header.size());
                return;
            }
            String[] values = new String[fields.size()];
            for (int c = 0; c < values.length; c++) {
                values[c] = canonical(fields.get(c).strip(), shared);
            }
            rows.add(new CsvRow(fileName, line, dialect, columns, values));
        });
        if (headerText[0] == null) {
            throw new ValidationException(List.of(Violation.coded("FSR-CSV-EMPTY", fileName + ":1: header", "")));
        }
        if (dataRecords[0] == 0) {
            v.addCoded("FSR-CSV-NO-ROWS", fileName + ":" + headerLine[0] + ": header", headerText[0]);
        }
        v.throwIfAny();
        return new CsvTable(fileName, dialect, header, rows);
    }

    /** Values a file repeats on many rows (codes, small numbers, yes/no) kept once; bounded. */
    private static String canonical(String value, Map<String, String> shared) {
        if (value.length() > 12) {
            return value;
        }
        String known = shared.get(value);
        if (known != null) {
            return known;
        }
        if (shared.size() < 65_536) {
            shared.put(value, value);
        }
        return value;
    }

    /** The separator, told by the header: the first line that is not blank. */
    private static char separator(String text) {
        int start = 0;
        while (start <= text.length()) {
            int end = text.indexOf('\n', start);
            String l = text.substring(start, end < 0 ? text.length() : end);
            if (!l.isBlank()) {
                return l.indexOf(';') >= 0 ? ';' : ',';
            }
            if (end < 0) {
                break;
            }
            start = end + 1;
        }
        return ',';
    }

    /** Receives each non-blank record: its first line and its fields. */
    private interface RecordSink {
        void accept(int line, List<String> fields);
    }

    private static void split(String fileName, String text, char sep, RecordSink out) {
        int line = 1;
        int i = 0;
        int n = text.length();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        while (i < n) {
            int startLine = line;
            fields.clear();
            field.setLength(0);
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
                out.accept(startLine, fields);
            }
        }
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
    public CsvDialect dialect() {
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
