package io.jobstream.enrich;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jobstream.model.EnrichedPosting;
import io.jobstream.model.RawPage;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Bad, huge and deep input: enrichment finishes and never throws, except for non-pages. */
class RobustnessTest {
  private final Enricher enricher = new Enricher(Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC));

  private static RawPage html(String s) {
    return new RawPage(null, s.getBytes(StandardCharsets.UTF_8), "text/html", null, null);
  }

  @Test
  void shouldNotThrowOnMalformedHtml() {
    String[] pages = {
      "<html><body><p>Organizer<div><li>Salary $50,000<table><tr><td>unclosed",
      "<<<>>><p><b><i>Field Organizer</b></i></p></div></div></span>&amp;&bogus;&#xZZZ;",
      "<script>var x = '<p>not text</p>';</scr",
      "<html><head><script type=\"application/ld+json\">{ broken json</script></head><body>Organizer</body>",
      "<p>$$$ 1,2,3,,,,4 - - to to $ k K 99999999999999999999999 per per hour</p>",
    };
    for (String page : pages) {
      EnrichedPosting p = enricher.enrich(html(page));
      assertThat(p.cleanText()).isNotNull();
      assertThat(p.removed()).isNotNull();
      assertThat(p.benefits()).isNotNull();
    }
  }

  @Test
  void shouldDropScriptTextFromMalformedPage() {
    EnrichedPosting p = enricher.enrich(html("<p>Field Organizer</p><script>var secret = 1;</script><p>Duties"));
    assertThat(p.cleanText()).contains("Field Organizer").doesNotContain("secret");
    assertThat(p.removed()).extracting(EnrichedPosting.Removal::kind).contains("script_style");
  }

  @Test
  @Timeout(value = 30, unit = TimeUnit.SECONDS)
  void shouldFinishOnFiveMegabytePage() {
    StringBuilder sb = new StringBuilder("<html><body><h1>Field Organizer</h1>");
    String para = "<p>Organize members in $20/hour campaigns; salary $50,000 - $60,000 per year. aaaa@bbbb "
        + "MjB3OXUrS1JXSXlWM0p3N3d6cUVwR3UyQXc9PQ== 1111111111111111111111 (((((( [[[[ ]]]] </p>\n";
    while (sb.length() < 5 * 1024 * 1024) {
      sb.append(para);
    }
    EnrichedPosting p = enricher.enrich(html(sb.append("</body></html>").toString()));
    assertThat(p.title()).isEqualTo("Field Organizer");
  }

  @Test
  @Timeout(value = 30, unit = TimeUnit.SECONDS)
  void shouldFinishOnFiveMegabytesOfOneLineText() {
    String line = "x".repeat(5 * 1024 * 1024) + "$" + "9".repeat(1000) + "@" + "a".repeat(1000);
    EnrichedPosting p = enricher.enrich(new RawPage(null, line.getBytes(StandardCharsets.UTF_8), "text/plain", null, null));
    assertThat(p.cleanText()).isNotEmpty();
  }

  @Test
  @Timeout(value = 30, unit = TimeUnit.SECONDS)
  void shouldFinishOnTenThousandDeepNesting() {
    String page = "<html><body>" + "<div>".repeat(10_000) + "<p>Field Organizer</p>" + "</div>".repeat(10_000)
        + "</body></html>";
    EnrichedPosting p = enricher.enrich(html(page));
    assertThat(p.cleanText()).contains("Field Organizer");
  }

  @Test
  @Timeout(value = 30, unit = TimeUnit.SECONDS)
  void shouldStayLinearOnHostileText() {
    String[] hostile = {
      "a@".repeat(300_000), "$5 (".repeat(200_000), "$1k-".repeat(200_000), "Salary: $1 - ".repeat(100_000),
      "[](".repeat(300_000), "Location: " + "Aa ".repeat(300_000) + ", CA", "1 years experience ".repeat(50_000),
    };
    for (String text : hostile) {
      EnrichedPosting p = enricher.enrich(new RawPage(null, text.getBytes(StandardCharsets.UTF_8), "text/markdown", null, null));
      assertThat(p.cleanText()).isNotNull();
    }
  }

  @Test
  void shouldRejectEmptyAndBinaryBodies() {
    assertThatThrownBy(() -> enricher.enrich(RawPage.of(new byte[0])))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("empty");
    assertThatThrownBy(() -> enricher.enrich(RawPage.of("   \n ".getBytes(StandardCharsets.UTF_8))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("blank");
    assertThatThrownBy(() -> enricher.enrich(RawPage.of(new byte[] {'a', 0, 'b', 0})))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("NUL");
  }

  @Test
  void shouldBeDeterministicExceptEnrichedAt() {
    RawPage page = html("<p>Field Organizer</p><p>Salary: $50,000</p>");
    EnrichedPosting a = enricher.enrich(page);
    EnrichedPosting b = enricher.enrich(page);
    assertThat(a).isEqualTo(b);
    assertThat(a.enrichedAt()).isEqualTo("2026-01-01T00:00:00Z");
    assertThat(a.id()).isEqualTo(a.contentHash()).hasSize(64);
    assertThat(a.schemaVersion()).isEqualTo(EnrichedPosting.SCHEMA_VERSION);
  }

  @Test
  void shouldTakeIdFromUrlAndDecodeWindows1252() {
    byte[] body = "<p>Caf\u00e9 Organizer \u2013 Salary: $50,000</p>".getBytes(java.nio.charset.Charset.forName("windows-1252"));
    EnrichedPosting p = enricher.enrich(new RawPage("https://Jobs.Example.org/a/#top", body, null, null, Instant.EPOCH));
    assertThat(p.cleanText()).contains("Caf\u00e9 Organizer \u2013");
    assertThat(p.id()).isEqualTo(enricher.enrich(new RawPage("https://jobs.example.org/a", body, null, null, null)).id());
    assertThat(p.fetchedAt()).isEqualTo("1970-01-01T00:00:00Z");
  }
}
