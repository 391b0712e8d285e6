package io.jobstream.bench;

import io.jobstream.enrich.PageReading;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.jsoup.Jsoup;

/**
 * The work measured on one page, shared by the JMH benchmarks and the CPU-time rounds so both
 * measure the same thing. Thread-safe. {@link #apply} never throws: an extractor's failure is
 * returned (a rejected page still cost what was spent on it; {@link AnchorComparison} reports failures).
 */
public enum PagePass {
  /** The floor: {@code Jsoup.parse} of the bytes, jsoup's own charset detection included. */
  JSOUP_PARSE("jsoupParse") {
    @Override
    Object run(byte[] body) throws IOException {
      return Jsoup.parse(new ByteArrayInputStream(body), null, "");
    }
  },
  /** {@code Jsoup.parse} of the bytes decoded as UTF-8 first — the parse call the enricher makes. */
  JSOUP_PARSE_STRING("jsoupParseString") {
    @Override
    Object run(byte[] body) {
      return Jsoup.parse(new String(body, StandardCharsets.UTF_8), "");
    }
  },
  /**
   * The enricher's reading of the page alone: decode, sniff, parse, metadata and cleaning, with no
   * field, phrase or posting built. Beside {@link #ENRICHER} it splits the enricher's cost in two.
   */
  CLEANING("cleaning") {
    @Override
    Object run(byte[] body) {
      return PageReading.cleanText(body);
    }
  },
  /** The whole enricher: decode, sniff, parse, clean, extract every field, build the posting. */
  ENRICHER("enricher") {
    private final TextExtractor x = new JobstreamText();

    @Override
    Object run(byte[] body) {
      return x.text(body, null);
    }
  },
  /** boilerpipe's ArticleExtractor on the decoded page. */
  BOILERPIPE("boilerpipe") {
    private final TextExtractor x = new BoilerpipeText();

    @Override
    Object run(byte[] body) {
      return x.text(body, null);
    }
  },
  /** Readability4J on the decoded page. */
  READABILITY4J("readability4j") {
    private final TextExtractor x = new ReadabilityText();

    @Override
    Object run(byte[] body) {
      return x.text(body, null);
    }
  };

  private final String benchmark;

  PagePass(String benchmark) {
    this.benchmark = benchmark;
  }

  /** The name of the matching {@link EnrichBenchmark} method. */
  public String benchmark() {
    return benchmark;
  }

  /** The result of the work on {@code body}, or the exception it ended with. */
  public Object apply(byte[] body) {
    try {
      return run(body);
    } catch (IOException e) {
      return new UncheckedIOException(e);
    } catch (RuntimeException e) {
      return e;
    }
  }

  abstract Object run(byte[] body) throws IOException;
}
