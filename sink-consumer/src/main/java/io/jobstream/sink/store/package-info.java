/**
 * Storage of enriched postings over JDBC, for SQLite (the embedded default) and PostgreSQL (the
 * production store), chosen by the JDBC URL.
 *
 * <p>{@link io.jobstream.sink.store.PostingStore} owns its schema (numbered migrations recorded
 * in {@code schema_version}) and writes each batch of rows together with the consumer offsets
 * that produced it, in one transaction: after a crash the rows and the offsets agree, so replay
 * from the stored offsets neither loses nor doubles a row. This package knows nothing of Kafka.
 */
package io.jobstream.sink.store;
