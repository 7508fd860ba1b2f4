package it.fsr.isee.compartecipazione;

import it.fsr.core.explain.Explanation;
import it.fsr.core.money.Euro;
import java.math.BigDecimal;

/**
 * What one user pays: the ISEE used, the fee per unit, the user's total and the Comune's share. For a
 * served user, user total + Comune share = cost × units, to the cent. Immutable.
 *
 * @param userId      the user
 * @param iseeUsed    the ISEE the fee was read from
 * @param ffUsed      whether that is the FF-rescaled ISEE (in melius)
 * @param fee         the fee per unit
 * @param units       the units
 * @param userTotal   fee × units, half-up to the cent
 * @param comuneShare cost × units − the user's total (zero with no access)
 * @param status      exempt, reduced, full, or no access
 * @param reason      the rule that set the fee ({@code exempt_up_to}, {@code band_2}, {@code full_cost_above}…)
 * @param explanation the steps, with the act's name and source
 */
public record Charge(String userId, Euro iseeUsed, boolean ffUsed, Euro fee, BigDecimal units, Euro userTotal, Euro comuneShare,
        Status status, String reason, Explanation explanation) {
    /** The type and its counts: never an id, an amount, an ISEE or a disability (personal data stays out of logs). */
    @Override
    public String toString() {
        return "Charge[…]";
    }


    /** The outcome for the user. */
    public enum Status {
        /** Pays nothing. */
        EXEMPT,
        /** Pays part of the cost. */
        REDUCED,
        /** Pays the full cost. */
        FULL,
        /** Above the access threshold: not served. */
        NO_ACCESS;

        /** The code used in CSV output. */
        public String code() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
