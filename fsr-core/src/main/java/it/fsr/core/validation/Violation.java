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

    /** Creates a violation, rendering {@code value} with {@link String#valueOf(Object)}. */
    public static Violation of(String field, Object value, String message) {
        return new Violation(field, String.valueOf(value), message);
    }

    /** Renders as {@code field = value: message}. */
    @Override
    public String toString() {
        return field + " = " + value + ": " + message;
    }
}
