package it.fsr.inps;

import it.fsr.core.validation.ValidationException;
import it.fsr.core.validation.Violation;
import java.util.List;

/**
 * A codice fiscale checked by its control character: a person's 16 characters (D.M. 23 dicembre 1976, with the
 * omocodia substitutions of the digits) or an entity's 11 digits (D.P.R. 605/1973; the check digit of the
 * partita IVA's algorithm). Immutable, equal by value (upper case).
 *
 * <p>It is personal data: {@link #toString()} shows its first three characters only; {@link #value()} gives it.
 */
public final class CodiceFiscale {
    private static final int[] ODD = {1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23};
    private final String value;

    private CodiceFiscale(String value) {
        this.value = value;
    }

    /**
     * The codice fiscale {@code text} (spaces around it and lower case accepted).
     *
     * @param field the field as the user wrote it, for the error
     * @throws ValidationException FSR-CF-FORMAT or FSR-CF-CHECK
     */
    public static CodiceFiscale of(String text, String field) {
        String problem = problem(text);
        if (problem != null) {
            throw new ValidationException(List.of(Violation.coded(problem, field, mask(text))));
        }
        return new CodiceFiscale(text.trim().toUpperCase(java.util.Locale.ROOT));
    }

    /** The code of what is wrong with {@code text} (FSR-CF-FORMAT, FSR-CF-CHECK), or null when it is a codice fiscale. */
    public static String problem(String text) {
        if (text == null) {
            return "FSR-CF-FORMAT";
        }
        String t = text.trim().toUpperCase(java.util.Locale.ROOT);
        if (t.length() == 11 && t.chars().allMatch(c -> c >= '0' && c <= '9')) {
            int sum = 0;
            for (int i = 0; i < 10; i++) {
                int d = t.charAt(i) - '0';
                if (i % 2 == 1) {
                    d *= 2;
                    if (d > 9) {
                        d -= 9;
                    }
                }
                sum += d;
            }
            return (10 - sum % 10) % 10 == t.charAt(10) - '0' ? null : "FSR-CF-CHECK";
        }
        if (!t.matches("[A-Z]{6}[0-9LMNPQRSTUV]{2}[A-EHLMPR-T][0-9LMNPQRSTUV]{2}[A-Z][0-9LMNPQRSTUV]{3}[A-Z]")) {
            return "FSR-CF-FORMAT";
        }
        int sum = 0;
        for (int i = 0; i < 15; i++) {
            char c = t.charAt(i);
            int k = c >= '0' && c <= '9' ? c - '0' : c - 'A';
            sum += i % 2 == 0 ? ODD[k] : k;
        }
        return 'A' + sum % 26 == t.charAt(15) ? null : "FSR-CF-CHECK";
    }

    /** The first three characters and stars: what a message may show of a codice fiscale. */
    public static String mask(String text) {
        if (text == null) {
            return "";
        }
        String t = text.trim();
        return t.length() <= 3 ? "***" : t.substring(0, 3) + "*".repeat(Math.min(13, t.length() - 3));
    }

    /** The codice fiscale, upper case. */
    public String value() {
        return value;
    }

    /** Whether this is a person's (16 characters) rather than an entity's (11 digits). */
    public boolean person() {
        return value.length() == 16;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CodiceFiscale c && c.value.equals(value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    /** Masked: never the whole code. */
    @Override
    public String toString() {
        return mask(value);
    }
}
