package it.fsr.jackson;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.Deserializers;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.ser.Serializers;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import it.fsr.json.FsrJson;
import java.io.IOException;
import java.util.List;

/**
 * Jackson 2 support for fsr's types, registered by {@code ObjectMapper.findAndRegisterModules()} (a
 * {@code META-INF/services} entry and a {@code provides} of the module descriptor) or by hand with
 * {@code mapper.registerModule(new FsrModule())}. It brings Jackson's {@code Optional} and {@code java.time}
 * modules with it.
 *
 * <p>The documents are {@code fsr-json}'s ({@link FsrJson}): this module hands fsr's types to it, token by token
 * in and through the generator out, so that Jackson 2 and Jackson 3 ({@code fsr-jackson3}) read the same documents
 * and write the same bytes, whatever the mapper's settings:
 * <ul>
 *   <li>{@code Euro}: a string of two decimals ({@code "1234.50"}); read from such a string or from a JSON
 *       number in euro (never cents), range-checked; a fraction of a cent is an error.</li>
 *   <li>{@code Rate}: a percentage string with its sign ({@code "12.5%"}); a bare number is an error, being
 *       either a fraction or a percentage.</li>
 *   <li>Explanations, labels and steps: the Italian and English texts and typed values.</li>
 *   <li>Every public record of fsr (results and inputs): exactly its components, read strictly through its public
 *       canonical constructor; an absent component is an error naming it.</li>
 *   <li>Inputs that are classes: {@code Household}, {@code ServiceUnit}, {@code Schedule}, {@code Band},
 *       {@code IseeAttestation}.</li>
 *   <li>Errors: {@code Violation} and {@code FsrException} (problem documents).</li>
 *   <li>The engines' outputs (allocation, riparto plan, fund map, batch result): written, never read.</li>
 * </ul>
 * Stateless and thread-safe. Built on Jackson 2.22 and tested on Jackson 2.19 (Spring Boot 3.5's).
 */
public final class FsrModule extends Module {
    /**
     * The writer attribute naming the one language of the texts written (labels, steps, explanations): a {@link
     * java.util.Locale} (English for an English locale, Italian otherwise) or {@code "it"} / {@code "en"}. Unset, both
     * are written. A text is rendered only when written, so a service that answers in one language renders one:
     * {@code mapper.writer().withAttribute(FsrModule.LANGUAGE, Locale.ITALIAN)}.
     */
    public static final String LANGUAGE = "fsr.language";
    /**
     * The writer attribute saying whether explanations are written: {@code Boolean.FALSE} writes each as {@code null},
     * rendering nothing (a decision without its explanation is a fraction of the size). Unset, they are written.
     */
    public static final String EXPLANATIONS = "fsr.explanations";

    /** A module; the mapper calls {@link #setupModule}. */
    public FsrModule() {
    }

    @Override
    public String getModuleName() {
        return "fsr";
    }

    @Override
    public Version version() {
        return new Version(0, 3, 0, "SNAPSHOT", "it.fsr", "fsr-jackson");
    }

    @Override
    public Iterable<? extends Module> getDependencies() {
        return List.of(new Jdk8Module(), new JavaTimeModule());
    }

    @Override
    public void setupModule(SetupContext context) {
        context.addSerializers(new FsrSerializers());
        context.addDeserializers(new FsrDeserializers());
    }

    /** What the writer asked for: its attributes {@link #LANGUAGE} and {@link #EXPLANATIONS}. */
    static FsrJson.Options options(SerializerProvider provider) {
        Object explain = provider.getAttribute(EXPLANATIONS);
        return new FsrJson.Options(FsrJson.language(provider.getAttribute(LANGUAGE)),
                explain == null || Boolean.TRUE.equals(explain) || "true".equals(explain));
    }

    private static final class Writer extends StdSerializer<Object> {
        private static final long serialVersionUID = 1L;

        Writer() {
            super(Object.class);
        }

        @Override
        public void serialize(Object value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            FsrJson.write(value, Trees.out(gen), options(provider));
        }
    }

    private static final class Reader extends StdDeserializer<Object> {
        private static final long serialVersionUID = 1L;

        Reader(Class<?> type) {
            super(type);
        }

        @Override
        public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            String path = Trees.path(p);
            return FsrJson.read(Trees.tree(p), handledType(), path);
        }
    }

    private static final class FsrSerializers extends Serializers.Base {
        private final JsonSerializer<Object> writer = new Writer();

        @Override
        public JsonSerializer<?> findSerializer(SerializationConfig config, JavaType type, BeanDescription beanDesc) {
            return FsrJson.writes(type.getRawClass()) ? writer : null;
        }
    }

    private static final class FsrDeserializers extends Deserializers.Base {
        @Override
        public JsonDeserializer<?> findBeanDeserializer(JavaType type, DeserializationConfig config, BeanDescription beanDesc) {
            return FsrJson.reads(type.getRawClass()) ? new Reader(type.getRawClass()) : null;
        }
    }
}
