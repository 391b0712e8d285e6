package io.jobstream.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jobstream.model.Topics;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.config.ConfigException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PublishConfigTest {
  @TempDir Path dir;

  @Test
  void shouldDefaultToALocalBrokerAndTheRawTopic() {
    PublishConfig c = PublishConfig.load(null, Map.of(), Map.of());
    assertThat(c.bootstrapServers()).isEqualTo("localhost:9092");
    assertThat(c.topic()).isEqualTo(Topics.RAW.name());
    assertThat(c.maxPageBytes()).isEqualTo(Topics.DEFAULT_MAX_RAW_BYTES);
    assertThat(c.compressionType()).isEqualTo("zstd");
    assertThat(c.source()).isNull();
    assertThat(c.timeout()).isEqualTo(Duration.ofSeconds(30));
  }

  @Test
  void shouldProduceSafelyWithRoomForTheLargestPage() {
    Map<String, Object> p = PublishConfig.load(null, Map.of(), Map.of()).producerProperties();
    assertThat(p).containsEntry(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true)
        .containsEntry(ProducerConfig.ACKS_CONFIG, "all")
        .containsEntry(ProducerConfig.COMPRESSION_TYPE_CONFIG, "zstd")
        .containsEntry(ProducerConfig.MAX_BLOCK_MS_CONFIG, 30_000)
        .containsEntry(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 30_000);
    assertThat((Integer) p.get(ProducerConfig.MAX_REQUEST_SIZE_CONFIG)).isGreaterThan(Topics.DEFAULT_MAX_RAW_BYTES);
    // The producer itself must accept the combination (delivery >= linger + request timeout).
    assertThat(new ProducerConfig(p).getInt(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG)).isEqualTo(30_000);
  }

  @Test
  void shouldLetFileThenEnvironmentThenOverridesWin() throws Exception {
    Path file = Files.writeString(dir.resolve("ingest.properties"), "topic=from-file\nsource=file-source\nkafka.linger.ms=5\n");
    Map<String, String> env = Map.of("JOBSTREAM_TOPIC", "from-env", "JOBSTREAM_KAFKA_SECURITY_PROTOCOL", "SASL_SSL");
    PublishConfig c = PublishConfig.load(file, env, Map.of(PublishConfig.SOURCE, "cli-source"));
    assertThat(c.topic()).isEqualTo("from-env");
    assertThat(c.source()).isEqualTo("cli-source");
    assertThat(c.producerProperties()).containsEntry("security.protocol", "SASL_SSL").containsEntry("linger.ms", "5");
  }

  @Test
  void shouldNeverShowSecretsInToString() {
    PublishConfig c = PublishConfig.load(null, Map.of("JOBSTREAM_KAFKA_SASL_JAAS_CONFIG", "PlainLoginModule required password=\"hunter2\";"),
        Map.of("kafka.ssl.truststore.password", "s3cret", "kafka.ssl.keystore.key", "-----BEGIN PRIVATE KEY-----", "kafka.client.secret", "xyz"));
    assertThat(c.toString())
        .doesNotContain("hunter2").doesNotContain("s3cret").doesNotContain("xyz").doesNotContain("PRIVATE")
        .contains("kafka.sasl.jaas.config=[hidden]", "kafka.ssl.truststore.password=[hidden]", "topic=postings.raw");
    assertThat(c.producerProperties()).containsEntry("ssl.truststore.password", "s3cret");
  }

  @Test
  void shouldRejectBadValuesNamingTheKey() {
    assertThatThrownBy(() -> PublishConfig.load(null, Map.of("JOBSTREAM_COMPRESSION_TYPE", "brotli"), Map.of()))
        .isInstanceOf(ConfigException.class).hasMessageContaining("compression.type");
    assertThatThrownBy(() -> PublishConfig.load(null, Map.of(), Map.of(PublishConfig.MAX_PAGE_BYTES, "0")))
        .isInstanceOf(ConfigException.class).hasMessageContaining("max.page.bytes");
  }

  @Test
  void shouldDocumentEveryKeyInTheReference() {
    String reference = PublishConfig.configReference();
    PublishConfig.CONFIG.names().forEach(key -> assertThat(reference).contains("| `" + key + "` |"));
    assertThat(reference).contains("`localhost:9092`", "`postings.raw`", "`kafka.*`");
  }
}
