package io.jobstream.stack;

import io.jobstream.model.Settings;
import io.jobstream.model.Topics;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.config.AbstractConfig;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigDef.Importance;
import org.apache.kafka.common.config.ConfigDef.Type;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * Settings of the {@code dlq} tool, declared once. Any key prefixed {@code kafka.} goes, without
 * the prefix, to its Kafka clients (SASL, SSL), as for the other services. Immutable;
 * {@link #toString()} hides secrets.
 */
public final class DlqConfig extends AbstractConfig {
  public static final String BOOTSTRAP_SERVERS = "bootstrap.servers";
  public static final String DLQ_TOPIC = "dlq.topic";
  public static final String RAW_TOPIC = "raw.topic";
  public static final String KAFKA_PREFIX = "kafka.";
  /** Largest record the tool reads or writes: a page at the raw limit plus headers. */
  static final int MAX_RECORD_BYTES = 8 * 1024 * 1024;

  public static final ConfigDef DEF =
      new ConfigDef()
          .define(BOOTSTRAP_SERVERS, Type.STRING, "localhost:9092", new ConfigDef.NonEmptyString(),
              Importance.HIGH, "Kafka brokers to connect to, host:port[,host:port].")
          .define(DLQ_TOPIC, Type.STRING, Topics.DLQ.name(), new ConfigDef.NonEmptyString(),
              Importance.MEDIUM, "Dead-letter topic to list or replay.")
          .define(RAW_TOPIC, Type.STRING, Topics.RAW.name(), new ConfigDef.NonEmptyString(),
              Importance.MEDIUM, "Topic replayed records are published to.");

  public DlqConfig(Map<String, ?> values) {
    super(DEF, values, false);
  }

  /**
   * Gathers settings from a properties file (or null), {@code JOBSTREAM_*} variables (including
   * {@code JOBSTREAM_KAFKA_*} for pass-through keys) and overrides, in rising precedence.
   */
  public static DlqConfig load(Path file, Map<String, String> env, Map<String, ?> overrides) {
    Set<String> keys = new LinkedHashSet<>(DEF.names());
    String envKafka = Settings.ENV_PREFIX + "KAFKA_";
    env.keySet().stream()
        .filter(name -> name.startsWith(envKafka))
        .map(name -> KAFKA_PREFIX + name.substring(envKafka.length()).toLowerCase(Locale.ROOT).replace('_', '.'))
        .forEach(keys::add);
    return new DlqConfig(Settings.gather(keys, file, env, overrides));
  }

  public String dlqTopic() {
    return getString(DLQ_TOPIC);
  }

  public String rawTopic() {
    return getString(RAW_TOPIC);
  }

  /** A read_committed consumer that never joins a group nor commits: the tool only looks. */
  public Map<String, Object> consumerProperties() {
    Map<String, Object> p = new HashMap<>(originalsWithPrefix(KAFKA_PREFIX));
    p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, getString(BOOTSTRAP_SERVERS));
    p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    p.put(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, MAX_RECORD_BYTES);
    p.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
    p.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
    return p;
  }

  /** An idempotent producer with acks=all: a retried send never duplicates a replayed page. */
  public Map<String, Object> producerProperties() {
    Map<String, Object> p = new HashMap<>(originalsWithPrefix(KAFKA_PREFIX));
    p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, getString(BOOTSTRAP_SERVERS));
    p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
    p.put(ProducerConfig.ACKS_CONFIG, "all");
    p.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, MAX_RECORD_BYTES);
    p.put(ProducerConfig.BUFFER_MEMORY_CONFIG, 4L * MAX_RECORD_BYTES);
    p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
    p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
    return p;
  }

  @Override
  public String toString() {
    Map<String, Object> shown = new TreeMap<>(values());
    originalsWithPrefix(KAFKA_PREFIX).forEach((k, v) -> shown.put(KAFKA_PREFIX + k, Settings.shown(k, v)));
    return "DlqConfig" + shown;
  }
}
