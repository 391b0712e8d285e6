package io.jobstream.sink;

import io.jobstream.model.Settings;
import io.jobstream.model.Topics;
import io.jobstream.sink.store.Dialect;
import io.jobstream.sink.store.Redact;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.kafka.common.config.AbstractConfig;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigDef.Importance;
import org.apache.kafka.common.config.ConfigDef.Type;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.common.config.types.Password;

/**
 * The sink's settings, declared once in {@link #CONFIG_DEF} and parsed into typed fields.
 *
 * <p>Any key starting {@value #KAFKA_PREFIX} is handed, without the prefix, to both Kafka
 * clients (for SASL, SSL and tuning); {@code kafka.consumer.*} and {@code kafka.producer.*}
 * reach only one of them. Immutable and thread-safe. {@link #toString()} hides secrets.
 */
public final class SinkConfig extends AbstractConfig {
  /** Prefix of settings passed through to the Kafka clients. */
  public static final String KAFKA_PREFIX = "kafka.";

  public static final String BOOTSTRAP_SERVERS = "bootstrap.servers";
  public static final String GROUP_ID = "group.id";
  public static final String TOPIC = "topic";
  public static final String DLQ_TOPIC = "dlq.topic";
  public static final String DB_URL = "db.url";
  public static final String DB_USER = "db.user";
  public static final String DB_PASSWORD = "db.password";
  public static final String BATCH_SIZE = "batch.size";
  public static final String POLL_TIMEOUT_MS = "poll.timeout.ms";
  public static final String RETRY_BACKOFF_MS = "retry.backoff.ms";
  public static final String RETRY_BACKOFF_MAX_MS = "retry.backoff.max.ms";

  /** Every key the sink declares, with default, validator, importance and documentation. */
  public static final ConfigDef CONFIG_DEF = new ConfigDef()
      .define(BOOTSTRAP_SERVERS, Type.STRING, "localhost:9092", new ConfigDef.NonEmptyString(), Importance.HIGH,
          "Kafka brokers to bootstrap from, host:port[,host:port...].")
      .define(GROUP_ID, Type.STRING, "jobstream-sink", new ConfigDef.NonEmptyString(), Importance.HIGH,
          "Consumer group. Its positions are kept in the database table sink_offsets, not in Kafka.")
      .define(TOPIC, Type.STRING, Topics.ENRICHED.name(), new ConfigDef.NonEmptyString(), Importance.MEDIUM,
          "Topic of enriched postings to store.")
      .define(DLQ_TOPIC, Type.STRING, Topics.DLQ.name(), new ConfigDef.NonEmptyString(), Importance.MEDIUM,
          "Topic that receives records which cannot be parsed or stored, with headers saying why.")
      .define(DB_URL, Type.STRING, "jdbc:sqlite:jobstream.db", SinkConfig::validateDbUrl, Importance.HIGH,
          "JDBC URL of the store: jdbc:sqlite:FILE (embedded default) or jdbc:postgresql://HOST:PORT/DB."
              + " Driver settings go in the URL (?name=value); unless it names them, PostgreSQL gets"
              + " connectTimeout=10, socketTimeout=60 (seconds) and tcpKeepAlive=true.")
      .define(DB_USER, Type.STRING, null, Importance.MEDIUM,
          "Database user; none for SQLite.")
      .define(DB_PASSWORD, Type.PASSWORD, null, Importance.MEDIUM,
          "Database password; never logged. Prefer the JOBSTREAM_DB_PASSWORD environment variable.")
      .define(BATCH_SIZE, Type.INT, 500, ConfigDef.Range.atLeast(1), Importance.MEDIUM,
          "Most records read per poll and written per database transaction.")
      .define(POLL_TIMEOUT_MS, Type.LONG, 500L, ConfigDef.Range.atLeast(1), Importance.LOW,
          "How long one poll waits for records, in milliseconds.")
      .define(RETRY_BACKOFF_MS, Type.LONG, 100L, ConfigDef.Range.atLeast(1), Importance.LOW,
          "First wait before retrying a batch after a transient database error; doubles each time.")
      .define(RETRY_BACKOFF_MAX_MS, Type.LONG, 10_000L, ConfigDef.Range.atLeast(1), Importance.LOW,
          "Longest wait between retries. The sink retries for as long as it runs: an outage delays, never drops.");

  private final String bootstrapServers;
  private final String groupId;
  private final String topic;
  private final String dlqTopic;
  private final String dbUrl;
  private final String dbUser;
  private final Password dbPassword;
  private final int batchSize;
  private final long pollTimeoutMs;
  private final long retryBackoffMs;
  private final long retryBackoffMaxMs;

