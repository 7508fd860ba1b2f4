package it.fsr.core.allocation;

import it.fsr.core.money.Euro;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A budget to split among claims, with an optional exclusion threshold and a rounding policy.
 *
 * <p>Immutable and thread-safe; build with {@link #of(Euro, List)} and the {@code with…} methods.
 *
 * @param budget    the amount to split; non-negative
 * @param claims    the claims; keys unique
 * @param threshold units whose amount would fall below it (and above zero) get nothing, repeatedly
 *                  until stable; {@link Euro#ZERO} for no threshold
 * @param policy    how exact shares become cents
 */
public record AllocationRequest(Euro budget, List<Claim> claims, Euro threshold, RoundingPolicy policy) {

    /** Copies the claims; checks for nulls. */
    public AllocationRequest {
        Objects.requireNonNull(budget, "budget");
        Objects.requireNonNull(threshold, "threshold");
        Objects.requireNonNull(policy, "policy");
        claims = List.copyOf(new ArrayList<>(Objects.requireNonNull(claims, "claims")));
    }

    /** A request with no threshold and largest-remainder rounding. */
    public static AllocationRequest of(Euro budget, List<Claim> claims) {
        return new AllocationRequest(budget, claims, Euro.ZERO, RoundingPolicy.LARGEST_REMAINDER);
    }

    /** A copy with the exclusion threshold {@code threshold}. */
    public AllocationRequest withThreshold(Euro threshold) {
        return new AllocationRequest(budget, claims, threshold, policy);
    }

    /** A copy with the rounding policy {@code policy}. */
    public AllocationRequest withPolicy(RoundingPolicy policy) {
        return new AllocationRequest(budget, claims, threshold, policy);
    }
}
