package it.fsr.core.explain;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A translatable text: a key in a module's {@link MessageCatalog} and the values to put in its
 * {@code {0}}, {@code {1}}… placeholders (formatted by {@link ValueFormat} for the language).
 * Placeholders are replaced literally: apostrophes in Italian text need no escaping.
 *
 * @param catalog where the key's text is
 * @param key     the message key
 * @param args    the values of the placeholders
 */
public record Label(MessageCatalog catalog, String key, List<Object> args) {
    /** Copies the arguments. */
    public Label {
        it.fsr.core.validation.ValidationException.requireNonNull(catalog, "catalog");
        it.fsr.core.validation.ValidationException.requireNonNull(key, "key");
        args = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(args));
    }

    /** A label with arguments. */
    public static Label of(MessageCatalog catalog, String key, Object... args) {
        return new Label(catalog, key, java.util.Arrays.asList(args));
    }

    /** The text in {@code locale}. */
    public String render(Locale locale) {
        String text = catalog.pattern(key, locale);
        for (int i = 0; i < args.size(); i++) {
            text = text.replace("{" + i + "}", ValueFormat.format(args.get(i), locale));
        }
        return text;
    }
}
