package io.jobstream.enrich.page;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** Structured sources of fields: schema.org JSON-LD and microdata, OpenGraph. */
class StructuredDataTest {

  @Test
  void shouldReadMicrodataJobPosting() {
    Document doc = Jsoup.parse(
        "<body><div itemscope itemtype=\"https://schema.org/JobPosting\">"
            + "<h1 itemprop=\"title\">Field Organizer</h1>"
            + "<meta itemprop=\"datePosted\" content=\"2026-03-01\"><time itemprop=\"validThrough\" datetime=\"2026-04-01\">April 1</time>"
            + "<span itemprop=\"employmentType\">FULL_TIME</span>"
            + "<div itemprop=\"hiringOrganization\" itemscope itemtype=\"https://schema.org/Organization\"><span itemprop=\"name\">Acme Union</span></div>"
            + "<div itemprop=\"jobLocation\" itemscope><div itemprop=\"address\" itemscope>"
            + "<span itemprop=\"addressLocality\">Dayton</span><span itemprop=\"addressRegion\">OH</span></div></div>"
            + "<div itemprop=\"baseSalary\" itemscope><meta itemprop=\"currency\" content=\"USD\">"
            + "<div itemprop=\"value\" itemscope><meta itemprop=\"minValue\" content=\"50000\"><meta itemprop=\"maxValue\" content=\"56000\">"
            + "<meta itemprop=\"unitText\" content=\"YEAR\"></div></div>"
            + "<div itemprop=\"description\"><p>Build tenant power.</p></div></div></body>");
    JobPostingLd ld = JobPostingLd.read(doc);
    assertThat(ld).isNotNull();
    assertThat(ld.format()).isEqualTo(JobPostingLd.MICRODATA);
    assertThat(ld.title()).isEqualTo("Field Organizer");
    assertThat(ld.organization()).isEqualTo("Acme Union");
    assertThat(ld.datePosted()).isEqualTo("2026-03-01");
    assertThat(ld.validThrough()).isEqualTo("2026-04-01");
    assertThat(ld.city()).isEqualTo("Dayton");
    assertThat(ld.region()).isEqualTo("OH");
    assertThat(ld.salaryMin()).isEqualTo(50000.0);
    assertThat(ld.salaryMax()).isEqualTo(56000.0);
    assertThat(ld.salaryUnit()).isEqualTo("YEAR");
    assertThat(ld.description()).isEqualTo("Build tenant power.");
  }

  @Test
  void shouldPreferJsonLdAndReadItsDescriptionAsText() {
    Document doc = Jsoup.parse(
        "<head><script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@type\":[\"JobPosting\"],"
            + "\"title\":\"Policy Analyst\",\"description\":\"&lt;p&gt;Write &amp;amp; research&lt;/p&gt;\"}</script></head>"
            + "<body><div itemscope itemtype=\"https://schema.org/JobPosting\"><span itemprop=\"title\">Other</span></div></body>");
    JobPostingLd ld = JobPostingLd.read(doc);
    assertThat(ld.format()).isEqualTo(JobPostingLd.JSON_LD);
    assertThat(ld.title()).isEqualTo("Policy Analyst");
    assertThat(ld.description()).isEqualTo("Write &amp; research");
  }

  @Test
  void shouldFindThePostingAfterOtherScriptsEvenWhenItsTypeIsEscaped() {
    Document doc = Jsoup.parse(
        "<head><script type=\"application/ld+json\">{\"@type\":\"BreadcrumbList\",\"name\":\"Jobs\"}</script>"
            + "<script type=\"application/ld+json\">{\"@type\":\"Job\\u0050osting\",\"title\":\"Staff Attorney\"}</script></head>");
    assertThat(JobPostingLd.read(doc).title()).isEqualTo("Staff Attorney");
  }

  @Test
  void shouldReturnNullWithoutStructuredPosting() {
    assertThat(JobPostingLd.read(Jsoup.parse("<div itemscope itemtype=\"https://schema.org/Event\"></div>"))).isNull();
  }

  @Test
  void shouldReadOpenGraphAndMetaDescription() {
    HtmlMeta meta = HtmlMeta.of(Jsoup.parse(
        "<head><meta property=\"og:title\" content=\"Organizer\"><meta property=\"og:description\" content=\"Join us\">"
            + "<meta name=\"description\" content=\"Organizer at Acme\"><meta property=\"og:type\" content=\"website\"></head>"));
    assertThat(meta.ogTitle()).isEqualTo("Organizer");
    assertThat(meta.ogDescription()).isEqualTo("Join us");
    assertThat(meta.description()).isEqualTo("Organizer at Acme");
    assertThat(meta.ogType()).isEqualTo("website");
  }
}
