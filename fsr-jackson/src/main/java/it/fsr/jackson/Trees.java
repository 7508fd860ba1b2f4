package it.fsr.jackson;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import it.fsr.json.Node;
import it.fsr.json.Out;
import it.fsr.json.Tokens;
import java.math.BigInteger;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.Deque;

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

    /** The value the parser is on as fsr's tree ({@link Tokens#tree}). */
    static Node tree(JsonParser p) throws IOException {
        return Tokens.tree(tokens(p));
    }

    /** Jackson 2's parser as fsr's {@link Tokens}. */
    static Tokens tokens(JsonParser p) {
        return new Tokens() {
            @Override
            public Kind current() {
                return kind(p.currentToken());
            }

            @Override
            public Kind next() throws IOException {
                return kind(p.nextToken());
            }

            @Override
            public String name() throws IOException {
                return p.currentName();
            }

            @Override
            public String text() throws IOException {
                return p.getText();
            }

            @Override
            public BigInteger integer() throws IOException {
                return p.getBigIntegerValue();
            }

            @Override
            public BigDecimal decimal() throws IOException {
                return p.getDecimalValue();
            }

            @Override
            public String path() {
                return Trees.path(p);
            }
        };
    }

    private static Tokens.Kind kind(JsonToken t) {
        if (t == null) {
            return null;
        }
        return switch (t) {
            case START_OBJECT -> Tokens.Kind.START_OBJECT;
            case END_OBJECT -> Tokens.Kind.END_OBJECT;
            case START_ARRAY -> Tokens.Kind.START_ARRAY;
            case END_ARRAY -> Tokens.Kind.END_ARRAY;
            case FIELD_NAME -> Tokens.Kind.NAME;
            case VALUE_STRING -> Tokens.Kind.STRING;
            case VALUE_NUMBER_INT -> Tokens.Kind.INTEGER;
            case VALUE_NUMBER_FLOAT -> Tokens.Kind.DECIMAL;
            case VALUE_TRUE -> Tokens.Kind.TRUE;
            case VALUE_FALSE -> Tokens.Kind.FALSE;
            case VALUE_NULL -> Tokens.Kind.NULL;
            default -> Tokens.Kind.OTHER;
        };
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
