package it.fsr.json;

import it.fsr.core.explain.Explanation;
import it.fsr.core.explain.Label;
import it.fsr.core.explain.Step;
import it.fsr.core.money.Euro;
import it.fsr.core.money.Rate;
import it.fsr.core.validation.FsrException;
import it.fsr.core.validation.Violation;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * JSON Schemas (2020-12) of fsr's documents, generated from the types fsr reads and writes ({@link FsrJson}): a record
 * is an object of exactly its components ({@code additionalProperties: false}), each required unless an
 * {@code Optional}; an amount a string of at most two decimals or a JSON number in euro; a rate a percentage with its
 * sign; an enum its constants' names; a date {@code yyyy-mm-dd}. A component of a reference type may be {@code null} in
 * the schema: which nulls a value refuses is the value's own rule, said by its reader with the field's path. Also an
 * OpenAPI 3.1 components document of the same definitions. Stateless.
 */
public final class Schemas {
    /** The JSON Schema dialect. */
    public static final String DIALECT = "https://json-schema.org/draft/2020-12/schema";
    private static final String AMOUNT = "^-?[0-9]{1,16}(\\.[0-9]{1,2})?$";
    private static final String PERCENT = "^-?[0-9]{1,16}(\\.[0-9]{1,20})?%$";

    private Schemas() {
    }

    /**
     * The documents a service reads or writes, each with its schema under {@code docs/schema/} and in this jar: the kernel's
     * and those of every module of fsr on the class path.
     */
    public static List<Class<?>> documents() {
        return List.copyOf(FsrJson.REGISTRY.documents);
    }

    /** The file name of a document's schema: {@code DsuResult.schema.json}. */
    public static String fileName(Class<?> type) {
        return name(type) + ".schema.json";
    }

    /** The schema of the document of {@code type}, its definitions under {@code $defs}, as pretty JSON text. */
    public static String of(Class<?> type) {
        Defs defs = new Defs("#/$defs/");
        Map<String, Node> root = new LinkedHashMap<>();
        root.put("$schema", Node.string(DIALECT));
        root.put("$id", Node.string("urn:fsr:schema:" + name(type)));
        root.put("title", Node.string(name(type)));
        root.put("$ref", Node.string("#/$defs/" + defs.define(type)));
        root.put("$defs", Node.object(defs.sorted()));
        return pretty(Node.object(root));
    }

    /** An OpenAPI 3.1 document whose {@code components.schemas} define {@code types} and every type they hold. */
    public static String openApiComponents(Collection<Class<?>> types) {
        Defs defs = new Defs("#/components/schemas/");
        for (Class<?> t : types) {
            defs.define(t);
        }
        Map<String, Node> info = new LinkedHashMap<>();
        info.put("title", Node.string("fsr documents"));
        info.put("version", Node.string("0.2.0"));
        Map<String, Node> root = new LinkedHashMap<>();
        root.put("openapi", Node.string("3.1.0"));
        root.put("info", Node.object(info));
        root.put("jsonSchemaDialect", Node.string(DIALECT));
        root.put("paths", Node.object(Map.of()));
        root.put("components", Node.object(Map.of("schemas", Node.object(defs.sorted()))));
        return pretty(Node.object(root));
    }

    /** A type's name in schemas: its simple name, with its enclosing class's for a nested one ({@code BudgetCheck.Result}). */
    public static String name(Class<?> type) {
        return type.getEnclosingClass() == null ? type.getSimpleName() : name(type.getEnclosingClass()) + "." + type.getSimpleName();
    }

    /** The definitions of one document. */
    static final class Defs {
        private final String prefix;
        private final Map<String, Node> defs = new LinkedHashMap<>();

        Defs(String prefix) {
            this.prefix = prefix;
        }

        Map<String, Node> sorted() {
            return new TreeMap<>(defs);
        }

        Node ref(Class<?> type) {
            return obj("$ref", Node.string(prefix + define(type)));
        }

        /** Defines {@code type} (once) and gives its name. */
        String define(Class<?> type) {
            String name = name(type);
            if (!defs.containsKey(name)) {
                defs.put(name, Node.NULL); // a placeholder: a type may hold itself (a step its sub-steps)
                defs.put(name, build(type));
            }
            return name;
        }

