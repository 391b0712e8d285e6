/**
 * The Kafka side of the sink: reads {@code postings.enriched} with {@code read_committed},
 * positions each partition from the offsets stored in the database, writes batches through the
 * store, and sends what cannot be stored to the dead-letter topic.
 *
 * <p>Delivery: a row and the offset after it commit together, so every enriched record ends as
 * exactly one row (or one DLQ record) across restarts, rebalances and database outages. A DLQ
 * record is produced and acknowledged before the offset past it is stored; a crash in between
 * may therefore repeat a DLQ record, never lose one.
 */
package io.jobstream.sink.consume;
