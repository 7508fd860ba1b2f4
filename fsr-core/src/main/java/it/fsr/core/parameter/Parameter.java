package it.fsr.core.parameter;

import it.fsr.core.validation.ValidationException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A named parameter and its history: the values it has taken, each from a date, each with its source.
 *
 * <p>Lookup follows the OpenFisca convention: the value in force on a date is the one with the latest
 * {@code validFrom} not after that date. The value for a <em>year</em> is the one in force on 31
 * December of that year, so that an act adopted during the funding year (the FSR DGR of July) governs
 * that year's calculation. A value with a window ({@link DatedValue#validUntil()}) is in force on no date
 * after it: a later date with no newer value is a {@link MissingParameterException}. Immutable and
 * thread-safe.
 *
 * @param <T> the value's type
 */
public final class Parameter<T> {
    private final ParameterKey<T> key;
    private final List<DatedValue<T>> history;

    private Parameter(ParameterKey<T> key, List<DatedValue<T>> history) {
        this.key = key;
        List<DatedValue<T>> sorted = new ArrayList<>(history);
        sorted.sort(Comparator.comparing(DatedValue::validFrom));
        for (int i = 1; i < sorted.size(); i++) {
            if (sorted.get(i).validFrom().equals(sorted.get(i - 1).validFrom())) {
                throw ValidationException.of(key.name(), sorted.get(i).validFrom(),
                        "has two values in force from the same date");
            }
        }
        for (DatedValue<T> v : sorted) {
            if (!key.type().isInstance(v.value())) {
                throw ValidationException.of(key.name(), v.value(), "is not a " + key.type().getSimpleName());
            }
        }
        this.history = List.copyOf(sorted);
    }

    /** A parameter with the given values (any order). */
    @SafeVarargs
    public static <T> Parameter<T> of(ParameterKey<T> key, DatedValue<T>... values) {
        return new Parameter<>(key, List.of(values));
    }

    /** A parameter with the given values (any order). */
    public static <T> Parameter<T> of(ParameterKey<T> key, List<DatedValue<T>> values) {
        return new Parameter<>(key, values);
    }

    /** The key. */
    public ParameterKey<T> key() {
        return key;
    }

    /** Every value, oldest first. */
    public List<DatedValue<T>> history() {
        return history;
    }

    /**
     * The value in force on {@code date}, with its source: the latest value starting on or before it,
     * provided its window (if it has one) has not ended.
     *
     * @throws MissingParameterException naming the parameter and the date when none is in force
     */
    public DatedValue<T> on(LocalDate date) {
        DatedValue<T> found = latestFrom(date);
        if (found == null) {
            throw new MissingParameterException(key.name(), date, "no value in force on this date" + firstInForce());
        }
        if (!found.coversDate(date)) {
            throw new MissingParameterException(key.name(), date, "no value in force on this date (the last, " + found.source()
                    + ", applies until " + found.validUntil() + "): load the act for this period as a parameter");
        }
        return found;
    }

    /**
     * The value in force on {@code date}, or null when none is: for a parameter that is optional on some dates (read per
     * household in a batch, never through an exception).
     */
    public DatedValue<T> inForce(LocalDate date) {
        DatedValue<T> found = latestFrom(date);
        return found != null && found.coversDate(date) ? found : null;
    }

    private DatedValue<T> latestFrom(LocalDate date) {
        DatedValue<T> found = null;
        for (DatedValue<T> v : history) {
            if (!v.validFrom().isAfter(date)) {
                found = v;
            }
        }
        return found;
    }

    private String firstInForce() {
        return history.isEmpty() ? "" : " (first in force from " + history.get(0).validFrom() + ")";
    }

    /**
     * The value in force for a whole window {@code [from, until]}: one value whose validity covers both
     * ends (a service year, an application window).
     *
     * @throws MissingParameterException naming the parameter and the window when no one value covers it
     */
    DatedValue<T> forWindow(LocalDate from, LocalDate until, String windowLabel) {
        DatedValue<T> found = latestFrom(from);
        if (found == null || !found.coversDate(from) || !found.coversDate(until) || latestFrom(until) != found) {
            throw new MissingParameterException(key.name(), windowLabel, "no value known for this period"
                    + (found == null ? firstInForce() : " (the last loaded, " + found.source() + ", "
                    + (found.validUntil() == null ? "starts " + found.validFrom() : "covers " + found.validFrom() + " to " + found.validUntil())
                    + ")") + ": load the act for this period as a parameter");
        }
        return found;
    }

    /** The value in force for a year (on 31 December of it). */
    DatedValue<T> forYear(int year) {
        try {
            return on(LocalDate.of(year, 12, 31));
        } catch (MissingParameterException e) {
            throw new MissingParameterException(key.name(), year, "no value in force for this year" + firstInForce());
        }
    }

    /**
     * The value that takes effect in {@code year} itself — for yearly figures that do not carry over
     * (a year's published number of users), unlike {@code forYear}.
     *
     * @throws MissingParameterException naming the parameter and the year when no value starts in that year
     */
    DatedValue<T> forExactYear(int year) {
        DatedValue<T> found = null;
        for (DatedValue<T> v : history) {
            if (v.validFrom().getYear() == year) {
                found = v;
            }
        }
        if (found == null) {
            throw new MissingParameterException(key.name(), year, "no value published for this year");
        }
        return found;
    }

    /** A copy with {@code value} added, replacing any value from the same date. */
    Parameter<T> with(DatedValue<T> value) {
        List<DatedValue<T>> next = new ArrayList<>();
        for (DatedValue<T> v : history) {
            if (!v.validFrom().equals(value.validFrom())) {
                next.add(v);
            }
        }
        next.add(value);
        return new Parameter<>(key, next);
    }

    /**
     * A copy in which {@code top} wins over the days of its window: values of this history that start in
     * the window go, one that runs into it ends the day before, and the value in force the day after the
     * window's end (if any) resumes from that day with its own source.
     */
    Parameter<T> overlaid(DatedValue<T> top) {
        return overlaid(top, top.validUntil());
    }

    /**
     * As {@link #overlaid(DatedValue)}, {@code top} covering the days up to {@code until} (an open value of a file
     * followed by a later one of the same file covers the days until that one starts, and keeps its open form).
     */
    Parameter<T> overlaid(DatedValue<T> top, LocalDate until) {
        LocalDate from = top.validFrom();
        LocalDate after = until == null ? null : until.plusDays(1);
        DatedValue<T> resume = null;
        if (after != null) {
            DatedValue<T> found = latestFrom(after);
            if (found != null && found.coversDate(after) && !found.validFrom().equals(after)) {
                resume = new DatedValue<>(found.value(), after, found.validUntil(), found.source(), found.address());
            }
        }
        List<DatedValue<T>> next = new ArrayList<>();
        for (DatedValue<T> v : history) {
            if (v.validFrom().isBefore(from)) {
                next.add(v.validUntil() != null && !v.validUntil().isBefore(from)
                        ? new DatedValue<>(v.value(), v.validFrom(), from.minusDays(1), v.source(), v.address()) : v);
            } else if (until != null && v.validFrom().isAfter(until)) {
                next.add(v);
            }
        }
        next.add(top);
        if (resume != null) {
            next.add(resume);
        }
        return new Parameter<>(key, next);
    }

    @Override
    public String toString() {
        return key.name() + history;
    }

    /** Equal when the key and every dated value are. */
    @Override
    public boolean equals(Object o) {
        return o instanceof Parameter<?> p && p.key.equals(key) && p.history.equals(history);
    }

    @Override
    public int hashCode() {
        return key.hashCode() * 31 + history.hashCode();
    }
}
