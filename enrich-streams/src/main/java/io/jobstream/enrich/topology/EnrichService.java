package io.jobstream.enrich.topology;

import io.jobstream.enrich.Enricher;
import java.time.Duration;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A running enrich-streams instance: the topology in a {@link KafkaStreams} client. Closing it
 * stops cleanly; a crashed thread is replaced so that one bad moment does not stop the service.
 */
public final class EnrichService implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(EnrichService.class);
  private final KafkaStreams streams;

  private EnrichService(KafkaStreams streams) {
    this.streams = streams;
  }

  /** Builds the topology and starts it; returns at once, while the instance joins its group. */
  public static EnrichService start(EnrichConfig config) {
    KafkaStreams streams =
        new KafkaStreams(EnrichTopology.build(config, new Enricher()), config.streamsProperties());
    streams.setUncaughtExceptionHandler(
        e -> {
          LOG.error("stream thread died; replacing it", e);
          return StreamThreadExceptionResponse.REPLACE_THREAD;
        });
    LOG.info("starting enrich-streams with {}", config);
    streams.start();
    return new EnrichService(streams);
  }

  /** The Kafka Streams state, e.g. RUNNING or REBALANCING. */
  public KafkaStreams.State state() {
    return streams.state();
  }

  @Override
  public void close() {
    streams.close(Duration.ofSeconds(30));
  }
}
