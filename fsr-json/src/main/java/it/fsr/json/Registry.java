package it.fsr.json;

import it.fsr.core.allocation.Allocation;
import it.fsr.core.allocation.Share;
import it.fsr.core.explain.Explanation;
import it.fsr.core.explain.Label;
import it.fsr.core.explain.Step;
import it.fsr.core.money.Euro;
import it.fsr.core.money.Rate;
import it.fsr.core.validation.Violation;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * What fsr-json knows, module by module: the kernel's values here, and each optional module's through its part
 * ({@link IseePart}, {@link RipartoPart}, {@link LepPart}, {@link PianoPart}), loaded only when the module is on the class
 * path, so that a service that uses only fsr-isee needs no other module of fsr. Built once; read by many threads.
 */
final class Registry {
    /** What a module of fsr adds. */
    interface Part {
        void register(Registry r);
    }

    /** A base type with subtypes (a band and its kinds): one writer and one reader for all. */
    record Family(Class<?> base, FsrJson.Writer<Object> writer, FsrJson.Reader<Object> reader) {
    }

    final Map<Class<?>, FsrJson.Writer<?>> writers = new HashMap<>();
    final Map<Class<?>, FsrJson.Reader<?>> readers = new HashMap<>();
    final List<Family> families = new ArrayList<>();
    final Map<Class<?>, WriteOnly<?>> writeOnly = new LinkedHashMap<>();
    final Map<Class<?>, Function<Schemas.Defs, Node>> schemas = new HashMap<>();
    final List<Class<?>> documents = new ArrayList<>();
    /** Records whose decimal components are amounts in euro not yet rounded: written as strings like every amount. */
    final java.util.Set<Class<?>> amountRecords = new java.util.HashSet<>();

    /** The parts of the optional modules: the class that says the module is present, and the part's class. */
    private static final String[][] PARTS = {
        {"it.fsr.isee.IseeAttestation", "it.fsr.json.IseePart"},
        {"it.fsr.riparto.ServiceUnit", "it.fsr.json.RipartoPart"},
        {"it.fsr.lep.LepParameters", "it.fsr.json.LepPart"},
        {"it.fsr.piano.fundmap.FundMap", "it.fsr.json.PianoPart"}};

    /** The kernel's values and every part whose module is present. */
    static Registry build() {
        Registry r = new Registry();
        r.core();
        ClassLoader loader = Registry.class.getClassLoader();
        for (String[] p : PARTS) {
            try {
                Class.forName(p[0], false, loader);
            } catch (ClassNotFoundException | LinkageError absent) {
                continue; // the module is not there: its documents are not either
            }
            try {
                ((Part) Class.forName(p[1], true, loader).getDeclaredConstructor().newInstance()).register(r);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("fsr-json cannot load " + p[1], e);
            }
        }
        return r;
    }

    @SuppressWarnings("unchecked")
    <T> void codec(Class<T> type, FsrJson.Writer<T> writer, FsrJson.Reader<T> reader) {
        writers.put(type, writer);
        readers.put(type, reader);
    }

    @SuppressWarnings("unchecked")
    <T> void family(Class<T> base, FsrJson.Writer<T> writer, FsrJson.Reader<T> reader) {
        families.add(new Family(base, (FsrJson.Writer<Object>) writer, (FsrJson.Reader<Object>) reader));
    }

    /** The family {@code type} belongs to, or null. */
    Family familyOf(Class<?> type) {
        for (Family f : families) {
            if (f.base().isAssignableFrom(type)) {
                return f;
            }
        }
        return null;
    }

    private void core() {
        Registry r = this;
        codec(Euro.class, (v, g, c) -> g.writeString(Json.text(v)), (t, path, c) -> Json.euro(t, path));
        codec(Rate.class, (v, g, c) -> g.writeString(Json.text(v)), (t, path, c) -> Json.rate(t, path));
        codec(Label.class, (v, g, c) -> ValueCodecs.writeLabel(v, g, c.languages()), (t, path, c) -> ValueCodecs.readLabel(t, path));
        codec(Step.class, (v, g, c) -> ValueCodecs.writeStep(v, g, c.languages()), (t, path, c) -> ValueCodecs.readStep(t, path));
        codec(Explanation.class, ValueCodecs::writeExplanation, ValueCodecs::readExplanation);
        codec(Violation.class, (v, g, c) -> ProblemCodecs.writeViolation(v, g), (t, path, c) -> ProblemCodecs.readViolation(t, path));
        Map<String, Function<Share, Object>> share = new LinkedHashMap<>();
        share.put("key", Share::key);
        share.put("amount", Share::amount);
        share.put("status", Share::status);
        r.writeOnly.put(Share.class, WriteOnly.of(Share.class, share));
        Map<String, Function<Allocation, Object>> alloc = new LinkedHashMap<>();
        alloc.put("budget", Allocation::budget);
        alloc.put("allocated", Allocation::allocated);
        alloc.put("remainder", Allocation::remainder);
        alloc.put("exclusionRounds", Allocation::exclusionRounds);
        alloc.put("shares", Allocation::shares);
        r.writeOnly.put(Allocation.class, WriteOnly.of(Allocation.class, alloc));
        documents.add(it.fsr.core.allocation.AllocationRequest.class);
        documents.add(Allocation.class);
        documents.add(it.fsr.core.validation.ValidationException.class);
    }
}
