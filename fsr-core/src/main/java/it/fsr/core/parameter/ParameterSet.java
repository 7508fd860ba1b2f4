package it.fsr.core.parameter;

import it.fsr.core.validation.ValidationException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A set of parameters: the values a module ships (each read from a parameters file of its own, one per act
 * or topic), overlaid where the caller says — another region, next year's DGR — by a file of the same
 * format, never by a code change:
 *
 * <pre>{@code
 * ParameterSet next = RipartoParameters.defaults().withOverlay(Path.of("dgr-2026.csv"));
 * }</pre>
 *
 * <p>The file format (the table {@code fsr params} prints): {@code name,value,valid_from,valid_until,source}
 * (Italian {@code parametro,valore,dal,al,fonte}), an optional {@code address}, either CSV dialect, dates ISO
 * or {@code gg/mm/aaaa}, amounts in the file's dialect, rates with {@code %}. A set knows the keys of its
 * module (also those with no value yet, such as a yearly rate the caller loads), so that a file naming an
 * unknown parameter, or a value of the wrong type, is refused with every problem listed.
 *
 * <p>Immutable and thread-safe: {@code with} and {@code withOverlay} return a new set.
 */
public final class ParameterSet {
    private final Map<String, ParameterKey<?>> keys;
    private final Map<String, Parameter<?>> parameters;

    private ParameterSet(Map<String, ParameterKey<?>> keys, Map<String, Parameter<?>> parameters) {
        Map<String, ParameterKey<?>> all = new LinkedHashMap<>(keys);
        parameters.values().forEach(p -> all.putIfAbsent(p.key().name(), p.key()));
        this.keys = Collections.unmodifiableMap(all);
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
        return new ParameterSet(Map.of(), map);
    }

    /** A set that knows these keys and holds no value yet (the catalogue a file is read against). */
    public static ParameterSet ofKeys(Collection<? extends ParameterKey<?>> keys) {
        Map<String, ParameterKey<?>> known = new LinkedHashMap<>();
        for (ParameterKey<?> k : keys) {
            if (known.put(k.name(), k) != null) {
                throw new IllegalArgumentException("duplicate parameter " + k.name());
            }
        }
        return new ParameterSet(known, Map.of());
    }

