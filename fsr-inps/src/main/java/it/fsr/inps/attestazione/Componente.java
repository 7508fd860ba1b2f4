package it.fsr.inps.attestazione;

import it.fsr.inps.CodiceFiscale;

/**
 * A member of the nucleus as the attestation lists it, with INPS's relationship code to the declarant: D
 * dichiarante, C coniuge, F figlio minorenne, MA minore in affidamento preadottivo, FC figlio maggiorenne
 * convivente, FNC figlio maggiorenne non convivente a carico IRPEF, P altra persona, GNC genitore non convivente.
 */
public record Componente(CodiceFiscale codiceFiscale, String rapporto) {
    /** Requires both. */
    public Componente {
        java.util.Objects.requireNonNull(codiceFiscale, "codiceFiscale");
        java.util.Objects.requireNonNull(rapporto, "rapporto");
    }

    /** Whether a child of the declarant or the spouse (F, MA, FC, FNC): for the franchigia per child of art. 5 c. 4. */
    public boolean figlio() {
        return rapporto.equals("F") || rapporto.equals("MA") || rapporto.equals("FC") || rapporto.equals("FNC");
    }
}
