/**
 * A vendor's small JSON service on fsr and {@code fsr-jackson}, on the JDK's HTTP server: the consumer tests
 * run it on the module path and on the class path.
 */
package it.fsr.consumer;
