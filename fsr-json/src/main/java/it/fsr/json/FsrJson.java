package it.fsr.json;

import it.fsr.core.explain.Explanation;
import it.fsr.core.explain.Languages;
import it.fsr.core.money.Euro;
import it.fsr.core.money.Rate;
import it.fsr.core.validation.Violation;
import it.fsr.core.validation.FsrException;
import it.fsr.core.validation.ValidationException;
import java.io.IOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * fsr's JSON documents, whichever JSON library carries them: one reading and one writing of every fsr type, which the
 * Jackson 2 adapter ({@code fsr-jackson}) and the Jackson 3 adapter ({@code fsr-jackson3}) call, so that both read the
 * same documents the same way and write the same bytes.
 * <ul>
 *   <li>{@link Euro}: a string of two decimals ({@code "1234.50"}); read from such a string or from a JSON number in euro
 *       (never cents), range-checked; a fraction of a cent is an error.</li>
 *   <li>{@link Rate}: a percentage string with its sign ({@code "12.5%"}); a bare number is an error.</li>
 *   <li>Explanations, labels and steps: the Italian and English texts (or the one language asked) and typed values.</li>
 *   <li>Every public record of fsr: exactly its components, read strictly through its public canonical constructor.</li>
 *   <li>Inputs that are classes: {@code Household}, {@code ServiceUnit}, {@code Schedule}, {@code Band},
 *       {@code IseeAttestation}; errors: {@link Violation} and {@link FsrException} (problem documents).</li>
 *   <li>Each module of fsr is optional: a service with fsr-isee and not fsr-riparto, fsr-lep or fsr-piano reads and
 *       writes fsr-isee's documents and needs no other module.</li>
 *   <li>The engines' outputs (allocation, riparto plan, fund map, batch result): written, never read.</li>
 * </ul>
 * Stateless and thread-safe.
 */
public final class FsrJson {
    private FsrJson() {
    }

    /**
     * What a writer asked for.
     *
     * @param language     the one language of the texts (Italian for anything but English), or null for Italian and English
     * @param explanations whether explanations are written ({@code null} in their place otherwise)
     */
    public record Options(Locale language, boolean explanations) {
        /** Both languages, explanations written: the default. */
        public static final Options DEFAULT = new Options(null, true);
    }

    /** A value fsr writes, by type. */
    @FunctionalInterface
    interface Writer<T> {
        void write(T value, Out gen, Ctx ctx) throws IOException;
    }

    /** A value fsr reads from its tree, at its path. */
    @FunctionalInterface
    interface Reader<T> {
        T read(Node tree, String path, Ctx ctx);
    }

    /** The kernel's values and those of every module of fsr on the class path. */
    static final Registry REGISTRY = Registry.build();

    /** The writer of an engine's output, or null when {@code type} is not one. */
    static WriteOnly<?> writeOnly(Class<?> type) {
        return REGISTRY.writeOnly.get(type);
    }

    /** Whether {@code type} is one of fsr's types, which fsr writes itself (an adapter hands it over). */
    public static boolean writes(Class<?> type) {
        return REGISTRY.writers.containsKey(type) || REGISTRY.writeOnly.containsKey(type) || REGISTRY.familyOf(type) != null
                || FsrException.class.isAssignableFrom(type) || RecordCodec.handles(type);
    }

    /** Whether {@code type} is one of fsr's types, which fsr reads itself (or refuses to: the engines' outputs). */
    public static boolean reads(Class<?> type) {
        return writes(type) || REGISTRY.readers.containsKey(type);
    }

    /** Writes {@code value}, one of fsr's types ({@link #writes}) or anything an fsr record holds. */
    public static void write(Object value, Out out, Options options) throws IOException {
        writeAny(value, out, new Ctx(options == null ? Options.DEFAULT : options));
    }

    /**
     * Reads a value of {@code type} from its tree, which was at {@code path} in the document ({@code $} at the root).
     *
     * @throws ValidationException every problem of the document, each at its JSON path
     */
    public static Object read(Node node, Type type, String path) {
        return readAny(node, type, path, new Ctx(Options.DEFAULT));
    }

    /** fsr's exception in the chain of causes of {@code error}, itself included (a JSON library wraps what it reads). */
    public static Optional<FsrException> find(Throwable error) {
        return Json.find(error);
    }

    /** An fsr error's RFC 9457 {@code type}: a stable URI per code, {@code urn:fsr:problem:fsr-input-invalid}. */
    public static String problemType(FsrException e) {
        return "urn:fsr:problem:" + e.code().toLowerCase(Locale.ROOT);
    }

