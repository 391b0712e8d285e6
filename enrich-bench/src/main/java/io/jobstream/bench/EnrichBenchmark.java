package io.jobstream.bench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Throughput of turning a whole page set into text, once per invocation: so ops/s × pages is
 * pages/s. A bare jsoup parse of the bytes is the floor every HTML extractor pays; the enricher
 * and the two reference extractors are measured over the same bytes ({@link PagePass}). Run
 * through {@link BenchMain}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class EnrichBenchmark {
  /** Which page set: {@link PageSet#PROJECT} or {@link PageSet#SHARED}. */
  @Param({PageSet.PROJECT, PageSet.SHARED})
  public String pageSet;

  private byte[][] pages;

  /** Reads the set into memory once, so disk reads are not measured. */
  @Setup(Level.Trial)
  public void load() {
    PageSet set = PageSet.named(pageSet);
    if (set.isEmpty()) {
      throw new IllegalStateException("page set '" + pageSet + "' has no HTML pages here");
    }
    pages = set.pages().stream().map(Page::body).toArray(byte[][]::new);
  }

  /** The floor: {@code Jsoup.parse} of the bytes. */
  @Benchmark
  public void jsoupParse(Blackhole bh) {
    run(PagePass.JSOUP_PARSE, bh);
  }

  /** {@code Jsoup.parse} of the bytes decoded as UTF-8, as the enricher calls it. */
  @Benchmark
  public void jsoupParseString(Blackhole bh) {
    run(PagePass.JSOUP_PARSE_STRING, bh);
  }

  /** The enricher's reading and cleaning of each page, without its fields. */
  @Benchmark
  public void cleaning(Blackhole bh) {
    run(PagePass.CLEANING, bh);
  }

  /** The whole enricher. */
  @Benchmark
  public void enricher(Blackhole bh) {
    run(PagePass.ENRICHER, bh);
  }

  /** boilerpipe's ArticleExtractor. */
  @Benchmark
  public void boilerpipe(Blackhole bh) {
    run(PagePass.BOILERPIPE, bh);
  }

  /** Readability4J. */
  @Benchmark
  public void readability4j(Blackhole bh) {
    run(PagePass.READABILITY4J, bh);
  }

  private void run(PagePass pass, Blackhole bh) {
    for (byte[] body : pages) {
      bh.consume(pass.apply(body));
    }
  }
}
