package it.fsr.core.validation;

import it.fsr.core.explain.Label;
import it.fsr.core.explain.MessageCatalog;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.ResourceBundle;

/**
 * One problem found in an input: the field it concerns, the value found there, why it is wrong, and a
 * stable code with the arguments of its message.
 *
 * <p>The code ({@code FSR-…}) never changes between releases: a program handles it, and
 * {@link #message(Locale)} renders the message in Italian (the default) or English from the kernel's
 * catalog ({@code it.fsr.core.validation.messages}, the same mechanism as the explanations). A
 * violation created from an English text only ({@link #of(String, Object, String)}) is given its code by
 * {@link ViolationCodes}; one that no code describes keeps {@code FSR-INPUT} and its English text.
 *
 * <p>Immutable and thread-safe; serialisable (an argument that is not is kept as its text).
 *
 * @param field   path of the field, e.g. {@code units[3].costs} or {@code u.csv:4: costs}; must not be null
 * @param value   the offending value as text, as the user wrote it ({@code "null"} when missing); must not be null
 * @param message why the value is wrong, in English; must not be null
 * @param code    the stable code, e.g. {@code FSR-CSV-AMBIGUOUS-NUMBER}; must not be null
 * @param args    the arguments of the code's message; must not be null
 */
public record Violation(String field, String value, String message, String code, List<Object> args)
        implements java.io.Serializable {

    /** The catalog of the messages, by code. */
    static final MessageCatalog CATALOG = MessageCatalog.of(locale -> ResourceBundle.getBundle("it.fsr.core.validation.messages", locale));

    /** Checks that no component is null. */
    public Violation {
        it.fsr.core.validation.ValidationException.requireNonNull(field, "field");
        it.fsr.core.validation.ValidationException.requireNonNull(value, "value");
        it.fsr.core.validation.ValidationException.requireNonNull(message, "message");
        it.fsr.core.validation.ValidationException.requireNonNull(code, "code");
        args = it.fsr.core.validation.ValidationException.requireNonNull(args, "args").stream()
                .map(a -> a instanceof java.io.Serializable ? a : String.valueOf(a)).toList();
    }

    /** A violation whose code is told by its English message ({@link ViolationCodes}). */
    public Violation(String field, String value, String message) {
        this(field, value, message, ViolationCodes.classify(message));
    }

    private Violation(String field, String value, String message, ViolationCodes.Match m) {
        this(field, value, message, m.code(), m.args());
    }

    /** The longest value rendered whole; a longer one is cut, with its length said. */
    public static final int MAX_VALUE_LENGTH = 80;

    /**
     * Creates a violation, rendering {@code value} with {@link String#valueOf(Object)}; a value longer
     * than {@value #MAX_VALUE_LENGTH} characters (a 10 MB field) is cut and its length said, so that an
     * error message stays readable.
     */
    public static Violation of(String field, Object value, String message) {
        return new Violation(field, cut(value), message);
    }

    /**
     * A violation with a code of the catalog and its arguments; the English message is rendered from the
     * catalog.
     */
    public static Violation coded(String code, String field, Object value, Object... args) {
        String english = Label.of(CATALOG, code, Phrase.rendered(java.util.Arrays.asList(args), Locale.ENGLISH)).render(Locale.ENGLISH);
        return new Violation(field, cut(value), english, code, java.util.Arrays.asList(args));
    }

    private static String cut(Object value) {
        String v = String.valueOf(value);
        if (v.length() > MAX_VALUE_LENGTH) {
            v = v.substring(0, MAX_VALUE_LENGTH) + "… (" + v.length() + " characters)";
        }
        return v;
    }

    /** The message in {@code locale} (Italian unless English is asked): from the catalog by code. */
    public String message(Locale locale) {
        if (ViolationCodes.GENERIC.equals(code)) {
            return message;
        }
        return Label.of(CATALOG, code, Phrase.rendered(args, locale)).render(locale);
    }

    /**
     * An argument that is itself a phrase of the catalog ("a whole number", "un numero intero"), rendered in the
     * message's language: a message never mixes Italian with an English argument.
     *
     * @param key  the phrase's key in the catalog
     * @param args the phrase's own arguments (texts)
     */
    public record Phrase(String key, List<String> args) implements java.io.Serializable {
        /** Copies the arguments. */
        public Phrase {
            it.fsr.core.validation.ValidationException.requireNonNull(key, "key");
            args = List.copyOf(args);
        }

        /** A phrase without arguments. */
        public static Phrase of(String key, String... args) {
            return new Phrase(key, List.of(args));
        }

        /** The phrase in {@code locale}. */
        public String render(Locale locale) {
            return Label.of(CATALOG, key, args.toArray()).render(locale);
        }

        static Object[] rendered(List<Object> args, Locale locale) {
            Object[] out = args.toArray();
            for (int i = 0; i < out.length; i++) {
                if (out[i] instanceof Phrase p) {
                    out[i] = p.render(locale);
                }
            }
            return out;
        }
    }

    /** A copy placed at another field (a file line and column), code and arguments kept. */
    public Violation at(String newField) {
        return new Violation(newField, value, message, code, args);
    }

    /** A copy with the value as the user wrote it, code and arguments kept. */
    public Violation withValue(String newValue) {
        return new Violation(field, newValue, message, code, args);
    }

    /** Renders as {@code field = value: message} (English). */
    /**
     * The problem with the value as written, {@code field = value: message}, in {@code locale}: for the person the data
     * belongs to, never for a log ({@link #toString()} has no value).
     */
    public String text(Locale locale) {
        // in English the message as the rule wrote it (it may say more than the catalogue's form of its code)
        return field + " = " + value + ": " + (locale.getLanguage().equals(Locale.ENGLISH.getLanguage()) ? message : message(locale));
    }

    /** The field (an id in its brackets masked) and the code: never the value, which may be personal data. */
    @Override
    public String toString() {
        return ValidationException.masked(field) + " [" + code + "]";
    }
}
