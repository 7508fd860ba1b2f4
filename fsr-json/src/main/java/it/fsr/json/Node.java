package it.fsr.json;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A JSON value as fsr reads it, whichever JSON library parsed it: objects keep their keys' order, numbers their exact
 * decimal text ({@code 15000.00} stays {@code 15000.00}, never a {@code double}). An adapter builds it token by token
 * ({@link #object}, {@link #array}, {@link #string}, {@link #number}, {@link #bool}, {@link #NULL}); fsr's readers take it
 * from there, so that a document reads the same through Jackson 2 and Jackson 3. Immutable.
 */
public final class Node implements Iterable<Node> {
    private enum Kind { OBJECT, ARRAY, STRING, NUMBER, BOOLEAN, NULL, MISSING }

    /** JSON {@code null}. */
    public static final Node NULL = new Node(Kind.NULL, null, null, false, null, null);
    /** What {@link #path} gives for an absent field: not a value, every test on it false. */
    static final Node MISSING = new Node(Kind.MISSING, null, null, false, null, null);
    private static final Node TRUE = new Node(Kind.BOOLEAN, null, null, true, null, null);
    private static final Node FALSE = new Node(Kind.BOOLEAN, null, null, false, null, null);
    private static final BigDecimal MIN_LONG = BigDecimal.valueOf(Long.MIN_VALUE);
    private static final BigDecimal MAX_LONG = BigDecimal.valueOf(Long.MAX_VALUE);

    private final Kind kind;
    private final String text;
    private final BigDecimal number;
    private final boolean flag;
    private final Map<String, Node> fields;
    private final List<Node> items;

    private Node(Kind kind, String text, BigDecimal number, boolean flag, Map<String, Node> fields, List<Node> items) {
        this.kind = kind;
        this.text = text;
        this.number = number;
        this.flag = flag;
        this.fields = fields;
        this.items = items;
    }

    /** An object of these fields, in their order (the map is copied). */
    public static Node object(Map<String, Node> fields) {
        return new Node(Kind.OBJECT, null, null, false, Collections.unmodifiableMap(new LinkedHashMap<>(fields)), null);
    }

    /** An array of these elements (the list is copied). */
    public static Node array(List<Node> items) {
        return new Node(Kind.ARRAY, null, null, false, null, List.copyOf(items));
    }

    /** A string. */
    public static Node string(String text) {
        return new Node(Kind.STRING, java.util.Objects.requireNonNull(text, "text"), null, false, null, null);
    }

    /**
     * A number, exactly as written; {@code integral} when the JSON token was an integer ({@code 17}, not {@code 17.0}
     * nor {@code 1.7e1}).
     */
    public static Node number(BigDecimal value, boolean integral) {
        return new Node(Kind.NUMBER, null, java.util.Objects.requireNonNull(value, "value"), integral, null, null);
    }

    /** An integer. */
    public static Node number(BigInteger value) {
        return number(new BigDecimal(value), true);
    }

    /** {@code true} or {@code false}. */
    public static Node bool(boolean value) {
        return value ? TRUE : FALSE;
    }

    /** The field {@code name}, or null when the object has none (or this is not an object). */
    public Node get(String name) {
        return fields == null ? null : fields.get(name);
    }

    /** Element {@code i}, or null. */
    public Node get(int i) {
        return items == null || i < 0 || i >= items.size() ? null : items.get(i);
    }

    /** The field {@code name}, or a missing node on which every test is false. */
    public Node path(String name) {
        Node n = get(name);
        return n == null ? MISSING : n;
    }

    /** Whether the object has the field. */
    public boolean has(String name) {
        return fields != null && fields.containsKey(name);
    }

    /** Whether a string. */
    public boolean isTextual() {
        return kind == Kind.STRING;
    }

    /** The string, or null when this is not one. */
    public String textValue() {
        return text;
    }

    /** The string, a number's or a boolean's text; empty for anything else. */
    public String asText() {
        return switch (kind) {
            case STRING -> text;
            case NUMBER -> number.toString();
            case BOOLEAN -> String.valueOf(flag);
            case NULL -> "null";
            default -> "";
        };
    }

    /** {@link #asText()}, or {@code otherwise} for a missing node. */
    public String asText(String otherwise) {
        return kind == Kind.MISSING ? otherwise : asText();
    }

    /** Whether a number. */
    public boolean isNumber() {
        return kind == Kind.NUMBER;
    }

    /** Whether an integer token. */
    public boolean isIntegralNumber() {
        return kind == Kind.NUMBER && flag;
    }

    /** The number exactly, or zero when this is not one. */
    public BigDecimal decimalValue() {
        return number == null ? BigDecimal.ZERO : number;
    }

    /** Whether an integer within {@code long}: judged by comparison, never by expanding the number. */
    public boolean canConvertToLong() {
        return isIntegralNumber() && number.compareTo(MIN_LONG) >= 0 && number.compareTo(MAX_LONG) <= 0;
    }

    /** Whether an integer within {@code int}. */
    public boolean canConvertToInt() {
        return canConvertToLong() && number.longValue() == (int) number.longValue();
    }

    /** The number as an {@code int} (after {@link #canConvertToInt()}). */
    public int intValue() {
        return canConvertToInt() ? number.intValue() : 0;
    }

    /** The number as a {@code long} (after {@link #canConvertToLong()}). */
    public long longValue() {
        return canConvertToLong() ? number.longValue() : 0;
    }

    /** Whether {@code true} or {@code false}. */
    public boolean isBoolean() {
        return kind == Kind.BOOLEAN;
    }

    /** The boolean, false when this is not one. */
    public boolean booleanValue() {
        return kind == Kind.BOOLEAN && flag;
    }

    /** The boolean, false when this is not one. */
    public boolean asBoolean() {
        return booleanValue();
    }

    /** Whether JSON {@code null}. */
    public boolean isNull() {
        return kind == Kind.NULL;
    }

    /** Whether an absent field's stand-in. */
    public boolean isMissingNode() {
        return kind == Kind.MISSING;
    }

    /** Whether an array. */
    public boolean isArray() {
        return kind == Kind.ARRAY;
    }

    /** Whether an object. */
    public boolean isObject() {
        return kind == Kind.OBJECT;
    }

    /** Whether an object or an array. */
    public boolean isContainerNode() {
        return kind == Kind.OBJECT || kind == Kind.ARRAY;
    }

    /** The number of elements or fields; 0 for a value. */
    public int size() {
        return items != null ? items.size() : fields != null ? fields.size() : 0;
    }

    /** The fields' names, in order. */
    public Iterator<String> fieldNames() {
        return fields == null ? Collections.emptyIterator() : fields.keySet().iterator();
    }

    /** The fields, in order. */
    public Iterator<Map.Entry<String, Node>> fields() {
        return fields == null ? Collections.emptyIterator() : fields.entrySet().iterator();
    }

    /** The elements (or the fields' values), in order. */
    public Iterator<Node> elements() {
        return items != null ? items.iterator() : fields != null ? fields.values().iterator() : Collections.emptyIterator();
    }

    @Override
    public Iterator<Node> iterator() {
        return elements();
    }

    /** The JSON type's name: object, array, string, number, boolean, null, missing. */
    public String typeName() {
        return kind.name().toLowerCase(java.util.Locale.ROOT);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Node n && kind == n.kind && java.util.Objects.equals(text, n.text)
                && (number == null ? n.number == null : n.number != null && number.compareTo(n.number) == 0)
                && (kind != Kind.BOOLEAN || flag == n.flag) && java.util.Objects.equals(fields, n.fields) && java.util.Objects.equals(items, n.items);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(kind, text, number == null ? null : number.stripTrailingZeros(), flag, fields, items);
    }

    /**
     * The type and its size only: a document may hold a person's data (an income, an ISEE, a disability), which stays out
     * of logs. The text is {@link #json()}.
     */
    @Override
    public String toString() {
        return "Node[" + typeName() + (isContainerNode() ? ", " + size() + (isArray() ? " elements" : " fields") : "") + "]";
    }

    /** Compact JSON text (strings escaped), as fsr echoes a value in a problem (cut there to a bounded length). */
    public String json() {
        StringBuilder sb = new StringBuilder();
        append(sb);
        return sb.toString();
    }

    private void append(StringBuilder sb) {
        switch (kind) {
            case OBJECT -> {
                sb.append('{');
                boolean first = true;
                for (Map.Entry<String, Node> e : fields.entrySet()) {
                    if (!first) {
                        sb.append(',');
                    }
                    first = false;
                    quote(sb, e.getKey());
                    sb.append(':');
                    e.getValue().append(sb);
                }
                sb.append('}');
            }
            case ARRAY -> {
                sb.append('[');
                for (int i = 0; i < items.size(); i++) {
                    if (i > 0) {
                        sb.append(',');
                    }
                    items.get(i).append(sb);
                }
                sb.append(']');
            }
            case STRING -> quote(sb, text);
            case NUMBER -> sb.append(number);
            case BOOLEAN -> sb.append(flag);
            case NULL -> sb.append("null");
            default -> sb.append("");
        }
    }

    private static void quote(StringBuilder sb, String s) {
        sb.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c < 0x20) {
                        sb.append(String.format("\\u%04X", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        sb.append('"');
    }
}
