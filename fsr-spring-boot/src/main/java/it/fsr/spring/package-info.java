/**
 * Spring Boot auto-configuration for fsr: fsr's Jackson module in Boot's mapper, fsr's errors as RFC 9457 problem
 * details, the shipped parameter sets as beans a service can override.
 */
package it.fsr.spring;
