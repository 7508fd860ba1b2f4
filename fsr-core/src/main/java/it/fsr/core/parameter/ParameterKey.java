package it.fsr.core.parameter;

import java.util.Objects;

/**
 * The typed name of a parameter that a law, decree or DGR sets, e.g. {@code fsr.threshold.minimumContribution}.
 *
 * @param name        dotted unique name
 * @param type        the value's type (Euro, Rate, BigDecimal, Integer, String…)
 * @param description what it is, in English, one line
 * @param <T>         the value's type
 */
public record ParameterKey<T>(String name, Class<T> type, String description) {
    /** Checks for nulls. */
    public ParameterKey {
        it.fsr.core.validation.ValidationException.requireNonNull(name, "name");
        it.fsr.core.validation.ValidationException.requireNonNull(type, "type");
        it.fsr.core.validation.ValidationException.requireNonNull(description, "description");
    }

    /** Creates a key. */
    public static <T> ParameterKey<T> of(String name, Class<T> type, String description) {
        return new ParameterKey<>(name, type, description);
    }
}
