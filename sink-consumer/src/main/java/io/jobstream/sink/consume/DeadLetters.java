package io.jobstream.sink.consume;

import io.jobstream.model.Topics;
import io.jobstream.sink.store.SqlErrors;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.function.Supplier;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.errors.InterruptException;
import org.apache.kafka.common.header.Headers;

/**
 * Sends records the sink cannot store to the dead-letter topic: original key and value, plus
 * the header names Kafka Streams' own dead-letter queue uses and {@code jobstream.stage=sink}.
 * The producer is created on first use, since most runs never need it. Not thread-safe.
 */
final class DeadLetters implements AutoCloseable {
  static final String STAGE = "sink";
  static final String EXCEPTION = "__streams.errors.exception";
  static final String MESSAGE = "__streams.errors.message";
  static final String STACKTRACE = "__streams.errors.stacktrace";
  static final String TOPIC = "__streams.errors.topic";
  static final String PARTITION = "__streams.errors.partition";
  static final String OFFSET = "__streams.errors.offset";

  private static final int MAX_MESSAGE = 1_000;
  private static final int MAX_STACKTRACE = 8_000;

  private final Supplier<Producer<byte[], byte[]>> factory;
  private final String topic;
  private Producer<byte[], byte[]> producer;

  DeadLetters(Supplier<Producer<byte[], byte[]>> factory, String topic) {
    this.factory = factory;
    this.topic = topic;
  }

  /**
   * Sends and waits for the broker's acknowledgement, so that the caller may then store the
   * offset past the record.
   *
   * @throws KafkaException when the record cannot be delivered
   */
  void send(ConsumerRecord<byte[], byte[]> failed, Exception cause) {
    ProducerRecord<byte[], byte[]> out = new ProducerRecord<>(topic, null, failed.key(), failed.value());
    Headers h = out.headers();
    h.add(Topics.STAGE_HEADER, utf8(STAGE));
    h.add(EXCEPTION, utf8(cause.getClass().getName()));
    h.add(MESSAGE, utf8(truncate(SqlErrors.message(cause), MAX_MESSAGE)));
    h.add(STACKTRACE, utf8(truncate(stackTrace(cause), MAX_STACKTRACE)));
    h.add(TOPIC, utf8(failed.topic()));
    h.add(PARTITION, utf8(Integer.toString(failed.partition())));
    h.add(OFFSET, utf8(Long.toString(failed.offset())));
    try {
      producer().send(out).get();
    } catch (ExecutionException e) {
      throw new KafkaException("cannot send to dead-letter topic " + topic, e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptException(e);
    }
  }

  private Producer<byte[], byte[]> producer() {
    if (producer == null) {
      producer = factory.get();
    }
    return producer;
  }

  @Override
  public void close() {
    if (producer != null) {
      producer.close(Duration.ofSeconds(10));
    }
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private static String truncate(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max) + "...";
  }

  private static String stackTrace(Throwable t) {
    StringWriter w = new StringWriter();
    t.printStackTrace(new PrintWriter(w));
    return w.toString();
  }
}
