package it.fsr.core.csv;

import it.fsr.core.explain.CsvDialect;

import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The one reader of numbers typed in a CSV file, strict: a number is read only when an Italian reader
 * and a plain reader could not disagree on it.
 *
 * <ul>
 *   <li>In a {@code ;} file ({@link CsvDialect#ITALIAN}): decimal comma; a {@code .} separates
 *       thousands only before groups of exactly three digits: {@code 65.000} is 65000 and
 *       {@code 422.430,60} is 422430.60, while {@code 65.0}, {@code 1.5} and {@code 4.0} are
 *       <em>ambiguous</em> (code {@code FSR-CSV-AMBIGUOUS-NUMBER}) — the user may have meant 1,5 or 15.</li>
 *   <li>In a {@code ,} file ({@link CsvDialect#PLAIN}): decimal point, no thousands separator; a
 *       {@code ,} inside a number (a quoted {@code "1,5"}) is an error ({@code FSR-CSV-COMMA-IN-NUMBER}).</li>
 *   <li>A whole-number column refuses any decimal, even {@code ,0} ({@code FSR-CSV-DECIMAL-IN-INTEGER}); an
 *       amount column refuses more than two decimals ({@code FSR-CSV-TOO-MANY-DECIMALS}); an amount may
 *       carry {@code €} or {@code EUR}, a percentage a trailing {@code %}.</li>
 * </ul>
 * Stateless and thread-safe.
 */
public final class NumberReader {
    /** What a column holds. */
    public enum Kind {
        /** A whole number (ages, days, people, places). */
        INTEGER,
        /** A decimal (FTE workers, scales, indicator values). */
        DECIMAL,
        /** A euro amount, at most two decimals. */
        AMOUNT,
        /** A percentage, {@code 28,88%} or {@code 28,88}. */
        PERCENT
    }

    /**
     * The outcome: a value, or a problem's code and arguments.
     *
     * @param value the number read, or null when the text is refused
     * @param code  the problem's code when refused, else null
     * @param args  the arguments of the problem's message
     */
    public record Reading(BigDecimal value, String code, List<Object> args) {
        /** Whether the text was read. */
        public boolean ok() {
            return value != null;
        }
    }

    private static final int MAX_LENGTH = 40;
    private static final Pattern ITALIAN_GROUPED = Pattern.compile("\\d{1,3}(\\.\\d{3})+");

    private NumberReader() {
    }

    /** Reads {@code raw} (already non-blank) as a number of {@code kind} in {@code dialect}. */
    public static Reading read(String raw, CsvDialect dialect, Kind kind) {
        BigDecimal simple = simple(raw, dialect == CsvDialect.ITALIAN ? ',' : '.', kind);
        return simple != null ? new Reading(simple, null, List.of()) : general(raw, dialect, kind);
    }

    /** The whole grammar; {@link #read} gives the same reading for the simple cells it reads itself (a property test). */
    static Reading general(String raw, CsvDialect dialect, Kind kind) {
        String s = raw.strip();
        if (kind == Kind.AMOUNT) {
            s = stripEuro(s);
        } else if (kind == Kind.PERCENT && s.endsWith("%")) {
            s = s.substring(0, s.length() - 1).strip();
        }
        if (s.length() > MAX_LENGTH || s.isEmpty()) {
            return refuse("FSR-CSV-NOT-A-NUMBER", kind);
        }
        boolean negative = s.startsWith("-");
        String body = negative ? s.substring(1) : s;
        String intPart;
        String fraction;
        if (dialect == CsvDialect.ITALIAN) {
            int comma = body.indexOf(',');
            intPart = comma < 0 ? body : body.substring(0, comma);
            fraction = comma < 0 ? null : body.substring(comma + 1);
            if (intPart.indexOf('.') >= 0) {
                if (!ITALIAN_GROUPED.matcher(intPart).matches()) {
                    return onlyDigitsAndSeparators(body) ? refuse("FSR-CSV-AMBIGUOUS-NUMBER") : refuse("FSR-CSV-NOT-A-NUMBER", kind);
                }
                intPart = intPart.replace(".", "");
            }
        } else {
            if (body.indexOf(',') >= 0) {
                return onlyDigitsAndSeparators(body) ? refuse("FSR-CSV-COMMA-IN-NUMBER") : refuse("FSR-CSV-NOT-A-NUMBER", kind);
            }
            int point = body.indexOf('.');
            intPart = point < 0 ? body : body.substring(0, point);
            fraction = point < 0 ? null : body.substring(point + 1);
        }
        if (!digits(intPart) || fraction != null && !digits(fraction)) {
            return refuse("FSR-CSV-NOT-A-NUMBER", kind);
        }
        if (fraction != null && kind == Kind.INTEGER) {
            return refuse("FSR-CSV-DECIMAL-IN-INTEGER");
        }
        if (fraction != null && kind == Kind.AMOUNT && fraction.length() > 2) {
            return refuse("FSR-CSV-TOO-MANY-DECIMALS");
        }
        BigDecimal value = fraction == null && intPart.length() <= 18 ? BigDecimal.valueOf(Long.parseLong(intPart))
                : new BigDecimal(fraction == null ? intPart : intPart + "." + fraction);
        return new Reading(negative ? value.negate() : value, null, List.of());
    }

    /**
     * The common cell — digits, optionally the dialect's decimal mark and at most nine decimals (two for an
     * amount, none for a whole number) — read straight into its value, which is what the general path below
     * gives for it; null for any other text, which the general path reads.
     */
    private static BigDecimal simple(String raw, char mark, Kind kind) {
        int n = raw.length();
        if (n == 0 || n > 18) {
            return null;
        }
        long unscaled = 0;
        int scale = -1;
        int digitsBefore = 0;
        for (int i = 0; i < n; i++) {
            char c = raw.charAt(i);
            if (c >= '0' && c <= '9') {
                unscaled = unscaled * 10 + (c - '0');
                if (scale >= 0) {
                    scale++;
                } else {
                    digitsBefore++;
                }
            } else if (c == mark && scale < 0 && digitsBefore > 0) {
                scale = 0;
            } else {
                return null;
            }
        }
        if (scale == 0 || scale > 9 || scale > 0 && kind == Kind.INTEGER || scale > 2 && kind == Kind.AMOUNT) {
            return null;
        }
        return BigDecimal.valueOf(unscaled, Math.max(scale, 0));
    }

    /** One or more ASCII digits (what the regex {@code \\d+} matches), without a regex per cell. */
    private static boolean digits(String s) {
        if (s.isEmpty()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private static boolean onlyDigitsAndSeparators(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!(c >= '0' && c <= '9') && c != '.' && c != ',') {
                return false;
            }
        }
        return true;
    }

    private static String stripEuro(String s) {
        String t = s;
        if (t.startsWith("€")) {
            t = t.substring(1).strip();
        } else if (t.regionMatches(true, 0, "EUR", 0, 3)) {
            t = t.substring(3).strip();
        }
        if (t.endsWith("€")) {
            t = t.substring(0, t.length() - 1).strip();
        } else if (t.length() >= 3 && t.regionMatches(true, t.length() - 3, "EUR", 0, 3)) {
            t = t.substring(0, t.length() - 3).strip();
        }
        return t;
    }

    private static Reading refuse(String code) {
        return new Reading(null, code, List.of());
    }

    /** A percentage that is not a number says so in the percentage's words. */
    private static Reading refuse(String code, Kind kind) {
        return refuse(kind == Kind.PERCENT && code.equals("FSR-CSV-NOT-A-NUMBER") ? "FSR-PERCENT-INVALID" : code);
    }
}