        private Node build(Class<?> t) {
            if (t == Euro.class) {
                return describe(obj("anyOf", Node.array(List.of(obj("type", Node.string("string"), "pattern", Node.string(AMOUNT)),
                        obj("type", Node.string("number"))))), "an amount in euro: a string of at most two decimals (written \"1234.50\"), or a JSON number in euro, never cents");
            }
            if (t == Rate.class) {
                return describe(obj("type", Node.string("string"), "pattern", Node.string(PERCENT)), "a percentage with its sign (\"12.5%\")");
            }
            Function<Defs, Node> custom = FsrJson.REGISTRY.schemas.get(t);
            Registry.Family family = FsrJson.REGISTRY.familyOf(t);
            if (custom == null && family != null) {
                custom = FsrJson.REGISTRY.schemas.get(family.base());
            }
            if (custom != null) {
                return custom.apply(this);
            }
            if (t == Label.class) {
                return obj("type", Node.string("object"), "properties", obj("it", string(), "en", string()), "minProperties", Node.number(BigDecimal.ONE, true),
                        "additionalProperties", Node.bool(false));
            }
            if (t == Step.class) {
                return object(List.of(field("label", ref(Label.class), true), field("value", nullable(typed()), true),
                        field("rule", string(), true), field("source", string(), true), field("children", array(ref(Step.class)), true)));
            }
            if (t == Explanation.class) {
                return describe(object(List.of(field("steps", array(ref(Step.class)), true),
                        field("text", obj("type", Node.string("object"), "properties", obj("it", string(), "en", string()),
                                "additionalProperties", Node.bool(false)), false))), "the steps that produced a result, each with its act");
            }
            if (t == Violation.class) {
                return object(List.of(field("code", string(), true), field("field", string(), true), field("value", string(), true),
                        field("message", string(), true), field("messageIt", string(), false), field("args", array(nullable(typed())), true)));
            }
            if (FsrException.class.isAssignableFrom(t)) {
                return object(List.of(field("code", string(), true), field("status", integer(), false), field("title", string(), false),
                        field("violations", array(ref(Violation.class)), true)));
            }
            WriteOnly<?> w = FsrJson.writeOnly(t);
            if (w != null) {
                List<Node[]> f = new ArrayList<>();
                for (String s : w.fieldNames()) {
                    f.add(field(s, obj(), true));
                }
                return describe(object(f), "written by fsr, never read: send the inputs and compute it");
            }
            if (t.isRecord()) {
                List<Node[]> f = new ArrayList<>();
                boolean amounts = FsrJson.REGISTRY.amountRecords.contains(t);
                for (RecordComponent c : t.getRecordComponents()) {
                    if (amounts && c.getType() == BigDecimal.class) {
                        f.add(field(c.getName(), nullable(describe(obj("type", Node.string("string"),
                                "pattern", Node.string("^-?[0-9]{1,20}\\.[0-9]{2,20}$")), "an exact amount in euro, not yet rounded")), true));
                        continue;
                    }
                    boolean optional = c.getType() == Optional.class || c.getType() == java.util.OptionalLong.class
                            || c.getType() == java.util.OptionalInt.class;
                    Node s = of(c.getGenericType());
                    f.add(field(c.getName(), c.getType().isPrimitive() ? s : nullable(s), !optional));
                }
                return object(f);
            }
            // a behaviour (an interface such as a reweighting rule) is set in code, never carried by a document
            return describe(obj("type", Node.string("null")), "set in code, not carried by JSON");
        }

        /** The schema of a component's type. */
        Node of(Type type) {
            Class<?> t = type instanceof Class<?> k ? k : type instanceof ParameterizedType pt ? (Class<?>) pt.getRawType() : Object.class;
            Type[] args = type instanceof ParameterizedType pt ? pt.getActualTypeArguments() : new Type[0];
            if (t == int.class || t == Integer.class || t == long.class || t == Long.class || t == short.class || t == Short.class) {
                return integer();
            }
            if (t == boolean.class || t == Boolean.class) {
                return bool();
            }
            if (t == String.class) {
                return string();
            }
            if (t == BigDecimal.class) {
                return number();
            }
            if (t == LocalDate.class) {
                return date();
            }
            if (t.isEnum()) {
                return enumOf(t);
            }
            if (t == Optional.class) {
                return of(args[0]);
            }
            if (t == java.util.OptionalLong.class || t == java.util.OptionalInt.class) {
                return integer();
            }
            if (t == List.class || t == java.util.Set.class || t == Collection.class) {
                return array(args.length == 0 ? obj() : of(args[0]));
            }
            if (t == Map.class || t == java.util.SortedMap.class) {
                Node values = args.length < 2 ? obj() : of(args[1]);
                Class<?> key = args.length > 0 && args[0] instanceof Class<?> k ? k : String.class;
                return key.isEnum() ? obj("type", Node.string("object"), "propertyNames", enumOf(key), "additionalProperties", values)
                        : obj("type", Node.string("object"), "additionalProperties", values);
            }
            if (t == Object.class) {
                return obj();
            }
            return ref(t);
        }

