package io.jobstream.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import io.jobstream.bench.Page;
import io.jobstream.bench.PageSet;
import io.jobstream.model.RawPage;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The cleaning the benchmarks time alone is the enricher's own: same clean text on every page. */
class PageReadingTest {
  @Test
  void shouldGiveTheEnrichersCleanTextOnEveryProjectPage() {
    Enricher enricher = new Enricher();
    var pages = PageSet.named(PageSet.PROJECT).pages();
    assertThat(pages).hasSizeGreaterThan(50);

    for (Page page : pages) {
      assertThat(PageReading.cleanText(page.body()))
          .as(page.name())
          .isNotBlank()
          .isEqualTo(enricher.enrich(RawPage.of(page.body())).cleanText());
    }
  }

  @Test
  void shouldReadPlainTextAsTheEnricherDoes() {
    byte[] email = "Subject: Night baker\n\nWe are hiring a night baker.\nPay: $21 an hour.\n".getBytes(StandardCharsets.UTF_8);

    assertThat(PageReading.cleanText(email)).isEqualTo(new Enricher().enrich(RawPage.of(email)).cleanText());
  }
}
