package io.jobstream.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import io.jobstream.bench.Page;
import io.jobstream.bench.PageSet;
import io.jobstream.model.RawPage;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import org.junit.jupiter.api.Test;

/** The cleaning the benchmarks time alone is the enricher's own: same clean text on every page we have. */
class PageReadingTest {
  @Test
  void shouldGiveTheEnrichersCleanTextOnEveryPage() {
    Enricher enricher = new Enricher();
    var project = PageSet.named(PageSet.PROJECT).pages();
    assertThat(project).hasSizeGreaterThan(50);
    // The real pages, when ../shared/corpus is beside the checkout, are the ones with cuts.
    var pages = new ArrayList<Page>(project);
    pages.addAll(PageSet.named(PageSet.SHARED).pages());

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
