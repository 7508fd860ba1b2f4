package it.fsr.core.csv;

import it.fsr.core.explain.CsvDialect;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Writes CSV in the dialect its reader expects: {@link CsvDialect#PLAIN} ({@code ,} separator,
 * decimal point) or {@link CsvDialect#ITALIAN} ({@code ;} separator, decimal comma, no thousands
 * separator, so that Italian Excel opens it in columns and {@link NumberReader} reads it back to the same
 * values). A field with the separator, a quote or a line end is quoted. Stateless and thread-safe.
 */
public final class CsvWriter {
    private static final Pattern PLAIN_DECIMAL = Pattern.compile("-?\\d+\\.\\d+");

    private CsvWriter() {
    }

    /** The separator of a dialect. */
    public static char separator(CsvDialect dialect) {
        return dialect == CsvDialect.ITALIAN ? ';' : ',';
    }

    /** One cell: a plain decimal ({@code 1234.56}) gets a decimal comma in the Italian dialect; quoted when needed. */
    public static String cell(String value, CsvDialect dialect) {
        String v = value == null ? "" : value;
        if (dialect == CsvDialect.ITALIAN && PLAIN_DECIMAL.matcher(v).matches()) {
            v = v.replace('.', ',');
        }
        char sep = separator(dialect);
        boolean quote = v.indexOf(sep) >= 0 || dialect == CsvDialect.PLAIN && v.indexOf(';') >= 0;
        if (quote || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
            return "\"" + v.replace("\"", "\"\"") + "\"";
        }
        return v;
    }

    /** One line (with its line end) of cells. */
    public static String line(List<String> cells, CsvDialect dialect) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                sb.append(separator(dialect));
            }
            sb.append(cell(cells.get(i), dialect));
        }
        return sb.append('\n').toString();
    }
}
