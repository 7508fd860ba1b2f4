package it.fsr.json;

import it.fsr.core.validation.ValidationException;
import it.fsr.core.validation.Violation;
import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * fsr's records (results and inputs) as JSON objects of exactly their components, in order (dates as
 * {@code yyyy-mm-dd}), read back
 * through their public canonical constructor (which validates): no private constructor, no setter, no
 * {@code --add-opens}. Reading lists every problem at once: a component absent from the JSON is an error
 * naming it (only an {@code Optional} may be left out), a field the record does not have is an error, and a
 * problem inside a component is placed at its JSON path.
 */
final class RecordCodec {
    private RecordCodec() {
    }

    /** Whether {@code type} is one of fsr's public records. */
    static boolean handles(Class<?> type) {
        return type.isRecord() && type.getName().startsWith("it.fsr.") && java.lang.reflect.Modifier.isPublic(type.getModifiers());
    }

    /** An exact amount as text: its decimals without trailing zeros, at least two ({@code 0.00}, {@code 5600.00}, {@code 3000.115}). */
    static String amountText(java.math.BigDecimal d) {
        java.math.BigDecimal s = d.signum() == 0 ? java.math.BigDecimal.ZERO : d.stripTrailingZeros();
        return (s.scale() < 2 ? s.setScale(2) : s).toPlainString();
    }

    /** Writes a record: its components in order, each by its own codec. */
    static void write(Record value, Out gen, Ctx provider) throws IOException {
        gen.writeStartObject();
        for (RecordComponent c : value.getClass().getRecordComponents()) {
            Object v;
            try {
                v = c.getAccessor().invoke(value);
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException("cannot read " + c.getName() + " of " + value.getClass().getName(), e);
            }
            if (v instanceof java.math.BigDecimal d && FsrJson.REGISTRY.amountRecords.contains(value.getClass())) {
                gen.writeStringField(c.getName(), amountText(d));
            } else {
                provider.defaultSerializeField(c.getName(), v, gen);
            }
        }
        gen.writeEndObject();
    }

    static final class Reader {
        private Reader() {
        }

        /** Reads a record of {@code type} from its tree at {@code path}, through its public canonical constructor. */
        static Object readRecord(Class<?> type, Node node, String path, Ctx ctxt) {
            RecordComponent[] components = type.getRecordComponents();
            List<String> names = Arrays.stream(components).map(RecordComponent::getName).toList();
            Fields fields = Fields.of(node, path, type.getSimpleName(), names);
            List<Violation> problems = new ArrayList<>();
            Object[] args = new Object[components.length];
            Class<?>[] types = new Class<?>[components.length];
            for (int i = 0; i < components.length; i++) {
                RecordComponent c = components[i];
                types[i] = c.getType();
                Node v = node.get(c.getName());
                String at = Json.at(path, c.getName());
                boolean optional = c.getType() == Optional.class || c.getType() == java.util.OptionalLong.class
                        || c.getType() == java.util.OptionalInt.class;
                if (v == null || v.isNull() && c.getType().isPrimitive()) {
                    if (optional) {
                        args[i] = empty(c.getType());
                    } else {
                        problems.add(Json.problem("FSR-JSON-MISSING", at, "null"));
                    }
                    continue;
                }
                if (v.isNull()) {
                    args[i] = optional ? empty(c.getType()) : null;
                    continue;
                }
                if (v.isArray() && v.size() > it.fsr.core.validation.Limits.users()) {
                    // a request is bounded (fsr.limit.users): larger sets go through the batch readers
                    problems.add(Json.problem("FSR-JSON-TYPE", at, v.size() + " elements",
                            "an array of at most " + it.fsr.core.validation.Limits.users() + " elements (fsr.limit.users)"));
                    continue;
                }
                try {
                    args[i] = c.getType() == java.math.BigDecimal.class && FsrJson.REGISTRY.amountRecords.contains(type)
                            ? Fields.decimal(v, "$") : read(v, c.getGenericType(), ctxt);
                } catch (ValidationException e) {
                    problems.addAll(Json.under(e, at));
                } catch (RuntimeException e) {
                    ValidationException inner = Json.find(e).filter(ValidationException.class::isInstance)
                            .map(ValidationException.class::cast).orElse(null);
                    if (inner != null) {
                        problems.addAll(Json.under(inner, at));
                    } else {
                        problems.add(Json.problem("FSR-JSON-TYPE", at, v, describe(c.getType())));
                    }
                }
            }
            try {
                fields.throwIfAny();
            } catch (ValidationException e) {
                problems.addAll(0, e.violations());
            }
            if (!problems.isEmpty()) {
                throw new ValidationException(problems);
            }
            try {
                Constructor<?> canonical = type.getConstructor(types);
                return canonical.newInstance(args);
            } catch (InvocationTargetException e) {
                Throwable cause = e.getCause();
                if (cause instanceof ValidationException ve) {
                    throw new ValidationException(ve.violations().stream()
                            .map(x -> x.field().startsWith("$") ? x : x.at(Json.at(path, x.field()))).toList());
                }
                if (cause instanceof NullPointerException npe) {
                    String field = npe.getMessage() == null ? "" : npe.getMessage();
                    throw Json.fail("FSR-JSON-MISSING", field.isEmpty() ? path : Json.at(path, field), "null");
                }
                if (cause instanceof RuntimeException re && !(cause instanceof it.fsr.core.validation.FsrException)) {
                    throw new ValidationException(List.of(Violation.of(path, node.json(), String.valueOf(re.getMessage()))));
                }
                throw cause instanceof RuntimeException re ? re : new IllegalStateException(cause);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot build " + type.getName(), e);
            }
        }

