/**
 * The ISEE from the DSU, member by member (DPCM 159/2013 artt. 2-9 and allegati 1-2, as amended by D.L.
 * 42/2016 art. 2-sexies, DPCM 13/2025, L. 199/2025 c. 208): the ISR, the ISP, the scale, the variants and
 * their componenti aggiuntive, the ISEE corrente; one DSU with its explanation or a region's in columns, by
 * the same rule.
 */
package it.fsr.isee.dsu;
