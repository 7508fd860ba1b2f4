package it.fsr.core.explain;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.function.Function;

/**
 * Where the text of explanation labels comes from: a module's {@link ResourceBundle}, looked up by key
 * and language. Each module creates its catalog with a loader lambda written in the module itself,
 * so that {@code ResourceBundle.getBundle} finds the module's own bundles on the module path too:
 * <pre>{@code
 * static final MessageCatalog MESSAGES =
 *     MessageCatalog.of(locale -> ResourceBundle.getBundle("it.fsr.isee.messages", locale));
 * }</pre>
 * A missing key renders as the key itself (never an exception in a report). Thread-safe.
 */
@FunctionalInterface
public interface MessageCatalog {

    /** The pattern for {@code key} in {@code locale}, with {@code {0}}, {@code {1}}… placeholders. */
    String pattern(String key, Locale locale);

    /** A catalog over resource bundles; languages other than English read Italian. */
    static MessageCatalog of(Function<Locale, ResourceBundle> loader) {
        return (key, locale) -> {
            Locale effective = Languages.effective(locale);
            try {
                ResourceBundle bundle = loader.apply(effective);
                return bundle.containsKey(key) ? bundle.getString(key) : key;
            } catch (MissingResourceException e) {
                return key;
            }
        };
    }
}
