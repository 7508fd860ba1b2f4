package it.fsr.core.explain;

import java.util.Locale;

/**
 * The languages fsr writes explanations in: Italian (the language of the acts, the default) and
 * English.
 */
public final class Languages {
    /** Italian, the default. */
    public static final Locale ITALIAN = Locale.ITALIAN;
    /** English. */
    public static final Locale ENGLISH = Locale.ENGLISH;

    private Languages() {
    }

    /** English for an English locale, Italian for anything else (including null). */
    public static Locale effective(Locale requested) {
        return requested != null && "en".equals(requested.getLanguage()) ? ENGLISH : ITALIAN;
    }

    /** Parses {@code it} / {@code en}. @throws IllegalArgumentException otherwise */
    public static Locale parse(String tag) {
        return switch (tag) {
            case "it" -> ITALIAN;
            case "en" -> ENGLISH;
            default -> throw it.fsr.core.validation.ValidationException.of("language", tag, "is not a language of fsr: use it or en");
        };
    }
}
