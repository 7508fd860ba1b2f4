package it.fsr.inps.attestazione;

import it.fsr.inps.CodiceFiscale;

/**
 * An omissione or difformità the Agenzia delle Entrate found in the DSU (DPCM 159/2013 art. 11 c. 3-6), with INPS's
 * type ({@code PatrimoniMobiliari}, {@code RedditiScostamento}, {@code PatrimoniMobiliariSottoSoglia},
 * {@code PatrimoniMobiliariSopraSoglia}) and the member it concerns.
 */
public record Omissione(String tipo, CodiceFiscale codiceFiscale) {
    /** Requires both. */
    public Omissione {
        java.util.Objects.requireNonNull(tipo, "tipo");
        java.util.Objects.requireNonNull(codiceFiscale, "codiceFiscale");
    }
}
