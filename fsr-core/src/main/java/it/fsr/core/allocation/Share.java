package it.fsr.core.allocation;

import it.fsr.core.money.Euro;
import java.math.BigDecimal;

/**
 * What one unit got from an allocation, and why.
 *
 * @param key         the unit's key
 * @param amount      the amount in euro, to the cent
 * @param status      why the amount is what it is
 * @param exactAmount the exact (unrounded) amount before the final rounding, to 6 decimals, for display;
 *                    zero for excluded units
 */
public record Share(String key, Euro amount, Status status, BigDecimal exactAmount) {

    /** Why a share is what it is. */
    public enum Status {
        /** Paid its minimum plus its share of the rest by weight. */
        FUNDED,
        /** Its share would have exceeded its cap: paid the cap, the excess went to the others. */
        CAPPED,
        /** Its amount fell below the exclusion threshold: paid nothing, its money went to the others. */
        BELOW_THRESHOLD,
        /** It had no weight and no minimum: nothing to pay. */
        ZERO_WEIGHT
    }
}
