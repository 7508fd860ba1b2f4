package it.fsr.jackson;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;

/**
 * A serializer and a deserializer made of a function each: the writer writes a value, the reader reads one
 * from its exact tree ({@link Json#tree}) and the JSON path it was at, so that every error names the field.
 */
final class Codec {
    private Codec() {
    }

    /** Writes one value. */
    @FunctionalInterface
    interface Write<T> {
        void write(T value, JsonGenerator gen, SerializerProvider provider) throws IOException;
    }

    /** Reads one value from its tree, at its path. */
    @FunctionalInterface
    interface Read<T> {
        T read(JsonNode tree, String path, DeserializationContext ctxt) throws IOException;
    }

    static <T> JsonSerializer<T> writer(Class<T> type, Write<T> write) {
        return new Writer<>(type, write);
    }

    static <T> JsonDeserializer<T> reader(Class<T> type, Read<? extends T> read) {
        return new Reader<>(type, read);
    }

    private static final class Writer<T> extends StdSerializer<T> {
        private static final long serialVersionUID = 1L;
        private final transient Write<T> write;

        Writer(Class<T> type, Write<T> write) {
            super(type);
            this.write = write;
        }

        @Override
        public void serialize(T value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            write.write(value, gen, provider);
        }
    }

    private static final class Reader<T> extends StdDeserializer<T> {
        private static final long serialVersionUID = 1L;
        private final transient Read<? extends T> read;

        Reader(Class<T> type, Read<? extends T> read) {
            super(type);
            this.read = read;
        }

        @Override
        public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            String path = Json.path(p);
            return read.read(Json.tree(p), path, ctxt);
        }
    }
}
