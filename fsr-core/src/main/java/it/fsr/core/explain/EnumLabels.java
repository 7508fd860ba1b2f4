package it.fsr.core.explain;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The Italian and English names of a module's enum constants (an exclusion reason, a relationship, a
 * service type…), read from the module's own catalog so that they load on the module path as on the class
 * path. Each module publishes one ({@code RipartoLabels}, {@code IseeLabels}, {@code DsuLabels}).
 * Immutable and thread-safe.
 */
public final class EnumLabels {
    private final MessageCatalog catalog;
    private final Map<Class<?>, String> prefixes;

    private EnumLabels(MessageCatalog catalog, Map<Class<?>, String> prefixes) {
        this.catalog = it.fsr.core.validation.ValidationException.requireNonNull(catalog, "catalog");
        this.prefixes = Map.copyOf(prefixes);
    }

    /**
     * The labels of the enums in {@code prefixes}: a constant {@code C} of an enum whose prefix is {@code p}
     * is the catalog's key {@code p.C}.
     */
    public static EnumLabels of(MessageCatalog catalog, Map<Class<? extends Enum<?>>, String> prefixes) {
        return new EnumLabels(catalog, new LinkedHashMap<>(prefixes));
    }

    /** The enums this catalog names. */
    public Set<Class<?>> types() {
        return prefixes.keySet();
    }

    /** The label of {@code constant}, or empty when its enum or the constant has none. */
    public Optional<Label> label(Enum<?> constant) {
        String prefix = prefixes.get(it.fsr.core.validation.ValidationException.requireNonNull(constant, "constant").getDeclaringClass());
        if (prefix == null) {
            return Optional.empty();
        }
        String key = prefix + "." + constant.name();
        return catalog.pattern(key, Languages.ITALIAN).equals(key) ? Optional.empty() : Optional.of(Label.of(catalog, key));
    }

    /** The name of {@code constant} in {@code locale}; the constant's own name when it has no label. */
    public String text(Enum<?> constant, Locale locale) {
        return label(constant).map(l -> l.render(locale)).orElse(constant.name());
    }
}
