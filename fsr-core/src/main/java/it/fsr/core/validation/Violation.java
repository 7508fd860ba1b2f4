package it.fsr.core.validation;

import java.util.Objects;

/**
 * One problem found in an input: the field it concerns, the value found there and why it is wrong.
 *
 * <p>Immutable and thread-safe.
 *
 * @param field   path of the field, e.g. {@code units[3].costs} or {@code reserveRate}; must not be null
 * @param value   the offending value as text ({@code "null"} when missing); must not be null
 * @param message why the value is wrong, in English; must not be null
 */
public record Violation(String field, String value, String message) {

    /** Checks that no component is null. */
    public Violation {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(message, "message");
    }

    /** The longest value rendered whole; a longer one is cut, with its length said. */
    public static final int MAX_VALUE_LENGTH = 80;

    /**
     * Creates a violation, rendering {@code value} with {@link String#valueOf(Object)}; a value longer
     * than {@value #MAX_VALUE_LENGTH} characters (a 10 MB field) is cut and its length said, so that an
     * error message stays readable.
     */
    public static Violation of(String field, Object value, String message) {
        String v = String.valueOf(value);
        if (v.length() > MAX_VALUE_LENGTH) {
            v = v.substring(0, MAX_VALUE_LENGTH) + "… (" + v.length() + " characters)";
        }
        return new Violation(field, v, message);
    }

    /** Renders as {@code field = value: message}. */
    @Override
    public String toString() {
        return field + " = " + value + ": " + message;
    }
}
