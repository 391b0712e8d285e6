package io.jobstream.stack;

import static org.assertj.core.api.Assertions.assertThat;

import io.jobstream.enrich.topology.EnrichConfig;
import io.jobstream.enrich.topology.EnrichService;
import io.jobstream.model.Topics;
import io.jobstream.sink.SinkConfig;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * A page dead-lettered for a cause that is then fixed (a page-size limit too low) is replayed by
 * {@code jobstream dlq replay} with its key, bytes and headers intact, and ends as a row.
 */
@Tag("integration")
@Timeout(180)
class DlqReplayIT {
  private static final Duration WAIT = Duration.ofSeconds(60);
  private static final String BIG_URL = "https://jobs.example.org/big-organizer";
  @TempDir Path dir;

  @Test
  void shouldReplayADeadLetteredPageOnceItsCauseIsFixedAndStoreIt() throws Exception {
    try (EmbeddedKafka kafka = Rig.kafkaWithTopics()) {
      String bs = kafka.bootstrapServers();
      LocalStack.Database db = LocalStack.Database.sqlite(dir.resolve("replay.db"));
      SinkConfig sinkConfig = Rig.sinkConfig(bs, db, "sink-replay", Map.of());
      byte[] big = bigPage();
      try (Rig.Sink sink = new Rig.Sink(sinkConfig);
          KafkaProducer<byte[], byte[]> producer = Rig.producer(bs, Map.of())) {
        // 1. A limit of 1,000 bytes: the 3 kB page is refused and dead-lettered at the enrich stage.
        try (EnrichService tight = Rig.enrich(bs, dir.resolve("s1"), fastFailover(Map.of(EnrichConfig.MAX_PAGE_BYTES, 1000)))) {
          RecordHeaders headers = new RecordHeaders();
          headers.add("content-type", utf8("text/html; charset=utf-8"));
          headers.add("source", utf8("replay-it"));
          headers.add("fetched-at", utf8("2026-11-25T09:00:00Z"));
          producer.send(new ProducerRecord<>(Topics.RAW.name(), null, null, utf8(BIG_URL), big, headers)).get();
          producer.send(new ProducerRecord<>(Topics.RAW.name(), new byte[] {(byte) 0xFF, 0x01}, utf8("<p>x</p>"))).get();
          Rig.await(() -> Rig.readCommitted(bs, Topics.DLQ.name()).size() == 2, WAIT, "two DLQ records");
        }
        List<ConsumerRecord<byte[], byte[]>> dead = Rig.readCommitted(bs, Topics.DLQ.name());
        assertThat(dead).extracting(r -> DlqCommand.header(r, Topics.STAGE_HEADER))
            .containsExactlyInAnyOrder("enrich", "deserialize");

        String listed = run("list", "--bootstrap-servers", bs);
        // Offsets are those of the DLQ records; transaction markers take offsets in between.
        assertThat(listed).contains("0/" + dead.get(0).offset(), "0/" + dead.get(1).offset(), "stage=enrich",
            "stage=deserialize", "PageTooLargeException", "key=" + BIG_URL, "key=0xff01", "2 dead-letter records");

        // 2. The cause is fixed: a new instance of the same application with the default 5 MiB limit.
        try (EnrichService fixed = Rig.enrich(bs, dir.resolve("s2"), fastFailover(Map.of()))) {
          assertThat(run("replay", "--bootstrap-servers", bs, "--stage", "enrich", "--limit", "0"))
              .contains("replayed 0 records");
          long pastTheEnd = dead.get(1).offset() + 1;
          assertThat(run("replay", "--bootstrap-servers", bs, "--from-offset", String.valueOf(pastTheEnd)))
              .contains("replayed 0 records");
          assertThat(run("replay", "--bootstrap-servers", bs, "--stage", "enrich")).contains("replayed 1 records");

          List<ConsumerRecord<byte[], byte[]>> raw = Rig.readCommitted(bs, Topics.RAW.name());
          ConsumerRecord<byte[], byte[]> replayed = raw.stream()
              .filter(r -> r.headers().lastHeader(DlqCommand.REPLAYED_FROM_HEADER) != null).findFirst().orElseThrow();
          assertThat(raw).hasSize(3);
          assertThat(replayed.key()).isEqualTo(utf8(BIG_URL));
          assertThat(replayed.value()).isEqualTo(big);
          ConsumerRecord<byte[], byte[]> deadBig = dead.stream()
              .filter(r -> "enrich".equals(DlqCommand.header(r, Topics.STAGE_HEADER))).findFirst().orElseThrow();
          assertThat(header(replayed, DlqCommand.REPLAYED_FROM_HEADER))
              .isEqualTo(Topics.DLQ.name() + "-0@" + deadBig.offset());
          Map<String, String> original = Map.of("content-type", "text/html; charset=utf-8", "source", "replay-it",
              "fetched-at", "2026-11-25T09:00:00Z");
          original.forEach((name, value) -> {
            // The DLQ record keeps the raw headers, and the replay carries them back.
            assertThat(DlqCommand.header(deadBig, name)).as("DLQ " + name).isEqualTo(value);
            assertThat(header(replayed, name)).as("replayed " + name).isEqualTo(value);
          });

          Rig.await(() -> rowsWithUrl(db) == 1, WAIT, "the replayed page stored as a row");
        }
        assertThat(sink.consumer.counters().deadLettered()).isZero();
      }
      try (Connection c = DriverManager.getConnection(db.url());
          PreparedStatement ps = c.prepareStatement("SELECT title, source FROM postings WHERE url = ?")) {
        ps.setString(1, BIG_URL);
        try (ResultSet rs = ps.executeQuery()) {
          assertThat(rs.next()).isTrue();
          assertThat(rs.getString(1)).contains("Organizer");
        }
      }
      // Nothing else came from the replay: the deserialize-stage record was filtered out.
      assertThat(Rig.readCommitted(bs, Topics.DLQ.name())).hasSize(2);
    }
  }

