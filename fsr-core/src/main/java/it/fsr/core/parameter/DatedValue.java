package it.fsr.core.parameter;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A parameter's value, the date from which it is in force, the last day of its window when the act sets
 * one, and the act that sets it.
 *
 * <p>A value with no {@code validUntil} stays in force until the next value of the same parameter (a
 * law's rate "from 2030"); a value with one (a yearly regional act for one service year) applies to
 * no date after it, even when no newer value is loaded: asking for a later date is a
 * {@link MissingParameterException}, never the old value carried over.
 *
 * @param value      the value; must not be null
 * @param validFrom  the first day on which it is in force
 * @param validUntil the last day on which it is in force, or null for "until replaced"
 * @param source     the legal source: law, article, comma; DGR number and date; Avviso paragraph
 * @param address    the public address of the act (an URL), or empty when none is known
 * @param <T>        the value's type
 */
public record DatedValue<T>(T value, LocalDate validFrom, LocalDate validUntil, String source, String address) {
    /** Checks for nulls and that the window is not empty. */
    public DatedValue {
        it.fsr.core.validation.ValidationException.requireNonNull(value, "value");
        it.fsr.core.validation.ValidationException.requireNonNull(validFrom, "validFrom");
        it.fsr.core.validation.ValidationException.requireNonNull(source, "source");
        it.fsr.core.validation.ValidationException.requireNonNull(address, "address");
        if (validUntil != null && validUntil.isBefore(validFrom)) {
            throw it.fsr.core.validation.ValidationException.of("validUntil", validUntil, "is before validFrom " + validFrom);
        }
    }

    /** A value with its window and source, and no address. */
    private DatedValue(T value, LocalDate validFrom, LocalDate validUntil, String source) {
        this(value, validFrom, validUntil, source, "");
    }

    /** A value in force from {@code validFrom} until replaced. */
    private DatedValue(T value, LocalDate validFrom, String source) {
        this(value, validFrom, null, source);
    }

    /** A value in force from {@code validFrom} to {@code validUntil} inclusive, and on no other day. */
    public static <T> DatedValue<T> window(T value, LocalDate validFrom, LocalDate validUntil, String source) {
        return new DatedValue<>(value, validFrom, it.fsr.core.validation.ValidationException.requireNonNull(validUntil, "validUntil"), source);
    }

    /** Whether this value is in force on {@code date} (on or after its start, not after its window's end). */
    boolean coversDate(LocalDate date) {
        return !date.isBefore(validFrom) && (validUntil == null || !date.isAfter(validUntil));
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
