package it.fsr.isee;

import it.fsr.core.explain.Explanation;
import java.math.BigDecimal;

/**
 * An equivalence scale's value and the weights that made it.
 *
 * @param value       the scale (e.g. 2.76)
 * @param explanation each weight that applied, with its parameter and source
 */
public record ScaleResult(BigDecimal value, Explanation explanation) {
    /** The type and its counts: never an id, an amount, an ISEE or a disability (personal data stays out of logs). */
    @Override
    public String toString() {
        return "ScaleResult[…]";
    }

}
