/**
 * Publishing pages to {@code postings.raw}: the {@link io.jobstream.ingest.PagePublisher} library
 * for scrapers, its {@link io.jobstream.ingest.PublishConfig}, the pure record mapping in {@link
 * io.jobstream.ingest.RawRecords}, and the {@code publish} command line.
 *
 * <p>Sub-packages: {@code page} reads and sniffs pages (no Kafka); {@code run} walks inputs,
 * publishes them and sums up the outcome (no picocli), for the CLI and for launchers.
 */
package io.jobstream.ingest;
