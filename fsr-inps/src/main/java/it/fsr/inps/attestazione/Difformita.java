package it.fsr.inps.attestazione;

/**
 * What the ente does with an attestation bearing omissioni or difformità found by the Agenzia delle Entrate: the
 * act lets it be used for the benefit, the ente keeping the right to ask for documents (DPCM 159/2013 art. 11 c. 6);
 * whether a given procedure accepts it before the documents is the ente's rule, stated by the caller (no default).
 */
public enum Difformita {
    /** Accepted (art. 11 c. 6), the explanation saying so. */
    AMMESSE,
    /** Refused until a new DSU or the documents: the ente's rule for this procedure. */
    NON_AMMESSE
}
