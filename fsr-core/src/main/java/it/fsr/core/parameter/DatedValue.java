package it.fsr.core.parameter;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A parameter's value, the date from which it is in force, and the act that sets it.
 *
 * @param value     the value; must not be null
 * @param validFrom the first day on which it is in force
 * @param source    the legal source: law, article, comma; DGR number and date; Avviso paragraph
 * @param <T>       the value's type
 */
public record DatedValue<T>(T value, LocalDate validFrom, String source) {
    /** Checks for nulls. */
    public DatedValue {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(validFrom, "validFrom");
        Objects.requireNonNull(source, "source");
    }

    /** A value in force from 1 January of {@code year}. */
    public static <T> DatedValue<T> fromYear(T value, int year, String source) {
        return new DatedValue<>(value, LocalDate.of(year, 1, 1), source);
    }

    /** A value in force from {@code validFrom}. */
    public static <T> DatedValue<T> from(T value, LocalDate validFrom, String source) {
        return new DatedValue<>(value, validFrom, source);
    }
}
