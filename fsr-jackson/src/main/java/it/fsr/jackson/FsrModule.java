package it.fsr.jackson;

import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.deser.Deserializers;
import com.fasterxml.jackson.databind.ser.Serializers;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import it.fsr.core.explain.Explanation;
import it.fsr.core.explain.Label;
import it.fsr.core.explain.Step;
import it.fsr.core.money.Euro;
import it.fsr.core.money.Rate;
import it.fsr.riparto.ServiceUnit;
import it.fsr.core.validation.FsrException;
import it.fsr.core.validation.Violation;
import it.fsr.isee.veneto.Household;
import it.fsr.isee.IseeAttestation;
import it.fsr.isee.compartecipazione.Band;
import it.fsr.isee.compartecipazione.Schedule;
import java.util.List;
import java.util.Map;

/**
 * Jackson support for fsr's types, registered by {@code ObjectMapper.findAndRegisterModules()} (a
 * {@code META-INF/services} entry and a {@code provides} of the module descriptor) or by hand with
 * {@code mapper.registerModule(new FsrModule())}. It brings Jackson's {@code Optional} and {@code java.time}
 * modules with it.
 *
 * <ul>
 *   <li>{@link Euro}: a string of two decimals ({@code "1234.50"}); read from such a string or from a JSON
 *       number in euro (never cents), range-checked; a fraction of a cent is an error.</li>
 *   <li>{@link Rate}: a percentage string with its sign ({@code "12.5%"}); a bare number is an error, being
 *       either a fraction or a percentage.</li>
 *   <li>Explanations, labels and steps: the Italian and English texts and typed values.</li>
 *   <li>Every public record of fsr (results and inputs): exactly its components, read through its public
 *       canonical constructor; an absent component is an error naming it.</li>
 *   <li>Inputs that are classes: {@link Household}, {@link ServiceUnit}, {@link Schedule}, {@link Band},
 *       {@link IseeAttestation}.</li>
 *   <li>Errors: {@link Violation} and {@link FsrException} (problem documents).</li>
 *   <li>The engines' outputs (allocation, riparto plan, fund map, batch result): written, never read.</li>
 * </ul>
 * Stateless and thread-safe.
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
        return new Version(0, 1, 0, "SNAPSHOT", "it.fsr", "fsr-jackson");
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

    private static final class FsrSerializers extends Serializers.Base {
        private final Map<Class<?>, JsonSerializer<?>> exact = Map.ofEntries(
                Map.entry(Euro.class, Codec.writer(Euro.class, (v, g, p) -> g.writeString(Json.text(v)))),
                Map.entry(Rate.class, Codec.writer(Rate.class, (v, g, p) -> g.writeString(Json.text(v)))),
                Map.entry(Label.class, Codec.writer(Label.class, (v, g, p) -> ValueCodecs.writeLabel(v, g, ValueCodecs.languages(p)))),
                Map.entry(Step.class, Codec.writer(Step.class, (v, g, p) -> ValueCodecs.writeStep(v, g, ValueCodecs.languages(p)))),
                Map.entry(Explanation.class, Codec.writer(Explanation.class, ValueCodecs::writeExplanation)),
                Map.entry(IseeAttestation.class, Codec.writer(IseeAttestation.class, ValueCodecs::writeAttestation)),
                Map.entry(Violation.class, Codec.writer(Violation.class, (v, g, p) -> ProblemCodecs.writeViolation(v, g))),
                Map.entry(Household.class, Codec.writer(Household.class, InputCodecs::writeHousehold)),
                Map.entry(ServiceUnit.class, Codec.writer(ServiceUnit.class, InputCodecs::writeUnit)),
                Map.entry(Schedule.class, Codec.writer(Schedule.class, InputCodecs::writeSchedule)));
        private final Map<Class<?>, WriteOnly<?>> writeOnly = WriteOnly.all();
        private final JsonSerializer<?> band = Codec.writer(Band.class, InputCodecs::writeBand);
        private final JsonSerializer<?> problem = Codec.writer(FsrException.class, ProblemCodecs::writeException);

        @Override
        public JsonSerializer<?> findSerializer(SerializationConfig config, JavaType type, BeanDescription beanDesc) {
            Class<?> raw = type.getRawClass();
            JsonSerializer<?> s = exact.get(raw);
            if (s == null) {
                s = writeOnly.get(raw);
            }
            if (s != null) {
                return s;
            }
            if (Band.class.isAssignableFrom(raw)) {
                return band;
            }
            if (FsrException.class.isAssignableFrom(raw)) {
                return problem;
            }
            return RecordCodec.handles(raw) ? new RecordCodec.Writer(raw) : null;
        }
    }

    private static final class FsrDeserializers extends Deserializers.Base {
        private final Map<Class<?>, JsonDeserializer<?>> exact = Map.ofEntries(
                Map.entry(Euro.class, Codec.reader(Euro.class, (t, path, c) -> Json.euro(t, path))),
                Map.entry(Rate.class, Codec.reader(Rate.class, (t, path, c) -> Json.rate(t, path))),
                Map.entry(Label.class, Codec.reader(Label.class, (t, path, c) -> ValueCodecs.readLabel(t, path))),
                Map.entry(Step.class, Codec.reader(Step.class, (t, path, c) -> ValueCodecs.readStep(t, path))),
                Map.entry(Explanation.class, Codec.reader(Explanation.class, ValueCodecs::readExplanation)),
                Map.entry(IseeAttestation.class, Codec.reader(IseeAttestation.class, ValueCodecs::readAttestation)),
                Map.entry(Violation.class, Codec.reader(Violation.class, (t, path, c) -> ProblemCodecs.readViolation(t, path))),
                Map.entry(Household.class, Codec.reader(Household.class, InputCodecs::readHousehold)),
                Map.entry(ServiceUnit.class, Codec.reader(ServiceUnit.class, InputCodecs::readUnit)),
                Map.entry(Schedule.class, Codec.reader(Schedule.class, InputCodecs::readSchedule)),
                Map.entry(Band.class, Codec.reader(Band.class, (t, path, c) -> InputCodecs.band(t, path))));
        private final Map<Class<?>, WriteOnly<?>> writeOnly = WriteOnly.all();

        @Override
        public JsonDeserializer<?> findBeanDeserializer(JavaType type, DeserializationConfig config, BeanDescription beanDesc) {
            Class<?> raw = type.getRawClass();
            JsonDeserializer<?> d = exact.get(raw);
            if (d != null) {
                return d;
            }
            if (writeOnly.containsKey(raw)) {
                return new WriteOnly.Refusal(raw);
            }
            if (FsrException.class.isAssignableFrom(raw)) {
                return exception(raw.asSubclass(FsrException.class));
            }
            if (Band.class.isAssignableFrom(raw)) {
                return exact.get(Band.class);
            }
            return RecordCodec.handles(raw) ? new RecordCodec.Reader(raw) : null;
        }

        private static <E extends FsrException> JsonDeserializer<E> exception(Class<E> type) {
            return Codec.reader(type, (t, path, c) -> ProblemCodecs.readException(type, t, path));
        }
    }
}
