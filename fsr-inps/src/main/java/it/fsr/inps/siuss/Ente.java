package it.fsr.inps.siuss;

import it.fsr.core.validation.Violations;
import it.fsr.inps.CodiceFiscale;

/**
 * The ente that transmits the flow ({@code IdentificazioneFlusso/Ente}): its code in INPS's access system, its name,
 * the Belfiore (cadastral) code of its seat and the operator's codice fiscale.
 */
public record Ente(String codice, String denominazione, String codiceCatastale, CodiceFiscale operatore) {
    /** Checks each part against the record's bounds (every problem at once). */
    public Ente {
        Violations v = new Violations();
        if (v.requireNonNull(codice, "ente.codice") && (codice.isEmpty() || codice.length() > 32 || codice.contains("."))) {
            v.addCoded("FSR-SIUSS-TEXT", "ente.codice", codice, "1-32");
        }
        if (denominazione != null && (denominazione.isEmpty() || denominazione.length() > 100)) {
            v.addCoded("FSR-SIUSS-TEXT", "ente.denominazione", denominazione, "1-100");
        }
        if (v.requireNonNull(codiceCatastale, "ente.codiceCatastale") && !codiceCatastale.matches("[A-Z][0-9]{3}")) {
            v.addCoded("FSR-SIUSS-TEXT", "ente.codiceCatastale", codiceCatastale, "4");
        }
        v.requireNonNull(operatore, "ente.operatore");
        v.throwIfAny();
    }
}
