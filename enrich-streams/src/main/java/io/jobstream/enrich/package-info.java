/**
 * The pure enrichment library: {@link io.jobstream.enrich.Enricher} turns one raw page into an
 * enriched posting. Nothing here touches Kafka or does I/O; the topology lives in
 * {@code io.jobstream.enrich.topology}.
 */
package io.jobstream.enrich;
