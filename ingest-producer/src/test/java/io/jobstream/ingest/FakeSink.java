package io.jobstream.ingest;

import io.jobstream.model.RawPage;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;

/** A page sink that keeps what it is sent; a function may fail chosen pages. Test-only. */
public final class FakeSink implements PageSink {
  public final List<RawPage> sent = Collections.synchronizedList(new ArrayList<>());
  public boolean flushed;
  public boolean closed;
  private final Function<RawPage, RuntimeException> failure;

  public FakeSink() {
    this(page -> null);
  }

  /** @param failure the error to fail a page's delivery with, or null to deliver it */
  public FakeSink(Function<RawPage, RuntimeException> failure) {
    this.failure = failure;
  }

  @Override
  public CompletableFuture<RecordMetadata> publish(RawPage page) {
    RuntimeException error = failure.apply(page);
    if (error != null) {
      return CompletableFuture.failedFuture(error);
    }
    sent.add(page);
    TopicPartition tp = new TopicPartition("postings.raw", 0);
    return CompletableFuture.completedFuture(new RecordMetadata(tp, sent.size() - 1, 0, 0L, 0, page.body().length));
  }

  @Override
  public void flush() {
    flushed = true;
  }

  @Override
  public void close() {
    closed = true;
  }
}
