package it.fsr.core.validation;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects violations while an input is checked, then throws them all at once.
 *
 * <p>Not thread-safe: use one instance per validation, on one thread. Typical use:
 * <pre>{@code
 * Violations v = new Violations();
 * v.check(costs.signum() >= 0, "costs", costs, "must not be negative");
 * v.throwIfAny();
 * }</pre>
 */
public final class Violations {
    private final List<Violation> found = new ArrayList<>();
    /** Problems beyond {@link Limits#violations()}: counted, not kept (300,000 bad rows are one bounded report). */
    private long beyond;

    /** Records a violation when {@code condition} is false; returns {@code condition}. */
    public boolean check(boolean condition, String field, Object value, String message) {
        if (!condition) {
            add(field, value, message);
        }
        return condition;
    }

    /** Records a violation unconditionally. */
    public void add(String field, Object value, String message) {
        if (full()) {
            return;
        }
        found.add(Violation.of(field, value, message));
    }

    private boolean full() {
        if (found.size() >= Limits.violations()) {
            beyond++;
            return true;
        }
        return false;
    }

    /** Records a violation with a code of the catalog and its arguments (see {@link Violation#coded}). */
    public void addCoded(String code, String field, Object value, Object... args) {
        if (full()) {
            return;
        }
        found.add(Violation.coded(code, field, value, args));
    }

    /** Records a violation as it is. */
    public void add(Violation violation) {
        if (full()) {
            return;
        }
        found.add(it.fsr.core.validation.ValidationException.requireNonNull(violation, "violation"));
    }

    /** Records every violation of an exception thrown by a nested validation, with a field prefix. */
    public void addAll(String prefix, ValidationException nested) {
        for (Violation v : nested.violations()) {
            String field = prefix.isEmpty() ? v.field() : prefix + "." + v.field();
            if (!full()) {
                found.add(v.at(field));
            }
        }
    }

    /** Records a violation when {@code value} is null; returns whether it was present. */
    public boolean requireNonNull(Object value, String field) {
        return check(value != null, field, "null", "is required");
    }

    /** Whether nothing was found so far. */
    public boolean isEmpty() {
        return found.isEmpty();
    }

    /** The violations found so far, as an immutable copy. */
    public List<Violation> list() {
        return List.copyOf(found);
    }

    /** Throws a {@link ValidationException} with everything found, if anything was. */
    public void throwIfAny() {
        if (!found.isEmpty()) {
            if (beyond > 0) {
                List<Violation> all = new ArrayList<>(found);
                all.add(Violation.coded("FSR-TOO-MANY-PROBLEMS", "…", "", beyond, found.size()));
                throw new ValidationException(all);
            }
            throw new ValidationException(found);
        }
    }
}
