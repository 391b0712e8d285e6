package io.jobstream.enrich.topology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jobstream.enrich.Enricher;
import io.jobstream.model.EnrichedPosting;
import io.jobstream.model.PostingJson;
import io.jobstream.model.RawHeaders;
import io.jobstream.model.Topics;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class EnrichTopologyTest {
  private static final String PAGE =
      """
      <html><head><title>Field Organizer - Riverside Tenants Union</title>
      <link rel="canonical" href="https://jobs.example.org/field-organizer"></head>
      <body><h1>Field Organizer</h1><p>Riverside Tenants Union is hiring a Field Organizer
      in Portland, OR to build tenant committees building by building.</p>
      <p>Salary: $58,000 - $64,000 per year.</p></body></html>
      """;

  private TopologyTestDriver driver;
  private TestInputTopic<byte[], byte[]> raw;
  private TestOutputTopic<String, byte[]> enriched;
  private TestOutputTopic<byte[], byte[]> dlq;

  @BeforeEach
  void start() {
    EnrichConfig config = new EnrichConfig(Map.of(EnrichConfig.MAX_PAGE_BYTES, 4096));
    Properties props = config.streamsProperties();
    driver = new TopologyTestDriver(EnrichTopology.build(config, new Enricher()), props);
    raw = driver.createInputTopic(Topics.RAW.name(), new ByteArraySerializer(), new ByteArraySerializer());
    enriched =
        driver.createOutputTopic(
            Topics.ENRICHED.name(), new StringDeserializer(), new ByteArrayDeserializer());
    dlq = driver.createOutputTopic(Topics.DLQ.name(), new ByteArrayDeserializer(), new ByteArrayDeserializer());
  }

  @AfterEach
  void stop() {
    driver.close();
  }

  @Test
  void shouldPublishOneEnrichedPostingKeyedById() {
    Headers headers = new RecordHeaders().add(RawHeaders.SOURCE, utf8("tenants-board"));
    raw.pipeInput(new TestRecord<>(utf8("https://jobs.example.org/field-organizer"), utf8(PAGE), headers));

    List<TestRecord<String, byte[]>> out = enriched.readRecordsToList();
    assertThat(out).hasSize(1);
    EnrichedPosting posting = PostingJson.fromBytes(out.get(0).value());
    assertThat(out.get(0).key()).isEqualTo(posting.id());
    assertThat(posting.url()).isEqualTo("https://jobs.example.org/field-organizer");
    assertThat(posting.source()).isEqualTo("tenants-board");
    assertThat(posting.title()).isEqualTo("Field Organizer");
    assertThat(posting.salary()).isNotNull();
    assertThat(posting.salary().min()).isEqualTo(58000.0);
    assertThat(dlq.isEmpty()).isTrue();
  }

  @Test
  void shouldSendAPageWithNoValueToTheDlqAndGoOn() {
    raw.pipeInput(utf8("https://jobs.example.org/empty"), (byte[]) null);
    raw.pipeInput(utf8("https://jobs.example.org/field-organizer"), utf8(PAGE));

    TestRecord<byte[], byte[]> dead = dlq.readRecord();
    assertThat(new String(dead.key(), StandardCharsets.UTF_8)).isEqualTo("https://jobs.example.org/empty");
    assertThat(header(dead, Topics.STAGE_HEADER)).isEqualTo("enrich");
    assertThat(header(dead, "__streams.errors.exception")).contains("IllegalArgumentException");
    assertThat(header(dead, "__streams.errors.message")).contains("no value");
    assertThat(header(dead, "__streams.errors.topic")).isEqualTo(Topics.RAW.name());
    assertThat(header(dead, "__streams.errors.partition")).isEqualTo("0");
    assertThat(header(dead, "__streams.errors.offset")).isEqualTo("0");
    assertThat(enriched.readRecordsToList()).hasSize(1);
  }

  @Test
  void shouldSendAnOversizePageToTheDlqWithItsBytes() {
    byte[] big = utf8("<p>" + "x".repeat(5000) + "</p>");
    raw.pipeInput(utf8("https://jobs.example.org/big"), big);

    TestRecord<byte[], byte[]> dead = dlq.readRecord();
    assertThat(dead.value()).isEqualTo(big);
    assertThat(header(dead, "__streams.errors.exception")).endsWith("PageTooLargeException");
    assertThat(enriched.isEmpty()).isTrue();
  }

  @Test
  void shouldSkipAKeyThatIsNotUtf8AndGoOnWithTheNextRecord() {
    // TopologyTestDriver does not route deserialization failures to the dead-letter queue;
    // DeadLetterIT checks that part (stage "deserialize" and its headers) on a real broker.
    byte[] badKey = {(byte) 0xC3, (byte) 0x28, (byte) 0xFF};
    raw.pipeInput(badKey, utf8(PAGE));
    raw.pipeInput(utf8("https://jobs.example.org/field-organizer"), utf8(PAGE));

    List<TestRecord<String, byte[]>> out = enriched.readRecordsToList();
    assertThat(out).hasSize(1);
    assertThat(PostingJson.fromBytes(out.get(0).value()).url())
        .isEqualTo("https://jobs.example.org/field-organizer");
  }

  @Test
  void shouldRejectAKeyThatIsNotUtf8WithAClearReason() {
    byte[] badKey = {(byte) 0xC3, (byte) 0x28, (byte) 0xFF};
    assertThatThrownBy(
            () -> new StrictUtf8Deserializer().deserialize("postings.raw", badKey))
        .hasMessageContaining("not valid UTF-8");
  }

  private static String header(TestRecord<byte[], byte[]> record, String name) {
    Header h = record.headers().lastHeader(name);
    return h == null ? null : new String(h.value(), StandardCharsets.UTF_8);
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
