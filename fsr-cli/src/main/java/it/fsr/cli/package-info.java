/**
 * The fsr command line: it parses arguments, calls the library and writes output. Every file format and every
 * rule is the library's; the commands and their columns are documented in the README's "Command line" section.
 */
package it.fsr.cli;
