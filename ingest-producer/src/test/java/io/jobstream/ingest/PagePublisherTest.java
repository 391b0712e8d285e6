package io.jobstream.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jobstream.model.RawHeaders;
import io.jobstream.model.RawPage;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.Test;

/** Key and header mapping through a MockProducer; delivery itself is covered by the broker IT. */
class PagePublisherTest {
  private final MockProducer<byte[], byte[]> producer =
      new MockProducer<>(true, null, new ByteArraySerializer(), new ByteArraySerializer());

  @Test
  void shouldSendKeyedByUrlWithTheDefaultSource() throws Exception {
    try (PagePublisher publisher = new PagePublisher(producer, "postings.raw", 1000, "scraper-a", Duration.ofSeconds(1))) {
      publisher.publishAndWait(new RawPage("https://a.example/1", new byte[] {1, 2}, "text/plain", null, null));
      publisher.publishAndWait(new RawPage(null, new byte[] {3}, null, "own-source", null));
    }
    ProducerRecord<byte[], byte[]> first = producer.history().get(0);
    assertThat(first.topic()).isEqualTo("postings.raw");
    assertThat(new String(first.key(), StandardCharsets.UTF_8)).isEqualTo("https://a.example/1");
    assertThat(RawRecordsTest.headers(first))
        .containsEntry(RawHeaders.SOURCE, "scraper-a")
        .containsEntry(RawHeaders.CONTENT_TYPE, "text/plain");
    ProducerRecord<byte[], byte[]> second = producer.history().get(1);
    assertThat(second.key()).isNull();
    assertThat(RawRecordsTest.headers(second)).containsEntry(RawHeaders.SOURCE, "own-source");
    assertThat(producer.closed()).isTrue();
  }

  @Test
  void shouldRefuseAPageOverTheLimitBeforeSending() {
    try (PagePublisher publisher = new PagePublisher(producer, "t", 2, null, Duration.ofSeconds(1))) {
      assertThatThrownBy(() -> publisher.publish(RawPage.of(new byte[3]))).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("over the limit");
    }
    assertThat(producer.history()).isEmpty();
  }
}
