package it.fsr.isee.dsu;

import it.fsr.core.explain.Label;
import it.fsr.core.explain.MessageCatalog;
import it.fsr.core.explain.Step;
import java.util.ResourceBundle;

/** The DSU calculation's explanation texts, Italian and English. */
final class DsuMessages {
    static final MessageCatalog CATALOG =
            MessageCatalog.of(locale -> ResourceBundle.getBundle("it.fsr.isee.dsu.messages", locale));

    private DsuMessages() {
    }

    static Step step(String key, Object value, String rule, String source, Object... args) {
        return Step.of(Label.of(CATALOG, key, args), value, rule, source);
    }
}
