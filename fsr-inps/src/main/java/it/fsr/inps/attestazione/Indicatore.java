package it.fsr.inps.attestazione;

import it.fsr.inps.CodiceFiscale;

/**
 * One indicator of the attestation for one beneficiary (none for the ordinary one): whether INPS computed it, says
 * it equals another, or could not compute it.
 *
 * @param tipo         the block
 * @param beneficiario the minor, the student or the beneficiary of the sociosanitary service; null for the ordinary
 * @param esito        what the attestation says
 * @param calcolo      the figures when {@link Esito#CALCOLATO}, else null
 */
public record Indicatore(TipoIndicatore tipo, CodiceFiscale beneficiario, Esito esito, Calcolo calcolo) {
    /** What an attestation says of an indicator. */
    public enum Esito {
        /** Computed: its own figures. */
        CALCOLATO,
        /** Equal to the ordinary ISEE ({@code ISEEOrd}). */
        COME_ORDINARIO,
        /** Equal to the ISEE of the nucleo ristretto ({@code ISEERistretto} inside the residential ristretto block). */
        COME_RISTRETTO,
        /** Not computable ({@code ISEENonCalcolabile}): e.g. a non-cohabiting parent's DSU is missing. */
        NON_CALCOLABILE
    }

    /** Checks that the figures are there exactly when computed. */
    public Indicatore {
        java.util.Objects.requireNonNull(tipo, "tipo");
        java.util.Objects.requireNonNull(esito, "esito");
        if ((esito == Esito.CALCOLATO) != (calcolo != null)) {
            throw new IllegalArgumentException("an indicator has figures exactly when computed");
        }
    }

    @Override
    public String toString() {
        return "Indicatore[" + tipo.code() + ", " + esito + "]";
    }
}
