/**
 * The problems of an input, every one at once, each with a stable code, the field as the user wrote it, and a
 * message in Italian and English; the exception family of fsr ({@link it.fsr.core.validation.FsrException}).
 */
package it.fsr.core.validation;
