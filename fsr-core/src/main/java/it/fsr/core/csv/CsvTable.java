package it.fsr.core.csv;

import it.fsr.core.explain.CsvDialect;

import it.fsr.core.validation.ValidationException;
import it.fsr.core.validation.Violations;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A CSV file as Excel writes it, read whole: a header row and data rows (read by {@link CsvStream}, the one
 * reader, which a batch uses row by row).
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
     * Reads CSV text whose header may follow comment lines ({@code #…}: a data file's act and sources), as the parameter
     * files are written; the comments become blank lines, so line numbers stay the file's.
     */
    public static CsvTable parseCommented(String fileName, String content) {
        return parse(fileName, stripComments(content));
    }

    /** Comment lines ({@code #…}) before the header become blank lines, so line numbers stay the file's. */
    public static String stripComments(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean header = false;
        for (String line : text.split("\n", -1)) {
            if (!header && line.stripLeading().startsWith("#")) {
                out.append('\n');
                continue;
            }
            if (!line.isBlank()) {
                header = true;
            }
            out.append(line).append('\n');
        }
        return out.toString();
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
        Violations v = new Violations();
        List<CsvRow> rows = new ArrayList<>();
        CsvStream.Header h = CsvStream.read(fileName, new java.io.StringReader(content), v, rows::add, true);
        if (h == null) {
            throw new ValidationException(v.list());
        }
        v.throwIfAny();
        return new CsvTable(fileName, h.dialect(), h.columns(), rows);
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
        duplicateLines(fileName, column, lines, v);
    }

    /**
     * Records, for each value of {@code column} found on more than one line, every line after the first,
     * naming all of them ({@code FSR-DUPLICATE-LINES}); a reader that keeps no table collects the lines itself.
     */
    public static void duplicateLines(String fileName, String column, Map<String, List<Integer>> linesByValue, Violations v) {
        linesByValue.forEach((value, at) -> {
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
        CsvStream.checkColumns(fileName, header, required, optional, v);
        v.throwIfAny();
    }
}
