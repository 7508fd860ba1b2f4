/**
 * The text input of fsr's domains and command line: CSV in either dialect (Excel's {@code ,} or Italian
 * {@code ;} with the decimal comma) and encoding (UTF-8 or Windows-1252), read row by row and in parts; the
 * one strict number reader; properties files; CSV output. Exported to fsr's own modules only.
 */
package it.fsr.core.csv;
