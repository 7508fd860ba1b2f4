/**
 * The values acts set, as dated parameters: a name and type, each value with the period it is in force and
 * the act that sets it, looked up by date, year or window; a value published for one period is never carried
 * into another.
 */
package it.fsr.core.parameter;
