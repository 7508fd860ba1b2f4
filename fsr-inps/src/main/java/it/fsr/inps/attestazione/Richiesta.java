package it.fsr.inps.attestazione;

import it.fsr.inps.CodiceFiscale;
import it.fsr.isee.Variant;
import java.time.LocalDate;

/**
 * What a service asks of an attestation: the ISEE variant, the beneficiary (the minor, the student, the person
 * receiving the sociosanitary service; null for the ordinary ISEE), the date at which the attestation must be
 * valid, and the ente's rule on omissioni and difformità. Nothing has a default.
 */
public record Richiesta(Variant variante, CodiceFiscale beneficiario, LocalDate data, Difformita difformita) {
    /** Requires the variant, the date and the rule; the beneficiary for every variant but the ordinary. */
    public Richiesta {
        it.fsr.core.validation.Violations v = new it.fsr.core.validation.Violations();
        v.requireNonNull(variante, "variante");
        v.requireNonNull(data, "data");
        v.requireNonNull(difformita, "difformita");
        if (variante != null && variante != Variant.ORDINARIO && beneficiario == null) {
            v.addCoded("FSR-INPS-BENEFICIARY-REQUIRED", "beneficiario", "", variante.code());
        }
        v.throwIfAny();
    }
}
