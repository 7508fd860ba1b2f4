package it.fsr.core.parameter;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A set of parameters: the defaults a module ships, overridden where the caller says (another region,
 * next year's DGR) without touching code.
 *
 * <pre>{@code
 * ParameterSet next = RipartoParameters.defaults()
 *     .with(RipartoParameters.MINIMUM_CONTRIBUTION,
 *           DatedValue.fromYear(Euro.parse("350.00"), 2026, "DGR XII/…/2026"));
 * }</pre>
 * Immutable and thread-safe: {@code with} returns a new set.
 */
public final class ParameterSet {
    private final Map<String, Parameter<?>> parameters;

    /** The flag keeps reflection-based binders off a one-argument constructor. */
    private ParameterSet(Map<String, Parameter<?>> parameters, boolean copy) {
        this.parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
    }

    /** A set of the given parameters. @throws IllegalArgumentException on a duplicate name */
    public static ParameterSet of(Collection<? extends Parameter<?>> parameters) {
        Map<String, Parameter<?>> map = new LinkedHashMap<>();
        for (Parameter<?> p : parameters) {
            if (map.put(p.key().name(), p) != null) {
                throw new IllegalArgumentException("duplicate parameter " + p.key().name());
            }
        }
        return new ParameterSet(map, true);
    }

    /** The union of several sets (later sets win on a name clash). */
    public static ParameterSet union(ParameterSet... sets) {
        Map<String, Parameter<?>> map = new LinkedHashMap<>();
        for (ParameterSet s : sets) {
            map.putAll(s.parameters);
        }
        return new ParameterSet(map, true);
    }

    /** The parameter with this key. @throws MissingParameterException if the set lacks it */
    @SuppressWarnings("unchecked")
    public <T> Parameter<T> parameter(ParameterKey<T> key) {
        Parameter<?> p = parameters.get(key.name());
        if (p == null) {
            throw new MissingParameterException(key.name(), "missing", "the parameter set has no such parameter");
        }
        return (Parameter<T>) p;
    }

    /** The value in force on {@code date}. */
    public <T> T valueOn(ParameterKey<T> key, LocalDate date) {
        return parameter(key).on(date).value();
    }

    /** The value in force for {@code year}. */
    public <T> T valueForYear(ParameterKey<T> key, int year) {
        return parameter(key).forYear(year).value();
    }

    /** The dated value (value, date, source) in force for {@code year}. */
    public <T> DatedValue<T> datedForYear(ParameterKey<T> key, int year) {
        return parameter(key).forYear(year);
    }

    /** The value published for exactly {@code year} (see {@link Parameter#forExactYear(int)}). */
    public <T> DatedValue<T> datedForExactYear(ParameterKey<T> key, int year) {
        return parameter(key).forExactYear(year);
    }

    /**
     * The one value in force over the whole window {@code [from, until]} (see
     * {@link Parameter#forWindow}).
     *
     * @throws MissingParameterException when no one value covers the window
     */
    public <T> DatedValue<T> datedForWindow(ParameterKey<T> key, LocalDate from, LocalDate until, String windowLabel) {
        return parameter(key).forWindow(from, until, windowLabel);
    }

    /** A copy in which {@code key} has {@code value} from its date on (other dates unchanged). */
    public <T> ParameterSet with(ParameterKey<T> key, DatedValue<T> value) {
        Map<String, Parameter<?>> map = new LinkedHashMap<>(parameters);
        Parameter<?> existing = map.get(key.name());
        map.put(key.name(), existing == null ? Parameter.of(key, value) : parameter(key).with(value));
        return new ParameterSet(map, true);
    }

    /** A copy in which {@code key} has exactly the given history. */
    public <T> ParameterSet replacing(Parameter<T> parameter) {
        Map<String, Parameter<?>> map = new LinkedHashMap<>(parameters);
        map.put(parameter.key().name(), parameter);
        return new ParameterSet(map, true);
    }

    /** Every parameter, in declaration order. */
    public List<Parameter<?>> all() {
        return new ArrayList<>(parameters.values());
    }
}
