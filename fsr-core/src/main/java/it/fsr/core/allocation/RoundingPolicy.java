package it.fsr.core.allocation;

/**
 * How an allocation turns exact shares into cents.
 *
 * <p>Scelta di fsr: largest remainder by default, so that the parts sum to the budget; {@code EACH_HALF_UP} reproduces the amounts
 * published by the FSC nursery and transport decrees (DM 19/07/2022, DM 30/05/2022 and later), which
 * round each Comune's amount on its own.
 */
public enum RoundingPolicy {
    /**
     * Each unit gets the floor of its exact share in cents; the cents left over go one each to the
     * largest fractional remainders, ties broken by the unit's key in ascending order (never by input
     * order). The parts sum to the budget exactly. The default.
     */
    LARGEST_REMAINDER,
    /**
     * Each exact share is rounded half-up to the cent on its own. The parts may differ from the budget
     * by at most half a cent per unit; the difference is reported as the allocation's remainder, which
     * may then be negative (an over-allocation of a few cents).
     */
    EACH_HALF_UP
}
