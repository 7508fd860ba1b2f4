/**
 * The PNRR M5C2 lines of the Avviso 1/2022 (DD 450 of 9/12/2021) as published, with the report of where their
 * figures disagree, and a project's tranches.
 */
package it.fsr.piano.pnrr;
