/**
 * Measurements of the enricher, never used by the pipeline: JMH throughput benchmarks
 * ({@link io.jobstream.bench.BenchMain}) and a cleaning comparison against two reference
 * extractors, boilerpipe and Readability4J ({@link io.jobstream.bench.AnchorComparison}). The
 * reference extractors are dependencies of this module only.
 */
package io.jobstream.bench;
