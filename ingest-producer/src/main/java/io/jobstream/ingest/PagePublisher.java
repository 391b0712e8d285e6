package io.jobstream.ingest;

import io.jobstream.model.RawPage;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.KafkaException;

/**
 * Publishes fetched pages to {@code postings.raw}, keyed by URL, with the optional raw headers.
 *
 * <p>Usage from a scraper:
 *
 * <pre>{@code
 * PublishConfig config = PublishConfig.load(null, System.getenv(), Map.of("source", "my-scraper"));
 * try (PagePublisher publisher = PagePublisher.create(config)) {
 *   RawPage page = new RawPage(url, bytes, "text/html; charset=utf-8", null, Instant.now());
 *   publisher.publish(page).whenComplete((meta, error) -> { if (error != null) log(url, error); });
 * } // close() flushes what is still in flight
 * }</pre>
 *
 * <p>Thread-safe, like the Kafka producer it wraps; share one instance. Delivery is idempotent
 * with {@code acks=all}; a failed delivery completes the returned future exceptionally with the
 * Kafka exception (e.g. {@code TimeoutException} when the broker cannot be reached within {@link
 * PublishConfig#timeout()}).
 */
public final class PagePublisher implements PageSink {
  private final Producer<byte[], byte[]> producer;
  private final String topic;
  private final int maxPageBytes;
  private final String defaultSource;
  private final Duration closeTimeout;

  /**
   * Wraps a producer built elsewhere (a {@code MockProducer} in tests); this publisher owns and
   * closes it.
   *
   * @param defaultSource {@code source} header for pages that carry none, or null
   */
  public PagePublisher(
      Producer<byte[], byte[]> producer,
      String topic,
      int maxPageBytes,
      String defaultSource,
      Duration closeTimeout) {
    this.producer = Objects.requireNonNull(producer, "producer");
    this.topic = Objects.requireNonNull(topic, "topic");
    if (maxPageBytes < 1) {
      throw new IllegalArgumentException("maxPageBytes must be positive, was " + maxPageBytes);
    }
    this.maxPageBytes = maxPageBytes;
    this.defaultSource = defaultSource;
    this.closeTimeout = Objects.requireNonNull(closeTimeout, "closeTimeout");
  }

  /** Connects a new Kafka producer as the config says; no broker contact happens until a publish. */
  public static PagePublisher create(PublishConfig config) {
    return new PagePublisher(
        new KafkaProducer<>(config.producerProperties()),
        config.topic(),
        config.maxPageBytes(),
        config.source(),
        config.timeout());
  }

  /** The topic pages go to. */
  public String topic() {
    return topic;
  }

  /**
   * Sends a page asynchronously. May block up to the configured timeout while the producer
   * fetches metadata or waits for buffer space.
   *
   * @return completes with the record's partition and offset once the broker has it
   * @throws IllegalArgumentException when the body is larger than the configured max page bytes
   */
  @Override
  public CompletableFuture<RecordMetadata> publish(RawPage page) {
    Objects.requireNonNull(page, "page");
    if (page.body().length > maxPageBytes) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "page of %,d bytes is over the limit of %,d (%s)", page.body().length, maxPageBytes, page.url()));
    }
    RawPage withSource = page.source() != null || defaultSource == null
        ? page
        : new RawPage(page.url(), page.body(), page.contentType(), defaultSource, page.fetchedAt());
    ProducerRecord<byte[], byte[]> record = RawRecords.toRecord(topic, withSource);
    CompletableFuture<RecordMetadata> result = new CompletableFuture<>();
    try {
      producer.send(record, (meta, error) -> {
        if (error != null) {
          result.completeExceptionally(error);
        } else {
          result.complete(meta);
        }
      });
    } catch (KafkaException e) {
      // send() throws for some errors (e.g. on a closed producer) instead of calling back.
      result.completeExceptionally(e);
    }
    return result;
  }

  /**
   * Sends a page and waits for the broker's acknowledgement.
   *
   * @throws ExecutionException wrapping the Kafka exception when delivery failed
   */
  public RecordMetadata publishAndWait(RawPage page) throws InterruptedException, ExecutionException {
    return publish(page).get();
  }

  /** Sends everything buffered and waits until each send has completed or failed. */
  @Override
  public void flush() {
    producer.flush();
  }

  /** Flushes and closes the producer, waiting at most the configured timeout. */
  @Override
  public void close() {
    producer.close(closeTimeout);
  }
}
