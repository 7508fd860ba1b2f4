package it.fsr.isee.veneto;

/** The household's housing condition (Fattore Famiglia: "grave esclusione abitativa", ETHOS categories). */
public enum Housing {
    /** Ordinary housing. */
    NORMAL,
    /** Roofless (senza tetto). */
    ROOFLESS,
    /** Houseless (senza casa). */
    HOUSELESS,
    /** Insecure housing (sistemazione insicura). */
    INSECURE,
    /** Inadequate housing (sistemazione inadeguata). */
    INADEQUATE
}