    /** An fsr error's RFC 9457 {@code title}: what its code means, the same for every occurrence. */
    public static String problemTitle(FsrException e) {
        return switch (e.code()) {
            case "FSR-INPUT-INVALID" -> "Invalid input";
            case "FSR-PARAM-MISSING" -> "No act loaded for the period asked";
            default -> e.isInputProblem() ? "Invalid input" : "fsr could not compute the result";
        };
    }

    /** The HTTP status of an fsr error: 400 for the caller's input, 500 for the service's configuration. */
    public static int status(FsrException e) {
        return e.isInputProblem() ? 400 : 500;
    }

    /** The one language a writer named: a {@link Locale} (English for an English locale, Italian otherwise) or "it"/"en". */
    public static Locale language(Object asked) {
        return asked == null ? null : asked instanceof Locale l ? Languages.effective(l) : Languages.parse(String.valueOf(asked));
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    static void writeAny(Object v, Out gen, Ctx c) throws IOException {
        if (v == null) {
            gen.writeNull();
            return;
        }
        Class<?> t = v.getClass();
        Writer w = REGISTRY.writers.get(t);
        Registry.Family family;
        if (w != null) {
            w.write(v, gen, c);
        } else if (REGISTRY.writeOnly.containsKey(t)) {
            ((WriteOnly) REGISTRY.writeOnly.get(t)).write(v, gen, c);
        } else if ((family = REGISTRY.familyOf(t)) != null) {
            family.writer().write(v, gen, c);
        } else if (v instanceof FsrException e) {
            ProblemCodecs.writeException(e, gen, c);
        } else if (RecordCodec.handles(t)) {
            RecordCodec.write((Record) v, gen, c);
        } else if (v instanceof String s) {
            gen.writeString(s);
        } else if (v instanceof Boolean b) {
            gen.writeBoolean(b);
        } else if (v instanceof Integer || v instanceof Long || v instanceof Short || v instanceof Byte) {
            gen.writeNumber(((Number) v).longValue());
        } else if (v instanceof BigDecimal d) {
            gen.writeNumber(d);
        } else if (v instanceof BigInteger i) {
            gen.writeNumber(new BigDecimal(i));
        } else if (v instanceof Enum<?> e) {
            gen.writeString(e.name());
        } else if (v instanceof java.time.temporal.TemporalAccessor || v instanceof java.time.temporal.TemporalAmount) {
            gen.writeString(v.toString());
        } else if (v instanceof Optional<?> o) {
            writeAny(o.orElse(null), gen, c);
        } else if (v instanceof java.util.OptionalLong o) {
            writeAny(o.isPresent() ? (Object) o.getAsLong() : null, gen, c);
        } else if (v instanceof java.util.OptionalInt o) {
            writeAny(o.isPresent() ? (Object) (long) o.getAsInt() : null, gen, c);
        } else if (v instanceof Collection<?> items) {
            gen.writeStartArray();
            for (Object o : items) {
                writeAny(o, gen, c);
            }
            gen.writeEndArray();
        } else if (t.isArray()) {
            gen.writeStartArray();
            for (int i = 0, n = java.lang.reflect.Array.getLength(v); i < n; i++) {
                writeAny(java.lang.reflect.Array.get(v, i), gen, c);
            }
            gen.writeEndArray();
        } else if (v instanceof Map<?, ?> m) {
            gen.writeStartObject();
            for (Map.Entry<?, ?> e : m.entrySet()) {
                gen.writeFieldName(e.getKey() instanceof Enum<?> k ? k.name() : String.valueOf(e.getKey()));
                writeAny(e.getValue(), gen, c);
            }
            gen.writeEndObject();
        } else {
            gen.writeString(v.toString());
        }
    }

    static Object readAny(Node node, Type type, String path, Ctx c) {
        Class<?> raw = type instanceof Class<?> k ? k : type instanceof ParameterizedType pt ? (Class<?>) pt.getRawType() : Object.class;
        Reader<?> r = REGISTRY.readers.get(raw);
        if (r != null) {
            return r.read(node, path, c);
        }
        if (REGISTRY.writeOnly.containsKey(raw)) {
            throw Json.fail("FSR-JSON-WRITE-ONLY", path, "{…}", raw.getSimpleName());
        }
        if (FsrException.class.isAssignableFrom(raw)) {
            return ProblemCodecs.readException(raw.asSubclass(FsrException.class), node, path);
        }
        Registry.Family family = REGISTRY.familyOf(raw);
        if (family != null) {
            return family.reader().read(node, path, c);
        }
        if (RecordCodec.handles(raw)) {
            return RecordCodec.Reader.readRecord(raw, node, path, c);
        }
        try {
            return RecordCodec.Reader.read(node, type, c);
        } catch (ValidationException e) {
            throw new ValidationException(Json.under(e, path));
        }
    }
}