  /**
   * Parses raw settings.
   *
   * @throws ConfigException when a value is missing, of the wrong type or out of range
   */
  public SinkConfig(Map<String, ?> props) {
    super(CONFIG_DEF, props, false);
    bootstrapServers = getString(BOOTSTRAP_SERVERS);
    groupId = getString(GROUP_ID);
    topic = getString(TOPIC);
    dlqTopic = getString(DLQ_TOPIC);
    dbUrl = getString(DB_URL);
    dbUser = getString(DB_USER);
    dbPassword = getPassword(DB_PASSWORD);
    batchSize = getInt(BATCH_SIZE);
    pollTimeoutMs = getLong(POLL_TIMEOUT_MS);
    retryBackoffMs = getLong(RETRY_BACKOFF_MS);
    retryBackoffMaxMs = Math.max(retryBackoffMs, getLong(RETRY_BACKOFF_MAX_MS));
  }

  /**
   * Gathers settings from a properties file, {@code JOBSTREAM_*} environment variables and
   * overrides, in rising precedence (see {@link Settings}). Environment variables named {@code
   * JOBSTREAM_KAFKA_...} become {@code kafka.*} pass-through keys, e.g. {@code
   * JOBSTREAM_KAFKA_SASL_JAAS_CONFIG} sets {@code kafka.sasl.jaas.config}.
   *
   * @param file a properties file, or null
   * @param env the environment, normally {@code System.getenv()}
   * @param overrides values that win over everything, e.g. command-line options; nulls are ignored
   * @throws ConfigException when a value is invalid
   */
  public static SinkConfig load(Path file, Map<String, String> env, Map<String, ?> overrides) {
    Set<String> keys = new LinkedHashSet<>(CONFIG_DEF.names());
    String envKafka = Settings.ENV_PREFIX + "KAFKA_";
    env.keySet().stream()
        .filter(name -> name.startsWith(envKafka))
        // Kafka client keys are lower-case words joined by dots, so the mapping back is exact.
        .map(name -> KAFKA_PREFIX + name.substring(envKafka.length()).toLowerCase(Locale.ROOT).replace('_', '.'))
        .forEach(keys::add);
    return new SinkConfig(Settings.gather(keys, file, env, overrides));
  }

  public String bootstrapServers() {
    return bootstrapServers;
  }

  public String groupId() {
    return groupId;
  }

  public String topic() {
    return topic;
  }

  public String dlqTopic() {
    return dlqTopic;
  }

  public String dbUrl() {
    return dbUrl;
  }

  /** Database user, or null. */
  public String dbUser() {
    return dbUser;
  }

  /** Database password in clear, or null; never log it. */
  public String dbPassword() {
    return dbPassword == null ? null : dbPassword.value();
  }

  public int batchSize() {
    return batchSize;
  }

  public long pollTimeoutMs() {
    return pollTimeoutMs;
  }

  public long retryBackoffMs() {
    return retryBackoffMs;
  }

  public long retryBackoffMaxMs() {
    return retryBackoffMaxMs;
  }

  /** Pass-through settings for the consumer: {@code kafka.*} then {@code kafka.consumer.*}. */
  public Map<String, Object> kafkaConsumerOverrides() {
    return clientOverrides("consumer.", "producer.");
  }

  /** Pass-through settings for the DLQ producer: {@code kafka.*} then {@code kafka.producer.*}. */
  public Map<String, Object> kafkaProducerOverrides() {
    return clientOverrides("producer.", "consumer.");
  }

  private Map<String, Object> clientOverrides(String own, String other) {
    Map<String, Object> common = new HashMap<>();
    Map<String, Object> specific = new HashMap<>();
    originalsWithPrefix(KAFKA_PREFIX).forEach((k, v) -> {
      if (k.startsWith(own)) {
        specific.put(k.substring(own.length()), v);
      } else if (!k.startsWith(other)) {
        common.put(k, v);
      }
    });
    common.putAll(specific);
    return common;
  }

  /** Every setting with secrets hidden: passwords, JAAS configs, keys, and passwords in URLs. */
  @Override
  public String toString() {
    Map<String, Object> shown = new TreeMap<>();
    for (String key : CONFIG_DEF.names()) {
      shown.put(key, values().get(key));
    }
    shown.put(DB_URL, Redact.url(dbUrl));
    shown.put(DB_PASSWORD, dbPassword == null ? null : Password.HIDDEN);
    originalsWithPrefix(KAFKA_PREFIX, false).forEach((k, v) -> shown.put(k, Settings.shown(k, v)));
    return "SinkConfig" + shown;
  }

  private static void validateDbUrl(String name, Object value) {
    try {
      Dialect.forUrl((String) value);
    } catch (IllegalArgumentException e) {
      throw new ConfigException(name, Redact.url((String) value), e.getMessage());
    }
  }

  /** The configuration reference as an HTML table, for the docs. */
  public static void main(String[] args) {
    System.out.println(CONFIG_DEF.toHtml());
  }
}
