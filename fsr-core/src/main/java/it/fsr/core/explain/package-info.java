/**
 * The explanation of a result — each step with its label in Italian and English, its value, the rule and the
 * act it applies — rendered as text, Markdown or CSV; the names of the domains' enums; the codes files write
 * them with.
 */
package it.fsr.core.explain;