        /**
         * A component's value, strictly, whatever the mapper's coercion settings: a whole number only from a JSON integer
         * ({@code 17.9} and {@code "17"} are not ages), a boolean only from {@code true}/{@code false} ({@code "true"} and
         * {@code 1} are not), a string or an enum only from a JSON string ({@code 2} is not a relationship), a decimal only
         * from a JSON number, a date only from {@code "yyyy-mm-dd"}; the elements of a list or a set and the content of an
         * {@code Optional} the same way; anything else (fsr's records and values) by its own codec. Problems are placed
         * at paths relative to the value ({@code $}, {@code $[2]}).
         */
        static Object read(Node v, java.lang.reflect.Type generic, Ctx ctxt) {
            Class<?> t = generic instanceof Class<?> k ? k
                    : generic instanceof java.lang.reflect.ParameterizedType pt ? (Class<?>) pt.getRawType() : Object.class;
            // the scalar readings are Fields' (the same checks the classes' codecs use); only the ranges of int and short are added
            if (t == int.class || t == Integer.class || t == long.class || t == Long.class || t == short.class || t == Short.class) {
                long n = Fields.integer(v, "$");
                boolean isInt = t == int.class || t == Integer.class;
                boolean isShort = t == short.class || t == Short.class;
                if (isShort ? n != (short) n : isInt && n != (int) n) {
                    throw Json.fail("FSR-JSON-TYPE", "$", v, "a whole number");
                }
                return isShort ? (Object) (short) n : isInt ? (Object) (int) n : (Object) n;
            }
            if (t == boolean.class || t == Boolean.class) {
                return Fields.bool(v, "$");
            }
            if (t == String.class) {
                return Fields.text(v, "$");
            }
            if (t.isEnum()) {
                return enumOf(t, v);
            }
            if (t == java.math.BigDecimal.class) {
                if (!v.isNumber()) {
                    throw Json.fail("FSR-JSON-TYPE", "$", echo(v), "a decimal number");
                }
                if (!it.fsr.core.money.Decimals.fits(v.decimalValue(), 20, 20)) {
                    throw Json.fail("FSR-JSON-TYPE", "$", it.fsr.core.money.Decimals.echo(v.decimalValue()),
                            "a decimal number of at most 20 digits each side of the point");
                }
                return v.decimalValue();
            }
            if (t == java.time.LocalDate.class) {
                return Fields.date(v, "$");
            }
            if (t == java.util.OptionalLong.class || t == java.util.OptionalInt.class) {
                if (v.isNull()) {
                    return empty(t);
                }
                Object n = read(v, t == java.util.OptionalLong.class ? long.class : int.class, ctxt);
                return t == java.util.OptionalLong.class ? java.util.OptionalLong.of((Long) n) : java.util.OptionalInt.of((Integer) n);
            }
            if (t == java.util.Map.class && generic instanceof java.lang.reflect.ParameterizedType pt
                    && (pt.getActualTypeArguments()[0] == String.class || pt.getActualTypeArguments()[0] instanceof Class<?> k && k.isEnum())) {
                if (!v.isObject()) {
                    throw Json.fail("FSR-JSON-TYPE", "$", echo(v), "an object " + pt.getActualTypeArguments()[1].getTypeName());
                }
                java.util.Map<Object, Object> out = new java.util.LinkedHashMap<>();
                java.lang.reflect.Type keyType = pt.getActualTypeArguments()[0];
                List<Violation> problems = new ArrayList<>();
                for (var it = v.fields(); it.hasNext();) {
                    var e = it.next();
                    try {
                        Object key = keyType == String.class ? e.getKey() : read(Node.string(e.getKey()), keyType, ctxt);
                        out.put(key, read(e.getValue(), pt.getActualTypeArguments()[1], ctxt));
                    } catch (ValidationException x) {
                        problems.addAll(Json.under(x, "$." + e.getKey()));
                    }
                }
                if (!problems.isEmpty()) {
                    throw new ValidationException(problems);
                }
                return java.util.Collections.unmodifiableMap(out);
            }
            if ((t == List.class || t == java.util.Set.class || t == Optional.class) && generic instanceof java.lang.reflect.ParameterizedType pt) {
                java.lang.reflect.Type element = pt.getActualTypeArguments()[0];
                if (t == Optional.class) {
                    return v.isNull() ? Optional.empty() : Optional.ofNullable(read(v, element, ctxt));
                }
                if (!v.isArray()) {
                    throw Json.fail("FSR-JSON-TYPE", "$", echo(v), "an array");
                }
                List<Object> out = new ArrayList<>(v.size());
                List<Violation> problems = new ArrayList<>();
                for (int i = 0; i < v.size(); i++) {
                    String ei = "$[" + i + "]";
                    Node e = v.get(i);
                    if (e.isNull()) {
                        // a null element is no element: every list and set of fsr refuses it by name
                        problems.add(Json.problem("FSR-JSON-MISSING", ei, "null"));
                        continue;
                    }
                    try {
                        out.add(read(e, element, ctxt));
                    } catch (ValidationException x) {
                        problems.addAll(Json.under(x, ei));
                    }
                }
                if (!problems.isEmpty()) {
                    throw new ValidationException(problems);
                }
                return t == List.class ? java.util.Collections.unmodifiableList(out) : java.util.Collections.unmodifiableSet(new java.util.LinkedHashSet<>(out));
            }
            if (t == Object.class || !FsrJson.reads(t)) {
                throw Json.fail("FSR-JSON-TYPE", "$", echo(v), "a " + t.getSimpleName());
            }
            return ctxt.readTreeAsValue(v, generic);
        }

