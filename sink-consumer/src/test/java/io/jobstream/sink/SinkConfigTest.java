package io.jobstream.sink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jobstream.sink.consume.ClientProperties;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.kafka.common.config.ConfigException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SinkConfigTest {

  @Test
  void shouldDefaultToALocalBrokerAndAnSqliteFile() {
    SinkConfig c = SinkConfig.load(null, Map.of(), Map.of());

    assertThat(c.bootstrapServers()).isEqualTo("localhost:9092");
    assertThat(c.groupId()).isEqualTo("jobstream-sink");
    assertThat(c.topic()).isEqualTo("postings.enriched");
    assertThat(c.dlqTopic()).isEqualTo("postings.dlq");
    assertThat(c.dbUrl()).isEqualTo("jdbc:sqlite:jobstream.db");
    assertThat(c.dbUser()).isNull();
    assertThat(c.dbPassword()).isNull();
    assertThat(c.batchSize()).isEqualTo(500);
    assertThat(c.retryBackoffMs()).isEqualTo(100);
    assertThat(c.retryBackoffMaxMs()).isEqualTo(10_000);
  }

  @Test
  void shouldLetTheEnvironmentOverrideTheFileAndOptionsOverrideBoth(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("sink.properties");
    Files.writeString(file, "db.url=jdbc:sqlite:from-file.db\nbatch.size=50\ngroup.id=from-file\n");
    Map<String, String> env = Map.of("JOBSTREAM_DB_URL", "jdbc:postgresql://db:5432/jobs",
        "JOBSTREAM_GROUP_ID", "from-env", "JOBSTREAM_DB_PASSWORD", "s3cret");

    SinkConfig c = SinkConfig.load(file, env, Map.of("group.id", "from-option"));

    assertThat(c.dbUrl()).isEqualTo("jdbc:postgresql://db:5432/jobs");
    assertThat(c.batchSize()).isEqualTo(50);
    assertThat(c.groupId()).isEqualTo("from-option");
    assertThat(c.dbPassword()).isEqualTo("s3cret");
  }

  @Test
  void shouldNeverShowSecretsInToString() {
    SinkConfig c = SinkConfig.load(null,
        Map.of("JOBSTREAM_DB_PASSWORD", "hunter2",
            "JOBSTREAM_KAFKA_SASL_JAAS_CONFIG", "PlainLoginModule required password=\"kpass\";"),
        Map.of("db.url", "jdbc:postgresql://db/jobs?user=sink&password=urlpass",
            "kafka.ssl.truststore.password", "tspass", "kafka.security.protocol", "SASL_SSL"));

    String shown = c.toString();

    assertThat(shown).doesNotContain("hunter2", "kpass", "urlpass", "tspass");
    assertThat(shown).contains("security.protocol=SASL_SSL", "db.password=[hidden]", "jdbc:postgresql://db/jobs");
  }

  @Test
  void shouldPassKafkaSettingsThroughButKeepTheGuarantees() {
    SinkConfig c = SinkConfig.load(null, Map.of("JOBSTREAM_KAFKA_SECURITY_PROTOCOL", "SASL_SSL"),
        Map.of("kafka.isolation.level", "read_uncommitted", "kafka.enable.auto.commit", "true",
            "kafka.consumer.fetch.min.bytes", "1024", "kafka.producer.linger.ms", "5",
            "kafka.max.poll.records", "10"));

    Map<String, Object> consumer = ClientProperties.consumer(c);
    Map<String, Object> producer = ClientProperties.producer(c);

    assertThat(consumer).containsEntry("security.protocol", "SASL_SSL")
        .containsEntry("isolation.level", "read_committed")
        .containsEntry("enable.auto.commit", false)
        .containsEntry("fetch.min.bytes", "1024")
        .containsEntry("max.poll.records", "10")
        .doesNotContainKey("linger.ms");
    assertThat(producer).containsEntry("security.protocol", "SASL_SSL")
        .containsEntry("linger.ms", "5")
        .containsEntry("acks", "all")
        .doesNotContainKey("fetch.min.bytes");
  }

  @Test
  void shouldRejectInvalidValuesWithoutEchoingPasswords() {
    assertThatThrownBy(() -> SinkConfig.load(null, Map.of("JOBSTREAM_BATCH_SIZE", "0"), Map.of()))
        .isInstanceOf(ConfigException.class).hasMessageContaining("batch.size");
    assertThatThrownBy(() -> SinkConfig.load(null, Map.of(), Map.of("db.url", "jdbc:mysql://h/db?password=x1y2")))
        .isInstanceOf(ConfigException.class).hasMessageContaining("db.url").hasMessageNotContaining("x1y2");
  }
}
