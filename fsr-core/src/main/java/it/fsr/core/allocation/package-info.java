/**
 * Splits a budget among claims to the cent: weights, caps (water-filling), guaranteed minimums and floors, an
 * exclusion threshold, the largest-remainder rounding; the one allocation engine every riparto and every
 * split of fsr goes through.
 */
package it.fsr.core.allocation;
