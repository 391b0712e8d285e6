package io.jobstream.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import io.jobstream.bench.Page;
import io.jobstream.bench.PageSet;
import io.jobstream.model.RawPage;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link StageCosts} walks the enricher's steps over every project page and times each one. */
class StageCostsTest {
  @Test
  void shouldTimeEveryStepOnEveryPage() {
    List<RawPage> pages = PageSet.named(PageSet.PROJECT).pages().stream().map(Page::body).map(RawPage::of).toList();
    assertThat(pages).hasSizeGreaterThan(50);

    var steps = StageCosts.onePass(pages, true);

    assertThat(steps.keySet()).containsExactly("bare jsoup parse (the floor)", "decode and sniff",
        "style and script cuts", "parse", "metadata and JSON-LD", "cleaning", "cleaning again", "fields",
        "fields again", "content hash", "lower-cased copy", "role and benefit phrases", "seniority",
        "ids, evidence, stamp");
    assertThat(steps.get("parse")).isPositive();
    assertThat(steps.get("cleaning")).isPositive();
    assertThat(steps.get("fields")).isPositive();
  }
}
