/**
 * The LEP's files of Comuni in CSV, read, checked and assessed, every problem at once at its {@code
 * file:line: column}.
 */
package it.fsr.lep.io;
