/**
 * Runs the parts of a large input or batch on threads of their own, with the same result for every number of
 * parts. Exported to fsr's own modules only.
 */
package it.fsr.core.parallel;
