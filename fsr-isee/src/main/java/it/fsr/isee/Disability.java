package it.fsr.isee;

/** Degree of disability as the ISEE classifies it (DPCM 159/2013 all. 3). */
public enum Disability {
    /** No disability. */
    NONE,
    /** Disabilità media. */
    MEDIUM,
    /** Disabilità grave. */
    SEVERE,
    /** Non autosufficienza. */
    NOT_SELF_SUFFICIENT
}
