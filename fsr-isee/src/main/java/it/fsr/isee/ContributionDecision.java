package it.fsr.isee;

import it.fsr.core.explain.Explanation;
import it.fsr.core.money.Euro;
import java.util.Optional;

/**
 * The nursery contribution decided for one child: granted with an amount, or excluded with the rule
 * that excluded it.
 *
 * @param householdId the household
 * @param granted     whether the contribution is granted
 * @param amount      the amount when granted, zero when excluded
 * @param exclusion   why excluded, when excluded
 * @param explanation the steps
 */
public record ContributionDecision(String householdId, boolean granted, Euro amount, Optional<Exclusion> exclusion,
        Explanation explanation) {

    /** Why a household has no access to the contribution. */
    public enum Exclusion {
        /** Rescaled ISEE above the upper threshold (€15,000.00 under DGR 1609/2021). */
        RESCALED_ISEE_ABOVE_THRESHOLD,
        /** National ISEE above the access cap (€20,000.00). */
        NATIONAL_ISEE_ABOVE_CAP
    }
}
