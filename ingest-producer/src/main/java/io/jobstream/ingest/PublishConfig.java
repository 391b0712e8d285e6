package io.jobstream.ingest;

import io.jobstream.model.Settings;
import io.jobstream.model.Topics;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.config.AbstractConfig;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigDef.Importance;
import org.apache.kafka.common.config.ConfigDef.Range;
import org.apache.kafka.common.config.ConfigDef.Type;
import org.apache.kafka.common.config.ConfigDef.ValidString;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * Settings of the page publisher, declared once in {@link #CONFIG}. Immutable and thread-safe.
 *
 * <p>Every key starting with {@code kafka.} is handed, without the prefix, to the Kafka producer
 * and wins over what this class derives, so security settings need no code here: {@code
 * kafka.security.protocol=SASL_SSL}, {@code kafka.sasl.jaas.config=...}, {@code
 * kafka.ssl.truststore.location=...}. {@link #toString()} hides secrets as {@link
 * Settings#shown(String, Object)} decides (password, secret, JAAS config, key material, tokens).
 */
public final class PublishConfig extends AbstractConfig {
  public static final String BOOTSTRAP_SERVERS = "bootstrap.servers";
  private static final String BOOTSTRAP_SERVERS_DOC = "Kafka brokers to connect to first, host:port[,host:port...].";
  public static final String TOPIC = "topic";
  private static final String TOPIC_DOC = "Topic the pages are published to.";
  public static final String MAX_PAGE_BYTES = "max.page.bytes";
  private static final String MAX_PAGE_BYTES_DOC =
      "Largest page published, in bytes; larger files are skipped. The topic's max.message.bytes must allow it.";
  public static final String COMPRESSION_TYPE = "compression.type";
  private static final String COMPRESSION_TYPE_DOC =
      "Producer compression: none, gzip, snappy, lz4 or zstd.";
  public static final String SOURCE = "source";
  private static final String SOURCE_DOC =
      "Value of the 'source' header for pages that do not name one (site or scraper name); none when unset.";
  public static final String TIMEOUT_MS = "timeout.ms";
  private static final String TIMEOUT_MS_DOC =
      "How long a page may wait for the broker, in ms: bounds both the producer's max.block.ms and delivery.timeout.ms,"
          + " so that an unreachable broker fails the run instead of hanging it.";
  /** Prefix of keys passed through to the Kafka producer. */
  public static final String KAFKA_PREFIX = "kafka.";

  /** Linger briefly so that a folder of small pages travels in few, well-compressed batches. */
  static final int LINGER_MS = 20;
  static final int BATCH_BYTES = 256 * 1024;
  /** Headroom over the page for key, headers and batch framing, as the topic's own limit has. */
  static final int RECORD_OVERHEAD_BYTES = 64 * 1024;

  /** The declared keys with their defaults, validators and docs. */
  public static final ConfigDef CONFIG =
      new ConfigDef()
          .define(BOOTSTRAP_SERVERS, Type.LIST, "localhost:9092", Importance.HIGH, BOOTSTRAP_SERVERS_DOC)
          .define(TOPIC, Type.STRING, Topics.RAW.name(), new ConfigDef.NonEmptyString(), Importance.HIGH, TOPIC_DOC)
          .define(MAX_PAGE_BYTES, Type.INT, Topics.DEFAULT_MAX_RAW_BYTES, Range.between(1, 512 * 1024 * 1024),
              Importance.MEDIUM, MAX_PAGE_BYTES_DOC)
          .define(COMPRESSION_TYPE, Type.STRING, "zstd", ValidString.in("none", "gzip", "snappy", "lz4", "zstd"),
              Importance.LOW, COMPRESSION_TYPE_DOC)
          .define(SOURCE, Type.STRING, null, Importance.MEDIUM, SOURCE_DOC)
          .define(TIMEOUT_MS, Type.INT, 30_000, Range.atLeast(1_000), Importance.LOW, TIMEOUT_MS_DOC);

  /**
   * Parses and validates the settings.
   *
   * @param props declared keys and {@code kafka.}-prefixed pass-through keys; others are ignored
   * @throws org.apache.kafka.common.config.ConfigException naming the key of a bad value
   */
  public PublishConfig(Map<?, ?> props) {
    super(CONFIG, props, false);
  }

  /**
   * Gathers the settings from a properties file, {@code JOBSTREAM_*} environment variables and
   * overrides, in rising precedence (see {@link Settings}). Environment variables reach the
   * declared keys and every producer key under {@code kafka.}, e.g. {@code
   * JOBSTREAM_KAFKA_SASL_JAAS_CONFIG}.
   *
   * @param fileOrNull a properties file, or null
   * @throws java.io.UncheckedIOException when the file cannot be read
   */
  public static PublishConfig load(Path fileOrNull, Map<String, String> env, Map<String, ?> overrides) {
    Set<String> keys = new LinkedHashSet<>(CONFIG.names());
    ProducerConfig.configNames().forEach(name -> keys.add(KAFKA_PREFIX + name));
    return new PublishConfig(Settings.gather(keys, fileOrNull, env, overrides));
  }

  public String bootstrapServers() {
    return String.join(",", getList(BOOTSTRAP_SERVERS));
  }

  public String topic() {
    return getString(TOPIC);
  }

  public int maxPageBytes() {
    return getInt(MAX_PAGE_BYTES);
  }

  public String compressionType() {
    return getString(COMPRESSION_TYPE);
  }

  /** The default {@code source} header, or null. */
  public String source() {
    return getString(SOURCE);
  }

  public Duration timeout() {
    return Duration.ofMillis(getInt(TIMEOUT_MS));
  }

  /** The {@code kafka.} keys without their prefix. */
  public Map<String, Object> passThrough() {
    return originalsWithPrefix(KAFKA_PREFIX, true);
  }

  /** Properties for a {@code KafkaProducer<byte[], byte[]>}: safe delivery, then the pass-through keys. */
  public Map<String, Object> producerProperties() {
    int timeout = getInt(TIMEOUT_MS);
    int maxRequest = maxPageBytes() + RECORD_OVERHEAD_BYTES;
    Map<String, Object> p = new HashMap<>();
    p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
    p.put(ProducerConfig.CLIENT_ID_CONFIG, "jobstream-ingest");
    // Idempotence with acks=all: a retried send never duplicates or reorders a page.
    p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
    p.put(ProducerConfig.ACKS_CONFIG, "all");
    p.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, compressionType());
    p.put(ProducerConfig.LINGER_MS_CONFIG, LINGER_MS);
    p.put(ProducerConfig.BATCH_SIZE_CONFIG, BATCH_BYTES);
    p.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, maxRequest);
    // The buffer must hold several of the largest records, or a big page could never be sent.
    p.put(ProducerConfig.BUFFER_MEMORY_CONFIG, Math.max(32L * 1024 * 1024, 4L * maxRequest));
    p.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, timeout);
    p.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, timeout);
    // The producer requires delivery.timeout.ms >= linger.ms + request.timeout.ms.
    p.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, Math.min(30_000, timeout - LINGER_MS));
    p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
    p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
    p.putAll(passThrough());
    return p;
  }

  /** The declared keys as a Markdown table (key, default, meaning) for the docs, so they never drift. */
  public static String configReference() {
    StringBuilder sb = new StringBuilder("| key | default | meaning |\n| --- | --- | --- |\n");
    for (ConfigDef.ConfigKey key : CONFIG.configKeys().values()) {
      sb.append("| `").append(key.name).append("` | ").append(shownDefault(key))
          .append(" | ").append(key.documentation).append(" |\n");
    }
    sb.append("| `kafka.*` | | Passed to the Kafka producer without the prefix; wins over the values derived above. |\n");
    return sb.toString();
  }

  private static String shownDefault(ConfigDef.ConfigKey key) {
    Object value = key.hasDefault() ? key.defaultValue : null;
    if (value == null) {
      return "";
    }
    return "`" + (value instanceof List<?> list ? String.join(",", list.stream().map(String::valueOf).toList()) : value) + "`";
  }

  @Override
  public String toString() {
    Map<String, Object> shown = new TreeMap<>();
    CONFIG.names().forEach(k -> shown.put(k, values().get(k)));
    originalsWithPrefix(KAFKA_PREFIX, false).forEach(shown::put);
    // One redaction rule for every service, kept beside Settings in the contracts module.
    shown.replaceAll(Settings::shown);
    return "PublishConfig" + shown;
  }
}
