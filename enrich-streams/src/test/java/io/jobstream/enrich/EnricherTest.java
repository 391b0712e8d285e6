package io.jobstream.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import io.jobstream.model.EnrichedPosting;
import io.jobstream.model.RawPage;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class EnricherTest {
  private final Enricher enricher = new Enricher();

  private EnrichedPosting enrich(String html) {
    return enricher.enrich(new RawPage(null, html.getBytes(StandardCharsets.UTF_8), "text/html; charset=utf-8", null, null));
  }

  @Test
  void shouldPreferJsonLdAndTakeIdFromCanonicalUrl() {
    EnrichedPosting p = enrich("""
        <html><head><link rel="canonical" href="https://board.example.au/jobs/42">
        <script type="application/ld+json">{"@context":"https://schema.org","@type":"JobPosting",
          "title":"Campaign Organiser","hiringOrganization":{"name":"Acme Union"},
          "datePosted":"2026-08-06T07:39:35Z","validThrough":"2026-12-12","employmentType":"FULL_TIME",
          "jobLocation":{"address":{"addressLocality":"Melbourne","addressRegion":"VIC","addressCountry":"AU"}},
          "baseSalary":{"currency":"AUD","value":{"minValue":90000,"maxValue":100000,"unitText":"YEAR"}}}</script>
        </head><body><h1>Campaign Organiser</h1><p>Pay: $90,000 - $100,000 a year.</p></body></html>""");
    assertThat(p.title()).isEqualTo("Campaign Organiser");
    assertThat(p.organization()).isEqualTo("Acme Union");
    assertThat(p.salary().currency()).isEqualTo("AUD");
    assertThat(p.salary().min()).isEqualTo(90000.0);
    assertThat(p.postedDate()).isEqualTo("2026-08-06");
    assertThat(p.closingDate()).isEqualTo("2026-12-12");
    assertThat(p.employmentType()).isEqualTo("full_time");
    assertThat(p.location().country()).isEqualTo("AU");
    assertThat(p.url()).isEqualTo("https://board.example.au/jobs/42");
    assertThat(p.id()).isEqualTo(Ids.fromUrl("https://board.example.au/jobs/42")).isNotEqualTo(p.contentHash());
    assertThat(p.roleType().primary()).isEqualTo("organizing");
  }

  @Test
  void shouldNotTakeOtherJobsPayFromSimilarJobsAside() {
    EnrichedPosting p = enrich("""
        <html><body><h1>Field Organizer</h1>
        <p>Denver Tenants Union is hiring a Field Organizer based in Denver, CO.</p>
        <p>Knock doors, build tenant committees, and run campaigns with members.</p>
        <aside class="related-jobs"><h2>Similar jobs</h2><p>Billing Manager</p><p>Salary: $90,000 - $110,000</p></aside>
        </body></html>""");
    assertThat(p.salary()).isNull();
    assertThat(p.salaryStated()).isFalse();
    assertThat(p.location().region()).isEqualTo("CO");
    assertThat(p.payTransparency()).contains("CO");
    assertThat(p.cleanText()).doesNotContain("Billing Manager");
    assertThat(p.removed()).extracting(EnrichedPosting.Removal::kind).contains("similar_jobs");
  }

  @Test
  void shouldFillEveryListAndStateEvidence() {
    EnrichedPosting p = enricher.enrich(RawPage.of("Data Analyst\nSalary: $30/hour\nApply: jobs@example.org".getBytes(StandardCharsets.UTF_8)));
    assertThat(p.benefits()).isNotNull();
    assertThat(p.removed()).isNotNull();
    assertThat(p.requirements().languages()).isNotNull();
    assertThat(p.salary().period()).isEqualTo("HOUR");
    assertThat(p.salary().annualMin()).isEqualTo(62400.0);
    assertThat(p.apply().email()).isEqualTo("jobs@example.org");
    assertThat(p.evidence()).containsEntry("salary", "$30/hour").containsKey("title");
    assertThat(p.roleType().primary()).isEqualTo("research_data");
    assertThat(p.enricherVersion()).isEqualTo(Enricher.VERSION);
  }
}
