package it.fsr.core.money;

import it.fsr.core.validation.ValidationException;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Parsing and formatting of euro amounts, plain ({@code 422430.60}) and Italian ({@code 422.430,60}).
 *
 * <p><b>Grammar accepted by {@link #parse(String)}</b>, after trimming and removing an optional euro
 * sign ({@code €} or {@code EUR}, before or after, with or without a space) and an optional leading
 * minus:
 * <ul>
 *   <li>plain: digits, optionally a point and one or two decimals: {@code 422430.60}, {@code 12.5};</li>
 *   <li>Italian: digits grouped by points in threes, optionally a comma and one or two decimals:
 *       {@code 422.430,60}, {@code 1.000}, {@code 12,5};</li>
 *   <li>English grouped: digits grouped by commas in threes with a point and decimals:
 *       {@code 422,430.60}.</li>
 * </ul>
 * Text with a single separator followed by exactly three digits ({@code 1.005}, {@code 1,005}: one
 * thousand and five to an Italian, one euro and half a cent to others) is <em>ambiguous</em> and
 * rejected, as is anything else
 * ({@code 12,3,4}, {@code 1e5}, {@code NaN}, the empty string, three decimals): the error names the
 * text and says what was expected. Use {@link #parseItalian(String)} or {@link #parsePlain(String)}
 * when the dialect is known (a CSV file with {@code ;} separators is Italian).
 *
 * <p>Stateless and thread-safe.
 */
public final class EuroFormat {
    private static final Pattern PLAIN = Pattern.compile("\\d+(\\.\\d{1,2})?");
    private static final Pattern ITALIAN = Pattern.compile("([1-9]\\d{0,2}(\\.\\d{3})+|\\d+)(,\\d{1,2})?");
    private static final Pattern ENGLISH_GROUPED = Pattern.compile("[1-9]\\d{0,2}(,\\d{3})+(\\.\\d{1,2})?");
    /** One separator followed by exactly three digits: thousands to an Italian, decimals to others. */
    private static final Pattern AMBIGUOUS = Pattern.compile("[1-9]\\d{0,2}[.,]\\d{3}");
    /** No supported amount, with separators and sign, is longer than this. */
    private static final int MAX_LENGTH = 40;
    private static final Pattern NUMERIC_CHARS = Pattern.compile("-?[0-9.,]+");
    private static final String EXPECTED =
            "is not a euro amount: expected e.g. 422430.60, 422.430,60 or € 422.430,60 (at most two decimals)";

    private EuroFormat() {
    }

    /** Parses any unambiguous form (see the class documentation). */
    public static Euro parse(String text) {
        String body = strip(text);
        boolean negative = body.startsWith("-");
        String digits = negative ? body.substring(1) : body;
        if (AMBIGUOUS.matcher(digits).matches()) {
            throw ValidationException.of("amount", text,
                    "is ambiguous: write 1005.00 (plain) or 1.005,00 (Italian) to say which");
        }
        BigDecimal plain = PLAIN.matcher(digits).matches() ? new BigDecimal(digits) : null;
        BigDecimal italian = ITALIAN.matcher(digits).matches() ? italianValue(digits) : null;
        BigDecimal english = ENGLISH_GROUPED.matcher(digits).matches() ? new BigDecimal(digits.replace(",", "")) : null;
        BigDecimal value = null;
        for (BigDecimal candidate : new BigDecimal[] {plain, italian, english}) {
            if (candidate == null) {
                continue;
            }
            if (value != null && value.compareTo(candidate) != 0) {
                throw ValidationException.of("amount", text,
                        "is ambiguous: write 1005.00 (plain) or 1.005,00 (Italian) to say which");
            }
            value = candidate;
        }
        if (value == null) {
            throw ValidationException.of("amount", text, EXPECTED);
        }
        return toEuro(negative ? value.negate() : value, text);
    }

    /** The amount, or the error naming the text as the user wrote it. */
    private static Euro toEuro(BigDecimal value, String text) {
        try {
            return Euro.of(value);
        } catch (ValidationException e) {
            throw ValidationException.of("amount", text, e.violations().get(0).message());
        }
    }

    /** Parses the Italian form only: {@code 422.430,60}, {@code 422430,60}, {@code € 1.000}. */
    public static Euro parseItalian(String text) {
        String body = strip(text);
        boolean negative = body.startsWith("-");
        String digits = negative ? body.substring(1) : body;
        if (!ITALIAN.matcher(digits).matches()) {
            throw ValidationException.of("amount", text, "is not a euro amount in the Italian form (e.g. 422.430,60)");
        }
        BigDecimal value = italianValue(digits);
        return toEuro(negative ? value.negate() : value, text);
    }

    /** Parses the plain form only: {@code 422430.60}. */
    public static Euro parsePlain(String text) {
        String body = strip(text);
        boolean negative = body.startsWith("-");
        String digits = negative ? body.substring(1) : body;
        if (!PLAIN.matcher(digits).matches()) {
            throw ValidationException.of("amount", text, "is not a plain euro amount (e.g. 422430.60)");
        }
        BigDecimal value = new BigDecimal(digits);
        return toEuro(negative ? value.negate() : value, text);
    }

    private static BigDecimal italianValue(String digits) {
        return new BigDecimal(digits.replace(".", "").replace(',', '.'));
    }

    private static String strip(String text) {
        if (text == null) {
            throw ValidationException.of("amount", "null", "is required");
        }
        String s = text.strip();
        if (s.startsWith("€")) {
            s = s.substring(1).strip();
        } else if (s.toUpperCase(Locale.ROOT).startsWith("EUR")) {
            s = s.substring(3).strip();
        }
        if (s.endsWith("€")) {
            s = s.substring(0, s.length() - 1).strip();
        } else if (s.toUpperCase(Locale.ROOT).endsWith("EUR")) {
            s = s.substring(0, s.length() - 3).strip();
        }
        if (s.startsWith("-€")) {
            s = "-" + s.substring(2).strip();
        }
        if (s.isEmpty()) {
            throw ValidationException.of("amount", text, "is empty: expected e.g. 422430.60, 422.430,60 or € 422.430,60");
        }
        if (s.length() > MAX_LENGTH) {
            // never hand a huge string to BigDecimal: no supported amount is this long
            boolean numeric = NUMERIC_CHARS.matcher(s).matches();
            throw ValidationException.of("amount", text, numeric ? "exceeds the largest supported amount of 1000000000000.00 euro" : EXPECTED);
        }
        return s;
    }

    /** The plain form: {@code 422430.60}, {@code -0.05}, {@code 0.00}. */
    static String plain(Euro amount) {
        // BigDecimal.valueOf(cents, 2).toPlainString(), written directly: a report writes millions of them
        long cents = amount.cents();
        long abs = Math.abs(cents);
        long rest = abs % 100;
        return (cents < 0 ? "-" : "") + abs / 100 + (rest < 10 ? ".0" : ".") + rest;
    }

    /** The Italian form with thousands points: {@code 422.430,60}, {@code -1.000,00}. */
    public static String italian(Euro amount) {
        return grouped(amount, '.', ',');
    }

    /** The English form with thousands commas: {@code 422,430.60}. */
    private static String english(Euro amount) {
        return grouped(amount, ',', '.');
    }

    /** The form a report uses in the given language: Italian for {@code it}, English otherwise, with €. */
    public static String forLocale(Euro amount, Locale locale) {
        return "it".equals(locale.getLanguage()) ? "€ " + italian(amount) : "€" + english(amount);
    }

    private static String grouped(Euro amount, char group, char decimal) {
        long c = amount.cents();
        long abs = Math.abs(c);
        String whole = Long.toString(abs / 100);
        StringBuilder sb = new StringBuilder(whole.length() + 8);
        if (c < 0) {
            sb.append('-');
        }
        int first = whole.length() % 3 == 0 ? 3 : whole.length() % 3;
        sb.append(whole, 0, first);
        for (int i = first; i < whole.length(); i += 3) {
            sb.append(group).append(whole, i, i + 3);
        }
        long frac = abs % 100;
        sb.append(decimal).append((char) ('0' + frac / 10)).append((char) ('0' + frac % 10));
        return sb.toString();
    }
}
