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
 * @param reweighting the weights of the claims left after each exclusion round, or null to keep the
 *                  claims' weights
 */
public record AllocationRequest(Euro budget, List<Claim> claims, Euro threshold, RoundingPolicy policy, Reweighting reweighting) {

    /** Copies the claims; checks for nulls. */
    public AllocationRequest {
        it.fsr.core.validation.ValidationException.requireNonNull(budget, "budget");
        it.fsr.core.validation.ValidationException.requireNonNull(threshold, "threshold");
        it.fsr.core.validation.ValidationException.requireNonNull(policy, "policy");
        claims = List.copyOf(new ArrayList<>(it.fsr.core.validation.ValidationException.requireNonNull(claims, "claims")));
    }

    /** A request whose weights never change. */
    public AllocationRequest(Euro budget, List<Claim> claims, Euro threshold, RoundingPolicy policy) {
        this(budget, claims, threshold, policy, null);
    }

    /**
     * A copy whose weights are recomputed for the claims left after each exclusion round of the
     * threshold (see {@link Reweighting}).
     */
    public AllocationRequest withReweighting(Reweighting r) {
        return new AllocationRequest(budget, claims, threshold, policy, it.fsr.core.validation.ValidationException.requireNonNull(r, "reweighting"));
    }

    /** A copy with each claim's weight replaced by {@code weights} (a key missing weighs zero). */
    AllocationRequest withWeights(java.util.Map<String, java.math.BigDecimal> weights) {
        List<Claim> next = new ArrayList<>(claims.size());
        for (Claim c : claims) {
            next.add(new Claim(c.key(), weights.getOrDefault(c.key(), java.math.BigDecimal.ZERO), c.cap(), c.minimum()));
        }
        return new AllocationRequest(budget, next, threshold, policy, reweighting);
    }

    /** A request with no threshold and largest-remainder rounding. */
    public static AllocationRequest of(Euro budget, List<Claim> claims) {
        return new AllocationRequest(budget, claims, Euro.ZERO, RoundingPolicy.LARGEST_REMAINDER);
    }

    /** A copy with the exclusion threshold {@code threshold}. */
    public AllocationRequest withThreshold(Euro threshold) {
        return new AllocationRequest(budget, claims, threshold, policy, reweighting);
    }

    /** A copy with the rounding policy {@code policy}. */
    public AllocationRequest withPolicy(RoundingPolicy policy) {
        return new AllocationRequest(budget, claims, threshold, policy, reweighting);
    }
}
