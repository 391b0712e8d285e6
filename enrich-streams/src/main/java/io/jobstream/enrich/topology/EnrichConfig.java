package io.jobstream.enrich.topology;

import io.jobstream.model.Settings;
import io.jobstream.model.Topics;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import org.apache.kafka.common.config.AbstractConfig;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigDef.Importance;
import org.apache.kafka.common.config.ConfigDef.Range;
import org.apache.kafka.common.config.ConfigDef.Type;
import org.apache.kafka.streams.StreamsConfig;

/**
 * Settings of the enrich-streams service, declared once with their defaults and docs. Any key
 * prefixed {@code kafka.} is passed, without the prefix, to Kafka Streams and its clients, which
 * is how SASL and SSL settings reach them.
 */
public final class EnrichConfig extends AbstractConfig {
  public static final String BOOTSTRAP_SERVERS = "bootstrap.servers";
  public static final String APPLICATION_ID = "application.id";
  public static final String RAW_TOPIC = "raw.topic";
  public static final String ENRICHED_TOPIC = "enriched.topic";
  public static final String DLQ_TOPIC = "dlq.topic";
  public static final String MAX_PAGE_BYTES = "max.page.bytes";
  public static final String THREADS = "num.stream.threads";
  public static final String STATE_DIR = "state.dir";
  public static final String COMMIT_INTERVAL_MS = "commit.interval.ms";
  public static final String KAFKA_PREFIX = "kafka.";

  /** Every setting with its default and documentation. */
  public static final ConfigDef DEF =
      new ConfigDef()
          .define(BOOTSTRAP_SERVERS, Type.STRING, "localhost:9092", Importance.HIGH,
              "Kafka brokers to connect to, host:port[,host:port].")
          .define(APPLICATION_ID, Type.STRING, "jobstream-enrich", Importance.HIGH,
              "Kafka Streams application id: the consumer group and the prefix of internal "
                  + "topics. Instances with the same id share the work.")
          .define(RAW_TOPIC, Type.STRING, Topics.RAW.name(), Importance.MEDIUM,
              "Topic of raw pages to enrich.")
          .define(ENRICHED_TOPIC, Type.STRING, Topics.ENRICHED.name(), Importance.MEDIUM,
              "Topic the enriched postings are written to.")
          .define(DLQ_TOPIC, Type.STRING, Topics.DLQ.name(), Importance.MEDIUM,
              "Dead-letter topic for records that cannot be read, enriched or written.")
          .define(MAX_PAGE_BYTES, Type.INT, Topics.DEFAULT_MAX_RAW_BYTES, Range.atLeast(1),
              Importance.MEDIUM, "Pages larger than this many bytes go to the dead-letter queue.")
          .define(THREADS, Type.INT, 1, Range.atLeast(1), Importance.MEDIUM,
              "Stream threads in this instance.")
          .define(STATE_DIR, Type.STRING, System.getProperty("java.io.tmpdir") + "/jobstream-streams",
              Importance.LOW, "Directory for Kafka Streams' local state (the topology is stateless).")
          .define(COMMIT_INTERVAL_MS, Type.LONG, 100L, Range.atLeast(1), Importance.LOW,
              "How often a transaction is committed; lower means lower latency, more overhead.");

  public EnrichConfig(Map<String, ?> values) {
    super(DEF, values, false);
  }

  /** Loads settings from a properties file (or null), JOBSTREAM_* variables and overrides. */
  public static EnrichConfig load(Path file, Map<String, String> env, Map<String, ?> overrides) {
    return new EnrichConfig(Settings.gather(DEF.names(), file, env, overrides));
  }

  public String rawTopic() {
    return getString(RAW_TOPIC);
  }

  public String enrichedTopic() {
    return getString(ENRICHED_TOPIC);
  }

  public String dlqTopic() {
    return getString(DLQ_TOPIC);
  }

  public int maxPageBytes() {
    return getInt(MAX_PAGE_BYTES);
  }

  /** The Kafka Streams properties: exactly-once, read-committed, the DLQ and its handlers. */
  public Properties streamsProperties() {
    Properties p = new Properties();
    p.putAll(originalsWithPrefix(KAFKA_PREFIX));
    p.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, getString(BOOTSTRAP_SERVERS));
    p.put(StreamsConfig.APPLICATION_ID_CONFIG, getString(APPLICATION_ID));
    p.put(StreamsConfig.NUM_STREAM_THREADS_CONFIG, getInt(THREADS));
    p.put(StreamsConfig.STATE_DIR_CONFIG, getString(STATE_DIR));
    p.put(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, getLong(COMMIT_INTERVAL_MS));
    // A page is published once and must be enriched once, even across crashes.
    p.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
    p.put(StreamsConfig.ERRORS_DEAD_LETTER_QUEUE_TOPIC_NAME_CONFIG, dlqTopic());
    p.put(StreamsConfig.DESERIALIZATION_EXCEPTION_HANDLER_CLASS_CONFIG, DlqDeserializationHandler.class);
    p.put(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_CLASS_CONFIG, DlqProcessingHandler.class);
    p.put(StreamsConfig.PRODUCTION_EXCEPTION_HANDLER_CLASS_CONFIG, DlqProductionHandler.class);
    // Enriched JSON can be larger than the page's text; let the producer send what the topic takes.
    p.put(StreamsConfig.producerPrefix("max.request.size"), 8 * 1024 * 1024);
    p.put(StreamsConfig.consumerPrefix("max.partition.fetch.bytes"), 8 * 1024 * 1024);
    p.put(StreamsConfig.consumerPrefix("auto.offset.reset"), "earliest");
    return p;
  }

  /** Settings for display: values of password-like keys are hidden. */
  @Override
  public String toString() {
    Map<String, Object> shown = new TreeMap<>(values());
    originalsWithPrefix(KAFKA_PREFIX)
        .forEach((k, v) -> shown.put(KAFKA_PREFIX + k, Settings.shown(k, v)));
    return "EnrichConfig" + shown;
  }
}
