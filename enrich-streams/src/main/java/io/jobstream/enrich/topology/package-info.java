/**
 * The Kafka Streams application that applies the enricher: {@code postings.raw} to {@code
 * postings.enriched}, with every failure routed to {@code postings.dlq} by Kafka Streams' own
 * exception handlers and dead-letter-queue support.
 */
package io.jobstream.enrich.topology;