        private Node typed() {
            return obj("type", Node.string("object"), "properties", obj("type", obj("enum", strings("euro", "rate", "decimal", "integer",
                    "boolean", "date", "label", "phrase", "text")), "value", obj()), "required", strings("type", "value"),
                    "additionalProperties", Node.bool(false));
        }

        Node fallback() {
            return obj("type", Node.string("string"), "pattern", Node.string("^(top_band|full_cost|fee:-?[0-9]{1,16}(\\.[0-9]{1,2})?)$"));
        }
    }

    static Node[] field(String name, Node schema, boolean required) {
        return new Node[] {Node.string(name), schema, Node.bool(required)};
    }

    static Node object(List<Node[]> fields) {
        Map<String, Node> props = new LinkedHashMap<>();
        List<Node> required = new ArrayList<>();
        for (Node[] f : fields) {
            props.put(f[0].textValue(), f[1]);
            if (f[2].booleanValue()) {
                required.add(f[0]);
            }
        }
        return obj("type", Node.string("object"), "properties", Node.object(props), "required", Node.array(required),
                "additionalProperties", Node.bool(false));
    }

    static Node describe(Node schema, String description) {
        Map<String, Node> m = new LinkedHashMap<>();
        m.put("description", Node.string(description));
        for (var it = schema.fields(); it.hasNext();) {
            var e = it.next();
            m.put(e.getKey(), e.getValue());
        }
        return Node.object(m);
    }

    static Node nullable(Node schema) {
        return obj("anyOf", Node.array(List.of(schema, obj("type", Node.string("null")))));
    }

    static Node string() {
        return obj("type", Node.string("string"));
    }

    static Node decimalText() {
        return obj("anyOf", Node.array(List.of(obj("type", Node.string("string"), "pattern", Node.string("^-?[0-9]{1,20}(\\.[0-9]{1,20})?$")),
                obj("type", Node.string("number")))));
    }

    static Node number() {
        return obj("type", Node.string("number"));
    }

    static Node integer() {
        return obj("type", Node.string("integer"));
    }

    static Node bool() {
        return obj("type", Node.string("boolean"));
    }

    static Node date() {
        return obj("type", Node.string("string"), "format", Node.string("date"), "pattern", Node.string("^[0-9]{4}-[0-9]{2}-[0-9]{2}$"));
    }

    static Node constant(String value) {
        return obj("const", Node.string(value));
    }

    static Node array(Node items) {
        return obj("type", Node.string("array"), "items", items);
    }

    static Node enumOf(Class<?> type) {
        return obj("type", Node.string("string"), "enum", Node.array(Arrays.stream(type.getEnumConstants()).map(e -> Node.string(((Enum<?>) e).name())).toList()));
    }

    static Node strings(String... values) {
        return Node.array(Arrays.stream(values).map(Node::string).toList());
    }

    static Node obj(Object... kv) {
        Map<String, Node> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], (Node) kv[i + 1]);
        }
        return Node.object(m);
    }

    /** Two-space indented JSON, one property a line, keys in their order. */
    static String pretty(Node n) {
        StringBuilder sb = new StringBuilder();
        pretty(n, sb, 0);
        return sb.append('\n').toString();
    }

    private static void pretty(Node n, StringBuilder sb, int depth) {
        String in = "  ".repeat(depth + 1);
        if (n.isObject() && n.size() > 0) {
            sb.append("{\n");
            boolean first = true;
            for (var it = n.fields(); it.hasNext();) {
                var e = it.next();
                sb.append(first ? "" : ",\n").append(in).append(Node.string(e.getKey()).json()).append(": ");
                pretty(e.getValue(), sb, depth + 1);
                first = false;
            }
            sb.append('\n').append("  ".repeat(depth)).append('}');
        } else if (n.isArray() && n.size() > 0 && !scalars(n)) {
            sb.append("[\n");
            for (int i = 0; i < n.size(); i++) {
                sb.append(i == 0 ? "" : ",\n").append(in);
                pretty(n.get(i), sb, depth + 1);
            }
            sb.append('\n').append("  ".repeat(depth)).append(']');
        } else {
            sb.append(n.isArray() ? n.json().replace(",", ", ") : n.json());
        }
    }

    private static boolean scalars(Node array) {
        for (Node e : array) {
            if (e.isContainerNode()) {
                return false;
            }
        }
        return true;
    }
}
