package it.fsr.core.allocation;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;

/**
 * Weights that depend on which claims are still in the running: after each exclusion round of the
 * threshold rule the engine asks for the weights of the claims left, so that an excluded unit's value
 * leaves every denominator (the weighted-indicator rule of the FSR Avviso §3: each indicator's slice is
 * shared among the units still in the running).
 *
 * <p>Must be a pure function of its argument, and give a positive weight alone to any claim with a
 * positive weight in a larger set (a unit alone takes every slice it has a value for).
 */
@FunctionalInterface
public interface Reweighting {
    /**
     * The weights of the claims still in the running.
     *
     * @param running the keys of the claims not excluded
     * @return a non-negative weight per key of {@code running} (a key left out weighs zero)
     */
    Map<String, BigDecimal> weightsFor(Set<String> running);
}
