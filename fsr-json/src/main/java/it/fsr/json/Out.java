package it.fsr.json;

import java.io.IOException;
import java.math.BigDecimal;

/**
 * Where fsr writes a JSON document: the few calls of a streaming generator, which an adapter implements over its
 * library's generator (Jackson 2's or Jackson 3's), so that fsr writes the same bytes through either.
 */
public interface Out {
    /** {@code {}}'s opening. */
    void writeStartObject() throws IOException;

    /** {@code {}}'s closing. */
    void writeEndObject() throws IOException;

    /** {@code [}. */
    void writeStartArray() throws IOException;

    /** {@code ]}. */
    void writeEndArray() throws IOException;

    /** A field's name, its value written next. */
    void writeFieldName(String name) throws IOException;

    /** A string. */
    void writeString(String text) throws IOException;

    /** A number, exactly. */
    void writeNumber(BigDecimal value) throws IOException;

    /** An integer. */
    void writeNumber(long value) throws IOException;

    /** A boolean. */
    void writeBoolean(boolean value) throws IOException;

    /** {@code null}. */
    void writeNull() throws IOException;

    /** A string field. */
    default void writeStringField(String name, String text) throws IOException {
        writeFieldName(name);
        if (text == null) {
            writeNull();
        } else {
            writeString(text);
        }
    }

    /** An integer field. */
    default void writeNumberField(String name, long value) throws IOException {
        writeFieldName(name);
        writeNumber(value);
    }

    /** A boolean field. */
    default void writeBooleanField(String name, boolean value) throws IOException {
        writeFieldName(name);
        writeBoolean(value);
    }

    /** A null field. */
    default void writeNullField(String name) throws IOException {
        writeFieldName(name);
        writeNull();
    }

    /** A field holding an array, opened. */
    default void writeArrayFieldStart(String name) throws IOException {
        writeFieldName(name);
        writeStartArray();
    }

    /** A field holding an object, opened. */
    default void writeObjectFieldStart(String name) throws IOException {
        writeFieldName(name);
        writeStartObject();
    }
}
