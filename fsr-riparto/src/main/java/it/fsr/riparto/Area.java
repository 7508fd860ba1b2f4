package it.fsr.riparto;

/** The three areas of the FSR (Avviso FSR 2025 §4, DGR XII/4793/2025). */
public enum Area {
    /** Area minori e famiglia: minors and family. */
    MINORI,
    /** Area anziani: the elderly. */
    ANZIANI,
    /** Area disabili: people with disabilities. */
    DISABILI
}
