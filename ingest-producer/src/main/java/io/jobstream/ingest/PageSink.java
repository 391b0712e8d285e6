package io.jobstream.ingest;

import io.jobstream.model.RawPage;
import java.util.concurrent.CompletableFuture;
import org.apache.kafka.clients.producer.RecordMetadata;

/**
 * Where a run sends pages: a {@link PagePublisher}, or a stand-in in tests and dry runs.
 * Implementations must accept completions on any thread.
 */
public interface PageSink extends AutoCloseable {

  /**
   * Sends a page asynchronously; the future fails with the delivery error.
   *
   * @throws IllegalArgumentException when the page cannot be sent at all (e.g. too large)
   */
  CompletableFuture<RecordMetadata> publish(RawPage page);

  /** Returns once every page handed over so far has been delivered or has failed. */
  void flush();

  /** Releases the connection; pages still buffered are delivered first, within a bound. */
  @Override
  void close();
}
