/**
 * The ISEE's files in CSV — DSUs, households with their attestations, users of a service — read row by row in
 * parts into the library's columns and values, every problem at once at its {@code file:line: column}.
 */
package it.fsr.isee.io;
