/**
 * The offline {@code enrich} command: enrich page files or folders to JSON files or JSON Lines,
 * without Kafka. The same command is how the enricher is evaluated.
 */
package io.jobstream.enrich.cli;
