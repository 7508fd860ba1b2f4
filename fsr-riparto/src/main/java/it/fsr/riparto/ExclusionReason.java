package it.fsr.riparto;

/** Why a unit may not be funded, each with the rule that says so (Avviso FSR 2025; DGR XII/4793/2025). */
public enum ExclusionReason {
    /** Not in regular operation: no authorisation/DIA nor CPE under L.R. 3/2008. */
    NOT_IN_REGULAR_OPERATION("Avviso FSR 2025 §2, §4.1 n. 1; L.R. 3/2008"),
    /** Not registered in AFAM with its own CUDES code. */
    NO_CUDES("Avviso FSR 2025 §2"),
    /** Not seated in the Ambito. */
    NOT_SEATED_IN_AMBITO("Avviso FSR 2025 §2"),
    /** Started its activity in the funding year. */
    STARTED_IN_FUNDING_YEAR("Avviso FSR 2025 §3"),
    /** Not active in the funding year (ceased before it, or starting after it). */
    NOT_ACTIVE_IN_FUNDING_YEAR("Avviso FSR 2025 §3"),
    /** Revenues equal to or above the costs net of investments. */
    REVENUES_COVER_COSTS("Avviso FSR 2025 §4.1 n. 2"),
    /** Residential minors: the Minori Web declaration is missing. */
    MINORI_WEB_MISSING("Avviso FSR 2025 §2"),
    /** No eligible spend left after the type's rule (e.g. SAD users' payments above the eligible costs). */
    NO_ELIGIBLE_SPEND("Avviso FSR 2025 §3");

    private final String source;

    ExclusionReason(String source) {
        this.source = source;
    }

    /** The rule's source. */
    public String source() {
        return source;
    }
}
