/**
 * The sink service: stores enriched postings from Kafka in SQLite or PostgreSQL.
 *
 * <p>{@link io.jobstream.sink.SinkConfig} declares the settings, {@link
 * io.jobstream.sink.SinkCommand} is the command line, {@code store} holds the JDBC side and
 * {@code consume} the Kafka side.
 */
package io.jobstream.sink;
