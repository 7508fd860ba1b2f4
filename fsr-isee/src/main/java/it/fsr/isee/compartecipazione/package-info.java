/**
 * What a user pays for a social service from the ISEE and nothing else (DPCM 159/2013 art. 2 c. 1; Cons.
 * Stato 838, 841, 842/2016, 6926/2020, 3757/2023): a Comune's schedule as data, each user's charge with the
 * Comune's share, residential integration, the check of a schedule as the courts read it, the what-if.
 */
package it.fsr.isee.compartecipazione;
