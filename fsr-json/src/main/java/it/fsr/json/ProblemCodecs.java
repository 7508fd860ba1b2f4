package it.fsr.json;

import it.fsr.core.parameter.MissingParameterException;
import it.fsr.core.validation.FsrException;
import it.fsr.core.validation.ValidationException;
import it.fsr.core.validation.Violation;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * fsr's errors as JSON: a {@link Violation} with its code, field, value, English message, Italian message and
 * typed arguments; an {@link FsrException} as a problem document {@code {"code", "status", "title",
 * "violations"}} (status 400 for bad input, 500 for a missing legal parameter), read back as the same
 * exception type.
 */
final class ProblemCodecs {
    private ProblemCodecs() {
    }

    static void writeViolation(Violation v, Out gen) throws IOException {
        gen.writeStartObject();
        gen.writeStringField("code", v.code());
        gen.writeStringField("field", v.field());
        gen.writeStringField("value", v.value());
        gen.writeStringField("message", v.message());
        gen.writeStringField("messageIt", v.message(Locale.ITALIAN));
        gen.writeArrayFieldStart("args");
        for (Object a : v.args()) {
            ValueCodecs.writeTyped(a, gen, ValueCodecs.BOTH);
        }
        gen.writeEndArray();
        gen.writeEndObject();
    }

    static Violation readViolation(Node n, String at) {
        Fields f = Fields.of(n, at, "Violation", List.of("code", "field", "value", "message", "messageIt", "args"));
        String code = f.required("code", Fields::text);
        String field = f.required("field", Fields::text);
        String value = f.required("value", Fields::text);
        String message = f.required("message", Fields::text);
        List<Object> args = f.list("args", true, ValueCodecs::readTyped);
        f.throwIfAny();
        return new Violation(field, value, message, code, args);
    }

    static void writeException(FsrException e, Out gen, Ctx provider) throws IOException {
        // an RFC 9457 problem document, with fsr's code and violations as extensions
        gen.writeStartObject();
        gen.writeStringField("type", FsrJson.problemType(e));
        gen.writeStringField("title", FsrJson.problemTitle(e));
        gen.writeNumberField("status", FsrJson.status(e));
        String detail = e.message(java.util.Locale.ENGLISH);
        gen.writeStringField("detail", detail.lines().findFirst().orElse(detail));
        gen.writeStringField("code", e.code());
        gen.writeArrayFieldStart("violations");
        for (Violation v : e.violations()) {
            writeViolation(v, gen);
        }
        gen.writeEndArray();
        gen.writeEndObject();
    }

    /** Reads a problem document back as the exception its code names. */
    static <E extends FsrException> E readException(Class<E> type, Node tree, String path) {
        Fields f = Fields.of(tree, path, "FsrException", List.of("type", "title", "status", "detail", "instance", "code", "violations"));
        String code = f.required("code", Fields::text);
        List<Violation> violations = new ArrayList<>(f.list("violations", true, ProblemCodecs::readViolation));
        f.throwIfAny();
        if (violations.isEmpty()) {
            throw Json.fail("FSR-JSON-MISSING", Json.at(path, "violations"), "[]");
        }
        FsrException e;
        if (MissingParameterException.CODE.equals(code)) {
            Violation v = violations.get(0);
            e = new MissingParameterException(v.field(), v.value(), v.message());
        } else {
            e = new ValidationException(violations);
        }
        if (!type.isInstance(e)) {
            throw Json.fail("FSR-JSON-TYPE", Json.at(path, "code"), code, "the code of a " + type.getSimpleName());
        }
        return type.cast(e);
    }
}
