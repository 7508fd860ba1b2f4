/**
 * JMH benchmarks of every calculator of fsr and of the command line over a region's files, with generated
 * data from fixed seeds; never installed nor deployed.
 */
package it.fsr.benchmarks;
