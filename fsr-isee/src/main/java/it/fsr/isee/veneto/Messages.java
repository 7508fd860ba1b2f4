package it.fsr.isee.veneto;

import it.fsr.core.explain.Label;
import it.fsr.core.explain.MessageCatalog;
import it.fsr.core.explain.Step;
import java.util.ResourceBundle;

/** The explanation texts of the Veneto rules, Italian and English. */
final class Messages {
    static final MessageCatalog CATALOG =
            MessageCatalog.of(locale -> ResourceBundle.getBundle("it.fsr.isee.veneto.messages", locale));

    private Messages() {
    }

    static Label label(String key, Object... args) {
        return Label.of(CATALOG, key, args);
    }

    static Step step(String key, Object value, String rule, String source, Object... args) {
        return Step.of(Label.of(CATALOG, key, args), value, rule, source);
    }
}
