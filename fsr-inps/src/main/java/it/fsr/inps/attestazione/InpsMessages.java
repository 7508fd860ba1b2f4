package it.fsr.inps.attestazione;

import it.fsr.core.explain.Label;
import it.fsr.core.explain.MessageCatalog;
import it.fsr.core.explain.Step;
import java.util.ResourceBundle;

/** The attestation's explanation texts, Italian and English. */
final class InpsMessages {
    static final MessageCatalog CATALOG =
            MessageCatalog.of(locale -> ResourceBundle.getBundle("it.fsr.inps.attestazione.messages", locale));

    private InpsMessages() {
    }

    static Step step(String key, Object value, String rule, String source, Object... args) {
        return Step.of(Label.of(CATALOG, key, args), value, rule, source);
    }
}
