/**
 * The national ISEE (DPCM 5 dicembre 2013 n. 159): the attestation a service reads, the vocabulary of the
 * nucleus (relationships, disability), the variants (art. 2, 6, 7, 8) and the purposes (the ordinary ISEE,
 * the 2026 family ISEE of L. 199/2025 c. 208, the bonus nido of circolare INPS 60/2025).
 */
package it.fsr.isee;
