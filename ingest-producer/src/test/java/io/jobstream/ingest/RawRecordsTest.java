package io.jobstream.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.jobstream.model.RawHeaders;
import io.jobstream.model.RawPage;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.Test;

class RawRecordsTest {
  private static final byte[] BODY = "<p>Organizer</p>".getBytes(StandardCharsets.UTF_8);

  static Map<String, String> headers(ProducerRecord<byte[], byte[]> record) {
    Map<String, String> out = new HashMap<>();
    for (Header h : record.headers()) {
      out.put(h.key(), new String(h.value(), StandardCharsets.UTF_8));
    }
    return out;
  }

  @Test
  void shouldKeyByUrlAndSetEveryKnownHeader() {
    RawPage page = new RawPage("https://a.example/jobs/1", BODY, "text/html; charset=utf-8", "union-board", Instant.parse("2024-03-01T10:15:30Z"));
    ProducerRecord<byte[], byte[]> record = RawRecords.toRecord("postings.raw", page);

    assertThat(record.topic()).isEqualTo("postings.raw");
    assertThat(new String(record.key(), StandardCharsets.UTF_8)).isEqualTo("https://a.example/jobs/1");
    assertThat(record.value()).isSameAs(BODY);
    assertThat(record.timestamp()).as("left to the producer").isNull();
    assertThat(headers(record)).containsExactlyInAnyOrderEntriesOf(Map.of(
        RawHeaders.CONTENT_TYPE, "text/html; charset=utf-8",
        RawHeaders.SOURCE, "union-board",
        RawHeaders.FETCHED_AT, "2024-03-01T10:15:30Z"));
  }

  @Test
  void shouldSendNoKeyAndNoHeadersForABarePage() {
    ProducerRecord<byte[], byte[]> record = RawRecords.toRecord("t", RawPage.of(BODY));
    assertThat(record.key()).isNull();
    assertThat(record.headers().toArray()).isEmpty();
  }

  @Test
  void shouldAddTheUrlHeaderOnlyWhenTheKeyIsNotTheUrl() {
    RawPage page = new RawPage("https://a.example/1", BODY, null, null, null);
    ProducerRecord<byte[], byte[]> byId = RawRecords.toRecord("t", "posting-42".getBytes(StandardCharsets.UTF_8), page);
    assertThat(headers(byId)).containsExactly(Map.entry(RawHeaders.URL, "https://a.example/1"));
    assertThat(headers(RawRecords.toRecord("t", page))).doesNotContainKey(RawHeaders.URL);
  }

  @Test
  void shouldTreatABlankUrlOrSourceAsUnknown() {
    ProducerRecord<byte[], byte[]> record = RawRecords.toRecord("t", new RawPage(" ", BODY, "", " ", null));
    assertThat(record.key()).isNull();
    assertThat(record.headers().toArray()).isEmpty();
  }
}
