package it.fsr.jackson;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import it.fsr.core.validation.ValidationException;
import it.fsr.core.validation.Violation;
import it.fsr.json.Node;
import it.fsr.json.Out;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Jackson 2's tokens as fsr's JSON tree ({@link Node}), and Jackson 2's generator as fsr's {@link Out}. */
final class Trees {
    private Trees() {
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
     * The value the parser is on as fsr's tree, numbers with their exact decimal text (whatever the mapper's settings: a
     * service's mapper is not ours to configure); a key written twice is an error, never the last value silently kept.
     */
    static Node tree(JsonParser p) throws IOException {
        JsonToken t = p.currentToken();
        if (t == null) {
            t = p.nextToken();
        }
        if (t == null) {
            throw fail("FSR-JSON-TYPE", path(p), "", "a JSON value");
        }
        switch (t) {
            case START_OBJECT, FIELD_NAME: {
                Map<String, Node> o = new LinkedHashMap<>();
                if (t == JsonToken.START_OBJECT) {
                    t = p.nextToken();
                }
                for (; t == JsonToken.FIELD_NAME; t = p.nextToken()) {
                    String name = p.currentName();
                    p.nextToken();
                    if (o.containsKey(name)) {
                        throw fail("FSR-JSON-DUPLICATE-KEY", path(p), name.length() > 80 ? name.substring(0, 80) + "…" : name);
                    }
                    o.put(name, tree(p));
                }
                return Node.object(o);
            }
            case START_ARRAY: {
                List<Node> a = new ArrayList<>();
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    a.add(tree(p));
                }
                return Node.array(a);
            }
            case VALUE_STRING:
                return Node.string(p.getText());
            case VALUE_NUMBER_INT:
                return Node.number(p.getBigIntegerValue());
            case VALUE_NUMBER_FLOAT:
                return Node.number(p.getDecimalValue(), false);
            case VALUE_TRUE:
                return Node.bool(true);
            case VALUE_FALSE:
                return Node.bool(false);
            case VALUE_NULL:
                return Node.NULL;
            default:
                throw fail("FSR-JSON-TYPE", path(p), t.asString(), "a JSON value");
        }
    }

    private static ValidationException fail(String code, String field, Object value, Object... args) {
        return new ValidationException(List.of(Violation.coded(code, field, value, args)));
    }

    /** fsr's {@link Out} over Jackson 2's generator. */
    static Out out(JsonGenerator g) {
        return new Out() {
            @Override
            public void writeStartObject() throws IOException {
                g.writeStartObject();
            }

            @Override
            public void writeEndObject() throws IOException {
                g.writeEndObject();
            }

            @Override
            public void writeStartArray() throws IOException {
                g.writeStartArray();
            }

            @Override
            public void writeEndArray() throws IOException {
                g.writeEndArray();
            }

            @Override
            public void writeFieldName(String name) throws IOException {
                g.writeFieldName(name);
            }

            @Override
            public void writeString(String text) throws IOException {
                g.writeString(text);
            }

            @Override
            public void writeNumber(BigDecimal value) throws IOException {
                g.writeNumber(value);
            }

            @Override
            public void writeNumber(long value) throws IOException {
                g.writeNumber(value);
            }

            @Override
            public void writeBoolean(boolean value) throws IOException {
                g.writeBoolean(value);
            }

            @Override
            public void writeNull() throws IOException {
                g.writeNull();
            }
        };
    }
}
