package it.fsr.json;

import java.io.IOException;
import java.lang.reflect.Type;

/** What a codec asks of the call it runs in: how to write a nested value, how to read one, which texts to write. */
final class Ctx {
    private final FsrJson.Options options;

    Ctx(FsrJson.Options options) {
        this.options = options;
    }

    /** A field holding any value fsr writes. */
    void defaultSerializeField(String name, Object value, Out gen) throws IOException {
        gen.writeFieldName(name);
        FsrJson.writeAny(value, gen, this);
    }

    /** A nested value read from its tree, its problems at paths relative to it ({@code $}). */
    Object readTreeAsValue(Node node, Type type) {
        return FsrJson.readAny(node, type, "$", this);
    }

    /** A nested value read from its tree, its problems at paths relative to it ({@code $}). */
    <T> T readTreeAsValue(Node node, Class<T> type) {
        return type.cast(FsrJson.readAny(node, type, "$", this));
    }

    /** Texts in Italian (bit 1) and English (bit 2). */
    int languages() {
        return options.language() == null ? 3 : it.fsr.core.explain.Languages.ENGLISH.equals(options.language()) ? 2 : 1;
    }

    /** Whether explanations are written. */
    boolean explanations() {
        return options.explanations();
    }
}
