package it.fsr.riparto;

/** The outcome for one unit in the piano di riparto. */
public enum UnitStatus {
    /** Funded by its type's rule. */
    FUNDED,
    /** Funded up to its deficit (or eligible spend): the excess went to the other units of the type. */
    CAPPED,
    /** Its amount fell under the minimum contribution ({@code fsr.unit.minimumContribution}): nothing, redistributed (DGR 4793/2025, Avviso §5). */
    BELOW_MINIMUM_CONTRIBUTION,
    /** Not admitted: see the reasons. */
    EXCLUDED,
    /** Admitted, but its type's budget (e.g. the residual SFA) left nothing for it, or its rule gives it no weight. */
    NOT_FUNDED
}
