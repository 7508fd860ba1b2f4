/**
 * Jackson 2 support for fsr's values, results and inputs: exact amounts as strings, rates as percentages,
 * every problem of a document at once, errors as problem documents.
 */
package it.fsr.jackson;
