package it.fsr.isee;

import it.fsr.core.explain.Label;
import it.fsr.core.explain.MessageCatalog;
import it.fsr.core.explain.Step;
import java.util.ResourceBundle;

/** The module's explanation texts, Italian and English. */
final class Messages {
    static final MessageCatalog CATALOG =
            MessageCatalog.of(locale -> ResourceBundle.getBundle("it.fsr.isee.messages", locale));

    private Messages() {
    }

    static Label label(String key, Object... args) {
        return Label.of(CATALOG, key, args);
    }

    static Step step(String key, Object value, String rule, String source, Object... args) {
        return Step.of(Label.of(CATALOG, key, args), value, rule, source);
    }
}
