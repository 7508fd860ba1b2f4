package it.fsr.json;

import it.fsr.core.validation.ValidationException;
import it.fsr.core.validation.Violation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.function.BiFunction;

/**
 * Reads the fields of one JSON object, collecting every problem before failing: a field that decides money
 * and is absent is an error naming it (no default), a field the type does not have is an error too.
 */
final class Fields {
    private final Node node;
    private final String path;
    private final List<Violation> problems = new ArrayList<>();

    private Fields(Node node, String path) {
        this.node = node;
        this.path = path;
    }

    /** A reader of {@code node}, an object of {@code type} at {@code path} whose fields are {@code known}. */
    static Fields of(Node node, String path, String type, Collection<String> known) {
        if (node == null || !node.isObject()) {
            throw Json.fail("FSR-JSON-TYPE", path, (node == null ? "null" : node.json()), "an object " + type);
        }
        Fields f = new Fields(node, path);
        for (Iterator<String> names = node.fieldNames(); names.hasNext();) {
            String name = names.next();
            if (!known.contains(name)) {
                f.problems.add(Json.problem("FSR-JSON-UNKNOWN-FIELD", Json.at(path, name), node.get(name), type));
            }
        }
        return f;
    }

    /** The path of a field. */
    String at(String name) {
        return Json.at(path, name);
    }

    /** A field that must be present and not null. */
    <T> T required(String name, BiFunction<Node, String, T> reader) {
        Node v = node.get(name);
        if (v == null || v.isNull()) {
            problems.add(Json.problem("FSR-JSON-MISSING", at(name), "null"));
            return null;
        }
        return read(v, name, reader);
    }

    /** A field that may be absent or null (null is returned). */
    <T> T optional(String name, BiFunction<Node, String, T> reader) {
        Node v = node.get(name);
        return v == null || v.isNull() ? null : read(v, name, reader);
    }

    /** The elements of an array field, absent or null read as empty only when {@code required} is false. */
    <T> List<T> list(String name, boolean required, BiFunction<Node, String, T> reader) {
        Node v = node.get(name);
        List<T> out = new ArrayList<>();
        if (v == null || v.isNull()) {
            if (required) {
                problems.add(Json.problem("FSR-JSON-MISSING", at(name), "null"));
            }
            return out;
        }
        if (!v.isArray()) {
            problems.add(Json.problem("FSR-JSON-TYPE", at(name), v, "an array"));
            return out;
        }
        if (v.size() > it.fsr.core.validation.Limits.users()) {
            // a request is bounded (fsr.limit.users): larger sets go through the batch readers, part by part
            problems.add(Json.problem("FSR-JSON-TYPE", at(name), v.size() + " elements",
                    "an array of at most " + it.fsr.core.validation.Limits.users() + " elements (fsr.limit.users)"));
            return out;
        }
        for (int i = 0; i < v.size(); i++) {
            T t = read(v.get(i), name + "[" + i + "]", reader);
            if (t != null) {
                out.add(t);
            }
        }
        return out;
    }

    private <T> T read(Node v, String name, BiFunction<Node, String, T> reader) {
        try {
            return reader.apply(v, at(name));
        } catch (ValidationException e) {
            problems.addAll(e.violations());
            return null;
        }
    }

    /** Adds the problems of an exception thrown while building the value. */
    void add(ValidationException e) {
        for (Violation v : e.violations()) {
            problems.add(v.field().startsWith("$") ? v : v.at(Json.at(path, v.field())));
        }
    }

    /** Whether a problem was found. */
    boolean failed() {
        return !problems.isEmpty();
    }

    /** Throws every problem found, if any. */
    void throwIfAny() {
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
    }

    static String text(Node n, String field) {
        if (!n.isTextual()) {
            throw Json.fail("FSR-JSON-TYPE", field, n, "a string");
        }
        return n.textValue();
    }

    static Boolean bool(Node n, String field) {
        if (!n.isBoolean()) {
            throw Json.fail("FSR-JSON-TYPE", field, n, "true or false");
        }
        return n.booleanValue();
    }

    static Long integer(Node n, String field) {
        if (!n.isIntegralNumber() || !n.canConvertToLong()) {
            throw Json.fail("FSR-JSON-TYPE", field, n, "a whole number");
        }
        return n.longValue();
    }

    /** An exact decimal from a JSON number or a numeric string ({@code 2.54}, {@code "2.54"}). */
    static BigDecimal decimal(Node n, String field) {
        if (n.isNumber()) {
            // judged from the digits and the exponent: a decimal of fsr has at most 20 digits each side of the point
            if (!it.fsr.core.money.Decimals.fits(n.decimalValue(), 20, 20)) {
                throw Json.fail("FSR-JSON-TYPE", field, it.fsr.core.money.Decimals.echo(n.decimalValue()), "a decimal number of at most 20 digits each side of the point");
            }
            return n.decimalValue();
        }
        if (n.isTextual() && n.textValue().matches("-?\\d{1,20}(\\.\\d{1,20})?")) {
            return new BigDecimal(n.textValue());
        }
        throw Json.fail("FSR-JSON-TYPE", field, n, "a decimal number");
    }

    static LocalDate date(Node n, String field) {
        try {
            return LocalDate.parse(text(n, field));
        } catch (java.time.format.DateTimeParseException e) {
            throw Json.fail("FSR-JSON-TYPE", field, n, "a date yyyy-mm-dd");
        }
    }

    /** A reader of the constants of {@code type}, by name. */
    static <E extends Enum<E>> BiFunction<Node, String, E> enumOf(Class<E> type) {
        return (n, field) -> {
            String s = n.isTextual() ? n.textValue() : null;
            for (E e : type.getEnumConstants()) {
                if (e.name().equals(s)) {
                    return e;
                }
            }
            throw Json.fail("FSR-JSON-TYPE", field, n, "one of " + Arrays.toString(type.getEnumConstants()));
        };
    }
}
