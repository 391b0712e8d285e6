package io.jobstream.stack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.jobstream.ingest.PagePublisher;
import io.jobstream.ingest.PublishConfig;
import io.jobstream.ingest.run.PublishOptions;
import io.jobstream.ingest.run.PublishRun;
import io.jobstream.model.PostingJson;
import io.jobstream.model.Topics;
import io.jobstream.testsupport.LocalPostgres;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The backbone, end to end on real parts: the seeds published to a real KRaft broker, enriched by
 * the Streams app with exactly-once, and written by the sink to a real SQLite file and a real
 * PostgreSQL server.
 */
@Tag("integration")
@Timeout(300)
class PipelineIT {
  private static final Duration WAIT = Duration.ofSeconds(90);
  private static LocalPostgres postgres;
  private EmbeddedKafka kafka;

  @TempDir Path dir;

  @BeforeAll
  static void startPostgres() {
    postgres = LocalPostgres.start();
  }

  @AfterAll
  static void stopPostgres() {
    postgres.close();
  }

  @BeforeEach
  void startKafka() throws Exception {
    kafka = EmbeddedKafka.start();
    try (Admin admin = kafka.admin()) {
      TopicSetup.ensure(admin, Topics.all(), (short) 1);
    }
  }

  @AfterEach
  void stopKafka() throws Exception {
    kafka.close();
  }

  @Test
  void shouldStoreTheFiveSeedsInSqliteOnceEvenWhenPublishedTwice() throws Exception {
    LocalStack.Database db = LocalStack.Database.sqlite(dir.resolve("jobstream.db"));
    runSeedsTwice(db);
    assertSeedRows(DriverManager.getConnection(db.url()));
  }

  @Test
  void shouldStoreTheFiveSeedsInPostgresOnceEvenWhenPublishedTwice() throws Exception {
    String url = postgres.newDatabase("pipeline_it");
    LocalStack.Database db = new LocalStack.Database(url, postgres.user(), postgres.password());
    runSeedsTwice(db);
    assertSeedRows(postgres.connect(url));
  }

  private void runSeedsTwice(LocalStack.Database db) throws Exception {
    try (LocalStack stack = LocalStack.start(kafka.bootstrapServers(), db, dir.resolve("state"), "sink-it");
        OutcomeWatcher watcher = new OutcomeWatcher(kafka.bootstrapServers())) {
      assertThat(publishSeeds()).isEqualTo(5);
      LocalStack.Outcome first = stack.awaitOutcomes(watcher, 5, WAIT);
      assertThat(first.enriched()).isEqualTo(5);
      assertThat(first.dlq()).isZero();
      assertThat(stack.store().count()).isEqualTo(5);
      assertEnrichedRecordsMatchTheSchema(5);

      assertThat(publishSeeds()).isEqualTo(5);
      LocalStack.Outcome second = stack.awaitOutcomes(watcher, 10, WAIT);
      assertThat(second.enriched()).isEqualTo(10);
      assertThat(second.distinctPostings()).isEqualTo(5);
      assertThat(stack.store().count()).isEqualTo(5);
    }
  }

  /** What downstream services read from postings.enriched validates against the v1 schema. */
  private void assertEnrichedRecordsMatchTheSchema(int expected) throws Exception {
    Map<String, Object> props =
        Map.of(
            ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers(),
            ConsumerConfig.GROUP_ID_CONFIG, "schema-check-" + System.nanoTime(),
            ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
            ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    List<JsonNode> values = new ArrayList<>();
    try (KafkaConsumer<byte[], byte[]> c =
        new KafkaConsumer<>(props, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
      c.subscribe(List.of(Topics.ENRICHED.name()));
      long deadline = System.nanoTime() + WAIT.toNanos();
      while (values.size() < expected && System.nanoTime() < deadline) {
        for (var r : c.poll(Duration.ofMillis(500))) {
          values.add(PostingJson.mapper().readTree(r.value()));
        }
      }
    }
    assertThat(values).hasSize(expected);
    for (JsonNode v : values) {
      assertThat(EnrichedSchema.validate(v)).as("schema errors of %s", v.get("title")).isEmpty();
    }
  }

  private int publishSeeds() throws Exception {
    PublishConfig config =
        new PublishConfig(Map.of("bootstrap.servers", kafka.bootstrapServers(), "source", "seeds"));
    try (PagePublisher publisher = PagePublisher.create(config)) {
      return new PublishRun(PublishOptions.defaults())
          .run(List.of(SharedData.seeds()), publisher)
          .published();
    }
  }

  /** Every seed is a row whose columns carry the gold title and salary. */
  private static void assertSeedRows(Connection connection) throws Exception {
    Map<String, double[]> rows = new HashMap<>();
    Map<String, String> periods = new HashMap<>();
    try (connection;
        Statement st = connection.createStatement();
        ResultSet rs =
            st.executeQuery("SELECT title, salary_min, salary_max, salary_period FROM postings")) {
      while (rs.next()) {
        double min = rs.getDouble(2);
        double[] pay = rs.wasNull() ? null : new double[] {min, rs.getDouble(3)};
        rows.put(rs.getString(1), pay);
        periods.put(rs.getString(1), rs.getString(4));
      }
    }
    assertThat(rows).hasSize(5);
    for (JsonNode gold : SharedData.gold()) {
      String title =
          rows.keySet().stream()
              .filter(t -> SharedData.accepts(gold.get("title"), t))
              .findFirst()
              .orElseThrow(() -> new AssertionError("no row titled " + gold.get("title") + " in " + rows.keySet()));
      JsonNode salary = gold.get("salary");
      if (salary.isNull()) {
        assertThat(rows.get(title)).as("pay of %s", title).isNull();
      } else {
        assertThat(rows.get(title))
            .as("pay of %s", title)
            .containsExactly(salary.get("min").asDouble(), salary.get("max").asDouble());
        assertThat(periods.get(title)).isEqualTo(salary.get("period").asText());
      }
    }
  }
}
