/**
 * An Ambito's multi-year map of all its funding lines against its planned services: what each line funds,
 * what stays uncovered, the money at risk when a window closes.
 */
package it.fsr.piano.fundmap;
