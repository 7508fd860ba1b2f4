package it.fsr.jackson;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.databind.JsonNode;
import it.fsr.core.money.Euro;
import it.fsr.core.money.Rate;
import it.fsr.core.validation.ValidationException;
import it.fsr.core.validation.Violation;
import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.regex.Pattern;

/** What the codecs share: the JSON path of a value, the readings of amounts and rates, violations placed at a path. */
final class Json {
    private static final Pattern AMOUNT = Pattern.compile("-?\\d{1,16}(\\.\\d{1,2})?");
    private static final Pattern PERCENT = Pattern.compile("-?\\d{1,16}(\\.\\d{1,20})?%");

    private Json() {
    }

    /** The path of the value the parser is on, as {@code $.units[3].costs}. */
    static String path(JsonParser p) {
        Deque<String> parts = new ArrayDeque<>();
        for (JsonStreamContext c = p.getParsingContext(); c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inArray()) {
                parts.push("[" + Math.max(c.getCurrentIndex(), 0) + "]");
            } else if (c.inObject() && c.getCurrentName() != null) {
                parts.push("." + c.getCurrentName());
            }
        }
        return "$" + String.join("", parts);
    }

    /**
     * The value the parser is on as a tree whose numbers keep their exact decimal text ({@code 15000.00} stays
     * {@code 15000.00}): Jackson's own tree reads a JSON decimal as a {@code double} unless the mapper is
     * configured otherwise, and a service's mapper is not ours to configure.
     */
    static JsonNode tree(JsonParser p) throws java.io.IOException {
        com.fasterxml.jackson.core.JsonToken t = p.currentToken();
        if (t == null) {
            t = p.nextToken();
        }
        com.fasterxml.jackson.databind.node.JsonNodeFactory f = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance;
        switch (t) {
            case START_OBJECT, FIELD_NAME: {
                com.fasterxml.jackson.databind.node.ObjectNode o = f.objectNode();
                if (t == com.fasterxml.jackson.core.JsonToken.START_OBJECT) {
                    t = p.nextToken();
                }
                for (; t == com.fasterxml.jackson.core.JsonToken.FIELD_NAME; t = p.nextToken()) {
                    String name = p.currentName();
                    p.nextToken();
                    // a key written twice is an error, never the last value silently kept ("isee":"40000","isee":"1")
                    if (o.has(name)) {
                        throw fail("FSR-JSON-DUPLICATE-KEY", path(p), name.length() > 80 ? name.substring(0, 80) + "…" : name);
                    }
                    o.set(name, tree(p));
                }
                return o;
            }
            case START_ARRAY: {
                com.fasterxml.jackson.databind.node.ArrayNode a = f.arrayNode();
                while (p.nextToken() != com.fasterxml.jackson.core.JsonToken.END_ARRAY) {
                    a.add(tree(p));
                }
                return a;
            }
            case VALUE_STRING:
                return f.textNode(p.getText());
            case VALUE_NUMBER_INT:
                return f.numberNode(p.getBigIntegerValue());
            case VALUE_NUMBER_FLOAT:
                return com.fasterxml.jackson.databind.node.DecimalNode.valueOf(p.getDecimalValue());
            case VALUE_TRUE:
                return f.booleanNode(true);
            case VALUE_FALSE:
                return f.booleanNode(false);
            case VALUE_NULL:
                return f.nullNode();
            case VALUE_EMBEDDED_OBJECT:
                return f.pojoNode(p.getEmbeddedObject());
            default:
                throw fail("FSR-JSON-TYPE", path(p), t.asString(), "a JSON value");
        }
    }

    /** A field's path under {@code base}. */
    static String at(String base, String field) {
        return base + "." + field;
    }

    /** A coded violation at {@code field}. */
    static Violation problem(String code, String field, Object value, Object... args) {
        if ("FSR-JSON-TYPE".equals(code) && args.length == 1 && args[0] instanceof String expected) {
            args = new Object[] {phrase(expected)};
        }
        return Violation.coded(code, field, value, args);
    }

    /** What a field expects, as a phrase of the catalog when it is one (so an Italian message reads in Italian). */
    private static Object phrase(String expected) {
        return switch (expected) {
            case "a whole number" -> Violation.Phrase.of("json.expect.wholeNumber");
            case "a decimal number" -> Violation.Phrase.of("json.expect.decimal");
            case "a decimal number of at most 20 digits each side of the point" -> Violation.Phrase.of("json.expect.decimal20");
            case "true or false" -> Violation.Phrase.of("json.expect.boolean");
            case "a string" -> Violation.Phrase.of("json.expect.string");
            case "a date yyyy-mm-dd" -> Violation.Phrase.of("json.expect.date");
            case "an array" -> Violation.Phrase.of("json.expect.array");
            default -> expected.startsWith("one of ") ? Violation.Phrase.of("json.expect.oneOf", expected.substring(7))
                    : expected.startsWith("an object ") ? Violation.Phrase.of("json.expect.object", expected.substring(10)) : expected;
        };
    }

    /** The exception of one coded violation. */
    static ValidationException fail(String code, String field, Object value, Object... args) {
        return new ValidationException(List.of(problem(code, field, value, args)));
    }

    /**
     * The violations of a value read at {@code at} by a nested reader: a path of that reader ({@code $.x}) or
     * a field of the value ({@code x}) becomes a path under {@code at}.
     */
    static List<Violation> under(ValidationException e, String at) {
        return e.violations().stream()
                .map(v -> v.field().startsWith("$") ? v.at(at + v.field().substring(1)) : v.at(at(at, v.field()))).toList();
    }

    /** The violations of {@code e} placed at {@code field}, the value as the JSON had it. */
    static List<Violation> placed(ValidationException e, String field, String value) {
        return e.violations().stream().map(v -> v.at(field).withValue(value)).toList();
    }

    /**
     * An amount in euro from a JSON string ({@code "1234.50"}: digits, a point, at most two decimals) or a
     * JSON number read exactly ({@code 1234.5}); never in cents. Range-checked by {@link Euro#of(BigDecimal)}.
     */
    static Euro euro(JsonNode node, String field) {
        // a JSON number is judged from its digits and exponent before it is printed: 1e100000000 is refused, not written out
        if (node.isNumber() && !it.fsr.core.money.Decimals.fits(node.decimalValue(), 13, 2)) {
            throw fail("FSR-JSON-AMOUNT", field, it.fsr.core.money.Decimals.echo(node.decimalValue()));
        }
        String text = node.isTextual() ? node.textValue() : node.isNumber() ? node.decimalValue().toPlainString() : "";
        if (node.isTextual() && !AMOUNT.matcher(text).matches() || !node.isTextual() && !node.isNumber()) {
            throw fail("FSR-JSON-AMOUNT", field, node.isTextual() || node.isNumber() ? text : node.getNodeType().name().toLowerCase(java.util.Locale.ROOT));
        }
        BigDecimal amount = node.isTextual() ? new BigDecimal(text) : node.decimalValue();
        try {
            return Euro.of(amount);
        } catch (ValidationException e) {
            if (amount.stripTrailingZeros().scale() > 2) {
                throw fail("FSR-JSON-AMOUNT", field, text);
            }
            throw new ValidationException(placed(e, field, text));
        }
    }

    /** The JSON text of an amount: a string of two decimals. */
    static String text(Euro e) {
        return e.toBigDecimal().toPlainString();
    }

    /** A rate from a percentage written as a string with its sign ({@code "12.5%"}); a bare number is refused. */
    static Rate rate(JsonNode node, String field) {
        String text = node.isTextual() ? node.textValue() : node.toString();
        if (!node.isTextual() || !PERCENT.matcher(text).matches()) {
            throw fail("FSR-JSON-RATE", field, text);
        }
        return Rate.ofPercent(new BigDecimal(text.substring(0, text.length() - 1)));
    }

    /** The JSON text of a rate: its percentage and the sign. */
    static String text(Rate r) {
        return r.percent().stripTrailingZeros().toPlainString() + "%";
    }
}
