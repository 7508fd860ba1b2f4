package it.fsr.isee;

/** A member's relationship to the head of the household (DPCM 159/2013 art. 3: the nucleo familiare). */
public enum Relationship {
    /** The head of the household (dichiarante / capofamiglia). */
    HEAD,
    /** The head's spouse or partner. */
    PARTNER,
    /** A son or daughter of the head (or of the couple). */
    CHILD,
    /** Any other member. */
    OTHER
}
