/**
 * The monitoring and rendicontazione of the three ear-marked shares of the FSC (social, nurseries,
 * transport): what a Comune justifies and what it gives back.
 */
package it.fsr.lep.monitoring;
