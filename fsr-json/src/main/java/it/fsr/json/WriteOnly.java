package it.fsr.json;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * The engines' outputs that are written to JSON and never read from it: an allocation, a riparto's plan and its units'
 * results, a plan comparison, a fund map, a Fattore Famiglia batch's result (each registered by its module's part).
 * Each is what fsr computed from its inputs; a JSON document claiming to be one is not, so reading it is an
 * error ({@code FSR-JSON-WRITE-ONLY}) that says to send the inputs (which all read back) and compute it —
 * scelta di fsr, so that no figure a public act is signed on can enter a service as fsr's result without
 * being computed.
 */
final class WriteOnly<T> {
    private final Map<String, Function<T, Object>> fields;

    private WriteOnly(Class<T> type, Map<String, Function<T, Object>> fields) {
        this.fields = fields;
    }

    void write(T value, Out gen, Ctx provider) throws IOException {
        gen.writeStartObject();
        for (Map.Entry<String, Function<T, Object>> f : fields.entrySet()) {
            provider.defaultSerializeField(f.getKey(), f.getValue().apply(value), gen);
        }
        gen.writeEndObject();
    }

    /** The names of the fields written, in order. */
    java.util.Set<String> fieldNames() {
        return fields.keySet();
    }

    /** A writer of the named fields of {@code type}, in order. */
    static <T> WriteOnly<T> of(Class<T> type, Map<String, Function<T, Object>> fields) {
        return new WriteOnly<>(type, fields);
    }
}
