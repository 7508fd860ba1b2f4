package it.fsr.isee.veneto;

import it.fsr.core.explain.Explanation;
import it.fsr.core.money.Euro;
import java.util.Optional;

/**
 * The nursery contribution decided for one child (the act's unit of grant), or the exclusion of a
 * household with no child attending (then {@code memberId} is empty).
 *
 * @param householdId the household
 * @param memberId    the child, or null for a household-level exclusion
 * @param granted     whether the contribution is granted
 * @param amount      the amount when granted, zero when excluded
 * @param exclusion   why excluded, when excluded
 * @param explanation the steps
 */
public record ContributionDecision(String householdId, String memberId, boolean granted, Euro amount, Optional<Exclusion> exclusion,
        Explanation explanation) {
    /** The type and its counts: never an id, an amount, an ISEE or a disability (personal data stays out of logs). */
    @Override
    public String toString() {
        return "ContributionDecision[…]";
    }


    /** Why a child (or a household) has no contribution. */
    public enum Exclusion {
        /** Rescaled ISEE above the upper threshold ({@code ff.nursery.iseeHigh} of the service year's edition). */
        RESCALED_ISEE_ABOVE_THRESHOLD,
        /** National ISEE above the access cap ({@code ff.nursery.nationalIseeCap}). */
        NATIONAL_ISEE_ABOVE_CAP,
        /** No member of the household attends a recognised 0–3 service: nobody to pay. */
        NO_CHILD_ATTENDING;

        /** The code used in CSV output ({@code rescaled_isee_above_threshold}, …). */
        public String code() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** The member id, or the empty string for a household-level exclusion (CSV). */
    public String memberIdOrEmpty() {
        return memberId == null ? "" : memberId;
    }
}
