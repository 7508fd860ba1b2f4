package it.fsr.core.csv;

import it.fsr.core.explain.CsvDialect;

import java.util.List;

/**
 * Writes CSV in the dialect its reader expects: {@link CsvDialect#PLAIN} ({@code ,} separator,
 * decimal point) or {@link CsvDialect#ITALIAN} ({@code ;} separator, decimal comma, no thousands
 * separator, so that Italian Excel opens it in columns and {@link NumberReader} reads it back to the same
 * values). A field with the separator, a quote or a line end is quoted. A text cell that a spreadsheet would run as a
 * formula (it begins with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return: {@code =HYPERLINK(…)},
 * {@code +cmd|'/C calc'!A0}) is neutralised with a leading apostrophe, as OWASP recommends for CSV injection; a number
 * ({@code -15.00}, {@code -15,00}) is left as it is, and fsr's readers read a neutralised cell back unchanged.
 * Stateless and thread-safe.
 */
public final class CsvWriter {

    private CsvWriter() {
    }

    /** The separator of a dialect. */
    public static char separator(CsvDialect dialect) {
        return dialect == CsvDialect.ITALIAN ? ';' : ',';
    }

    /** One cell: a plain decimal ({@code 1234.56}) gets a decimal comma in the Italian dialect; quoted when needed. */
    public static String cell(String value, CsvDialect dialect) {
        String v = value == null ? "" : value;
        if (dialect == CsvDialect.ITALIAN && plainDecimal(v)) {
            v = v.replace('.', ',');
        } else if (formulaLike(v)) {
            v = "'" + v;
        }
        char sep = separator(dialect);
        boolean quote = false;
        for (int i = 0; i < v.length() && !quote; i++) {
            char c = v.charAt(i);
            quote = c == sep || c == '"' || c == '\n' || c == '\r' || c == ';' && dialect == CsvDialect.PLAIN;
        }
        if (quote) {
            return "\"" + v.replace("\"", "\"\"") + "\"";
        }
        return v;
    }

    /** Whether a spreadsheet would read {@code v} as a formula: its first character, unless the cell is a number. */
    static boolean formulaLike(String v) {
        if (v.isEmpty()) {
            return false;
        }
        char c = v.charAt(0);
        if (c != '=' && c != '+' && c != '-' && c != '@' && c != '\t' && c != '\r') {
            return false;
        }
        return !number(v);
    }

    /** {@code -?digits[.,]digits} or {@code -?digits}: a number fsr writes, never neutralised. */
    private static boolean number(String v) {
        int i = v.charAt(0) == '-' ? 1 : 0;
        int digits = 0;
        boolean separator = false;
        for (; i < v.length(); i++) {
            char c = v.charAt(i);
            if (isAsciiDigit(c)) {
                digits++;
            } else if ((c == '.' || c == ',') && !separator && digits > 0) {
                separator = true;
            } else {
                return false;
            }
        }
        return digits > 0 && !(separator && (v.endsWith(".") || v.endsWith(",")));
    }

    /** A cell as written before {@link #cell} neutralised it: the leading apostrophe dropped from a formula-like text. */
    public static String unneutralised(String cell) {
        if (cell.length() >= 2 && cell.charAt(0) == '\'' && formulaLike(cell.substring(1))) {
            return cell.substring(1);
        }
        return cell;
    }

    /** Whether {@code v} is {@code -?digits.digits} (ASCII digits, the regex {@code -?\\d+\\.\\d+}), without a regex per cell. */
    static boolean plainDecimal(String v) {
        int i = v.startsWith("-") ? 1 : 0;
        int digitsBefore = 0;
        while (i < v.length() && isAsciiDigit(v.charAt(i))) {
            i++;
            digitsBefore++;
        }
        if (digitsBefore == 0 || i >= v.length() || v.charAt(i) != '.') {
            return false;
        }
        i++;
        int digitsAfter = 0;
        while (i < v.length() && isAsciiDigit(v.charAt(i))) {
            i++;
            digitsAfter++;
        }
        return digitsAfter > 0 && i == v.length();
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
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
