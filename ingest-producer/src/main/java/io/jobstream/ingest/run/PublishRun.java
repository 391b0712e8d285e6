package io.jobstream.ingest.run;

import io.jobstream.ingest.PageSink;
import io.jobstream.ingest.page.PageFile;
import io.jobstream.ingest.page.PageReader;
import io.jobstream.ingest.page.PageSkippedException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.apache.kafka.common.errors.RecordTooLargeException;

/**
 * Publishes files, folders and stdin through a {@link PageSink} (normally a {@link
 * io.jobstream.ingest.PagePublisher}) and sums up the outcome.
 *
 * <p>Usage: {@code PublishSummary s = new PublishRun(options).run(List.of(dir), publisher);}. Pages
 * are sent without waiting for each acknowledgement; the run flushes and waits at the end. The
 * publisher is not closed. One instance per run; not thread-safe.
 */
public final class PublishRun {
  /** The input that means standard input. */
  public static final Path STDIN = InputWalker.STDIN;

  private final PublishOptions options;
  private final PageReader reader;
  private InputStream stdin = System.in;
  private ProgressListener progress = ProgressListener.NONE;
  private Clock clock = Clock.systemUTC();

  public PublishRun(PublishOptions options) {
    this.options = Objects.requireNonNull(options, "options");
    this.reader = new PageReader(options.maxPageBytes());
  }

  /** Reads {@code -} from this stream instead of {@code System.in}; returns this. */
  public PublishRun withStdin(InputStream in) {
    this.stdin = Objects.requireNonNull(in, "in");
    return this;
  }

  /** Reports progress to this listener; returns this. */
  public PublishRun withProgress(ProgressListener listener) {
    this.progress = Objects.requireNonNull(listener, "listener");
    return this;
  }

  PublishRun withClock(Clock c) {
    this.clock = c;
    return this;
  }

  /**
   * Runs over the inputs in order.
   *
   * @throws IllegalArgumentException when a URL is set but the inputs hold more than one page
   * @throws PublishFailedException when the broker fails in a way no page could get past; it
   *     carries the partial summary
   */
  public PublishSummary run(List<Path> inputs, PageSink publisher) throws PublishFailedException {
    Instant start = clock.instant();
    InputWalker.Walked walked = InputWalker.walk(inputs);
    if (options.url() != null && walked.pages().size() != 1) {
      throw new IllegalArgumentException(
          "a URL can only be given for a single page, but the inputs hold " + walked.pages().size());
    }
    Tally tally = new Tally(walked.skipped());
    List<CompletableFuture<?>> pending = new ArrayList<>();
    progress.started(walked.pages().size());
    try {
      int done = 0;
      long sent = 0;
      for (Path path : walked.pages()) {
        // Stop at the first run-ending error: each further send would wait out the same timeout.
        tally.failIfFatal(since(start));
        PageFile page = read(path, tally);
        if (page != null && send(publisher, page, tally, pending)) {
          sent += page.body().length;
        }
        progress.advanced(++done, sent);
      }
      publisher.flush();
      pending.forEach(f -> f.exceptionally(e -> null).join());
      tally.failIfFatal(since(start));
    } finally {
      progress.finished();
    }
    return tally.summary(since(start));
  }

  private Duration since(Instant start) {
    return Duration.between(start, clock.instant());
  }

  private PageFile read(Path path, Tally tally) {
    try {
      PageFile page = path.equals(STDIN) ? reader.read("-", stdin) : reader.read(path);
      return page.withUrl(options.url()).withContentType(options.contentType());
    } catch (PageSkippedException e) {
      tally.skip(new SkippedPage(e.origin(), e.reason()));
      return null;
    }
  }

  /** Hands a page to the publisher; false when it was refused before sending. */
  private boolean send(PageSink publisher, PageFile page, Tally tally, List<CompletableFuture<?>> pending) {
    CompletableFuture<?> sending;
    try {
      sending = publisher.publish(page.toRawPage(options.source(), null));
    } catch (IllegalArgumentException e) {
      tally.skip(new SkippedPage(page.origin(), e.getMessage()));
      return false;
    }
    int size = page.body().length;
    // Runs on the producer's I/O thread once the broker answers.
    pending.add(sending.whenComplete((meta, error) -> {
      if (error == null) {
        tally.delivered(size);
      } else if (isPageFault(error)) {
        tally.skip(new SkippedPage(page.origin(), "refused by the broker: " + cause(error).getMessage()));
      } else {
        tally.fail(cause(error));
      }
    }));
    return true;
  }

  /** True for failures that concern this page only; anything else would fail the next page too. */
  private static boolean isPageFault(Throwable error) {
    Throwable c = cause(error);
    return c instanceof RecordTooLargeException || c instanceof IllegalArgumentException;
  }

  private static Throwable cause(Throwable error) {
    return error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
  }
}