    /**
     * The parameters a module ships: its keys, with the values of its parameters files (read in order; a later
     * file wins for the windows it covers). The module opens its own resources ({@code opener}, e.g.
     * {@code name -> MyParameters.class.getResourceAsStream(name)}), so the files stay encapsulated in its module.
     *
     * @param opener    opens a file by name, null when absent
     * @param keys      the parameters the files may name (every key of the module, with or without a value)
     * @param resources the files' names
     * @throws IllegalStateException when a shipped file is missing or has a problem (a defect of fsr, listed whole)
     */
    public static ParameterSet fromResources(java.util.function.Function<String, java.io.InputStream> opener,
            Collection<? extends ParameterKey<?>> keys, String... resources) {
        ParameterSet set = ofKeys(keys);
        for (String r : resources) {
            try (java.io.InputStream in = opener.apply(r)) {
                if (in == null) {
                    throw new IllegalStateException("parameters file " + r + " is missing");
                }
                set = set.withOverlay(r, new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
            } catch (java.io.IOException e) {
                throw new IllegalStateException("parameters file " + r + " cannot be read", e);
            } catch (ValidationException e) {
                throw new IllegalStateException("parameters file " + r + ": " + e.violations(), e);
            }
        }
        return set;
    }

    /**
     * This set overlaid with a parameters file: for each value in the file, the file wins over the days of
     * its window (a value of this set that goes on past the window's end resumes after it).
     *
     * @throws ValidationException listing every problem of the file; this set is unchanged
     */
    public ParameterSet withOverlay(Path file) {
        String text;
        try {
            if (Files.size(file) > MAX_FILE_BYTES) {
                throw ValidationException.of(file.toString(), Files.size(file) + " bytes", "is too large for a parameters file");
            }
            text = Files.readString(file, java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.nio.charset.MalformedInputException e) {
            text = null;
        } catch (java.io.IOException e) {
            throw ValidationException.of(file.toString(), "", "cannot be read");
        }
        if (text == null) {
            try {
                text = new String(Files.readAllBytes(file), java.nio.charset.Charset.forName("windows-1252"));
            } catch (java.io.IOException e) {
                throw ValidationException.of(file.toString(), "", "cannot be read");
            }
        }
        return withOverlay(file.getFileName() == null ? file.toString() : file.getFileName().toString(), text);
    }

    /** This set overlaid with the text of a parameters file named {@code fileName} (see {@link #withOverlay(Path)}). */
    public ParameterSet withOverlay(String fileName, Reader text) {
        StringBuilder b = new StringBuilder();
        char[] buffer = new char[8192];
        try {
            for (int n; (n = text.read(buffer)) > 0; ) {
                b.append(buffer, 0, n);
                if (b.length() > MAX_FILE_BYTES) {
                    throw ValidationException.of(fileName, "", "is too large for a parameters file");
                }
            }
        } catch (java.io.IOException e) {
            throw ValidationException.of(fileName, "", "cannot be read");
        }
        return withOverlay(fileName, b.toString());
    }

    private static final int MAX_FILE_BYTES = 4 * 1024 * 1024;

    private ParameterSet withOverlay(String fileName, String text) {
        String t = text.startsWith("\uFEFF") ? text.substring(1) : text;
        return withOverlay(ParameterSet.of(ParameterFile.read(fileName, t, keys)));
    }

    /** This set overlaid with {@code other}: each of its values wins over the days of its window. */
    public ParameterSet withOverlay(ParameterSet other) {
        Map<String, ParameterKey<?>> k = new LinkedHashMap<>(keys);
        other.keys.forEach(k::putIfAbsent);
        Map<String, Parameter<?>> map = new LinkedHashMap<>(parameters);
        for (Parameter<?> p : other.parameters.values()) {
            map.put(p.key().name(), overlay(map.get(p.key().name()), p));
        }
        return new ParameterSet(k, map);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Parameter<?> overlay(Parameter<?> base, Parameter<?> top) {
        if (base == null) {
            return top;
        }
        Parameter result = base;
        List<? extends DatedValue<?>> h = top.history();
        for (int i = 0; i < h.size(); i++) {
            DatedValue<?> v = h.get(i);
            LocalDate until = v.validUntil() == null && i + 1 < h.size() ? h.get(i + 1).validFrom().minusDays(1) : v.validUntil();
            result = result.overlaid((DatedValue) v, until);
        }
        return result;
    }

    /** The union of several sets (later sets win on a name clash). */
    public static ParameterSet union(ParameterSet... sets) {
        Map<String, ParameterKey<?>> k = new LinkedHashMap<>();
        Map<String, Parameter<?>> map = new LinkedHashMap<>();
        for (ParameterSet s : sets) {
            k.putAll(s.keys);
            map.putAll(s.parameters);
        }
        return new ParameterSet(k, map);
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

    /** The dated value (value, date, source) in force for {@code year}: the one in force on 31 December of it. */
    public <T> DatedValue<T> datedForYear(ParameterKey<T> key, int year) {
        return parameter(key).forYear(year);
    }

    /**
     * The value that takes effect in {@code year} itself — for yearly figures that do not carry over (a year's
     * published number of users), unlike {@link #datedForYear}.
     *
     * @throws MissingParameterException naming the parameter and the year when no value starts in that year
     */
    public <T> DatedValue<T> datedForExactYear(ParameterKey<T> key, int year) {
        return parameter(key).forExactYear(year);
    }

    /**
     * The one value in force over the whole window {@code [from, until]}: its validity covers both ends (a
     * service year, an application window).
     *
     * @throws MissingParameterException when no one value covers the window
     */
    public <T> DatedValue<T> datedForWindow(ParameterKey<T> key, LocalDate from, LocalDate until, String windowLabel) {
        return parameter(key).forWindow(from, until, windowLabel);
    }

    /** A copy in which {@code key} has {@code value} from its date on (other dates unchanged). */
    <T> ParameterSet with(ParameterKey<T> key, DatedValue<T> value) {
        Map<String, Parameter<?>> map = new LinkedHashMap<>(parameters);
        Parameter<?> existing = map.get(key.name());
        map.put(key.name(), existing == null ? Parameter.of(key, value) : parameter(key).with(value));
        return new ParameterSet(keys, map);
    }

    /** A copy in which {@code key} has exactly the given history. */
    public <T> ParameterSet replacing(Parameter<T> parameter) {
        Map<String, Parameter<?>> map = new LinkedHashMap<>(parameters);
        map.put(parameter.key().name(), parameter);
        return new ParameterSet(keys, map);
    }

    /** Whether this set declares {@code key} (in constant time: a batch asks it per row). */
    public boolean declares(ParameterKey<?> key) {
        return keys.containsKey(key.name());
    }

    /**
     * The value of {@code key} in force on {@code date}, or null when the set has no such parameter or none is in force
     * then: for a parameter optional on some dates, without an exception.
     */
    @SuppressWarnings("unchecked")
    public <T> DatedValue<T> inForce(ParameterKey<T> key, LocalDate date) {
        Parameter<?> p = parameters.get(key.name());
        return p == null ? null : ((Parameter<T>) p).inForce(date);
    }

    /** Every key this set knows, with or without a value, in declaration order. */
    public List<ParameterKey<?>> keys() {
        return List.copyOf(keys.values());
    }

    /** Every parameter that has a value, in declaration order. */
    public List<Parameter<?>> all() {
        return new ArrayList<>(parameters.values());
    }

    /**
     * This set as a parameters file ({@code name,value,valid_from,valid_until,source,address}, every dated value
     * with its act) that {@link #withOverlay(Path)} reads back to an equal set.
     */
    public String toParametersFile() {
        return ParameterFile.write(parameters.values(), null);
    }

    /**
     * As {@link #toParametersFile()}, with a last column {@code origin} naming where each value came from (the
     * reader ignores it, so the text loads back unchanged).
     */
    public String toParametersFile(java.util.function.BiFunction<ParameterKey<?>, DatedValue<?>, String> origin) {
        return ParameterFile.write(parameters.values(), it.fsr.core.validation.ValidationException.requireNonNull(origin, "origin"));
    }

    /** A value as a parameters file writes it (plain decimals, percentages, {@code yes}/{@code no}, ISO dates). */
    public static String valueText(Object value) {
        return ParameterFile.text(value);
    }

    /**
     * The values in force at some time during {@code year}: the one in force on 1 January and every one that
     * starts during the year (a service-year edition from 1 September appears beside the one it follows).
     */
    public ParameterSet duringYear(int year) {
        LocalDate first = LocalDate.of(year, 1, 1);
        LocalDate last = LocalDate.of(year, 12, 31);
        Map<String, Parameter<?>> map = new LinkedHashMap<>();
        for (Parameter<?> p : parameters.values()) {
            Parameter<?> during = during(p, first, last);
            if (during != null) {
                map.put(p.key().name(), during);
            }
        }
        return new ParameterSet(keys, map);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Parameter<?> during(Parameter<?> p, LocalDate first, LocalDate last) {
        List<DatedValue<?>> out = new ArrayList<>();
        List<? extends DatedValue<?>> h = p.history();
        for (int i = 0; i < h.size(); i++) {
            DatedValue<?> v = h.get(i);
            boolean startsInYear = !v.validFrom().isBefore(first) && !v.validFrom().isAfter(last);
            boolean inForceOnFirst = v.coversDate(first) && (i + 1 == h.size() || h.get(i + 1).validFrom().isAfter(first));
            if (startsInYear || inForceOnFirst) {
                out.add(v);
            }
        }
        return out.isEmpty() ? null : Parameter.of((ParameterKey) p.key(), (List) out);
    }

    /** Equal when the keys known and the parameters with their values are. */
    @Override
    public boolean equals(Object o) {
        return o instanceof ParameterSet s && s.keys.equals(keys) && s.parameters.equals(parameters);
    }

    @Override
    public int hashCode() {
        return keys.hashCode() * 31 + parameters.hashCode();
    }

    /** The number of keys and of parameters with a value. */
    @Override
    public String toString() {
        return "ParameterSet[" + keys.size() + " keys, " + parameters.size() + " with values]";
    }
}
