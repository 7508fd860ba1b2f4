/**
 * Exact money and rates: {@link it.fsr.core.money.Euro} to the cent in whole cents, {@link
 * it.fsr.core.money.Rate} as an exact fraction, Italian and plain formats, and {@link
 * it.fsr.core.money.Rounding}, the one exact division with an explicit rounding.
 */
package it.fsr.core.money;