        /** The empty value of an optional type. */
        static Object empty(Class<?> t) {
            return t == java.util.OptionalLong.class ? java.util.OptionalLong.empty() : t == java.util.OptionalInt.class ? java.util.OptionalInt.empty()
                    : Optional.empty();
        }

        @SuppressWarnings({"unchecked", "rawtypes"})
        private static Object enumOf(Class<?> t, Node v) {
            return Fields.enumOf((Class) t).apply(v, "$");
        }

        /** A value as the caller wrote it, bounded (never a whole 5 MB text). */
        private static String echo(Node v) {
            if (v.isNumber()) {
                return it.fsr.core.money.Decimals.echo(v.decimalValue());
            }
            String text = v.isTextual() ? v.textValue() : v.json();
            return text.length() > 80 ? text.substring(0, 80) + "…" : text;
        }

        private static String describe(Class<?> t) {
            if (t.isEnum()) {
                return "one of " + Arrays.toString(t.getEnumConstants());
            }
            if (t == int.class || t == long.class || t == Integer.class || t == Long.class) {
                return "a whole number";
            }
            if (t == boolean.class || t == Boolean.class) {
                return "true or false";
            }
            if (t == java.math.BigDecimal.class) {
                return "a decimal number";
            }
            if (t == String.class) {
                return "a string";
            }
            if (t == java.time.LocalDate.class) {
                return "a date yyyy-mm-dd";
            }
            if (List.class.isAssignableFrom(t) || java.util.Set.class.isAssignableFrom(t)) {
                return "an array";
            }
            return "a " + t.getSimpleName();
        }
    }
}