  /**
   * Kafka Streams does not leave its group on close, so the restarted application waits for the
   * old member's session to expire: 6 s (the broker's minimum) instead of the default 45 s.
   */
  private static Map<String, Object> fastFailover(Map<String, Object> settings) {
    Map<String, Object> out = new java.util.HashMap<>(settings);
    out.put("kafka.session.timeout.ms", 6000);
    out.put("kafka.heartbeat.interval.ms", 1500);
    return out;
  }

  private static long rowsWithUrl(LocalStack.Database db) {
    try (Connection c = DriverManager.getConnection(db.url());
        PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM postings WHERE url = ?")) {
      ps.setString(1, BIG_URL);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    } catch (Exception e) {
      return -1;
    }
  }

  /** Runs {@code jobstream dlq ...} and returns what it printed. */
  private static String run(String... args) {
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    PrintStream out = System.out;
    int status;
    synchronized (System.class) {
      System.setOut(new PrintStream(buffer, true, StandardCharsets.UTF_8));
      try {
        status = new CommandLine(new DlqCommand()).execute(args);
      } finally {
        System.setOut(out);
      }
    }
    String printed = buffer.toString(StandardCharsets.UTF_8);
    assertThat(status).as("exit status of dlq %s: %s", List.of(args), printed).isZero();
    return printed;
  }

  private static byte[] bigPage() {
    StringBuilder sb = new StringBuilder("<html><head><title>Senior Field Organizer</title></head><body>")
        .append("<h1>Senior Field Organizer</h1><p>Example Workers Union seeks an organizer in Columbus, OH.</p>");
    while (sb.length() < 3000) {
      sb.append("<p>Organize workers, build committees, run campaigns and train leaders.</p>");
    }
    return utf8(sb.append("<p>Salary: $70,000 - $80,000 per year.</p></body></html>").toString());
  }

  private static String header(ConsumerRecord<byte[], byte[]> r, String name) {
    Header h = r.headers().lastHeader(name);
    return h == null ? null : new String(h.value(), StandardCharsets.UTF_8);
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
