package io.jobstream.enrich;

import io.jobstream.enrich.extract.ApplyInfo;
import io.jobstream.enrich.extract.Dates;
import io.jobstream.enrich.extract.Found;
import io.jobstream.enrich.extract.JobTerms;
import io.jobstream.enrich.extract.Location;
import io.jobstream.enrich.extract.Organizations;
import io.jobstream.enrich.extract.Requirements;
import io.jobstream.enrich.extract.Titles;
import io.jobstream.enrich.page.FrontMatter;
import io.jobstream.enrich.page.HtmlMeta;
import io.jobstream.enrich.page.JobPostingLd;
import io.jobstream.enrich.salary.SalaryParser;
import io.jobstream.enrich.text.PostingLines;
import io.jobstream.model.EnrichedPosting;
import io.jobstream.model.EnrichedPosting.Salary;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The extracted fields of one page. Each field is taken from the most trusted source that
 * states it: front matter, then JSON-LD, then HTML metadata, then the clean text.
 */
record Fields(
    Found title,
    Found organization,
    EnrichedPosting.Location location,
    Found workplace,
    Found employmentType,
    Salary salary,
    Found posted,
    Found closing,
    EnrichedPosting.Apply apply,
    EnrichedPosting.Requirements requirements,
    String url,
    String source,
    Map<String, String> evidence) {

  static Fields extract(ReadPage page) {
    FrontMatter fm = page.frontMatter();
    JobPostingLd ld = page.jsonLd();
    HtmlMeta meta = page.meta();
    List<String> lines = page.clean().lines();
    // The extractors that read every line share one reading of each.
    PostingLines shared = PostingLines.of(lines);

    // Each field takes the first source that states it; the sources are tried lazily, as the
    // searches of the clean text cost far more than reading structured data.
    Found title = Titles.unwrap(first(
        () -> Found.of(fm.text("title", "job_title", "position")),
        () -> ld == null ? null : Found.of(ld.title()),
        () -> meta == null ? null : Titles.fromHtml(meta.h1(), meta.ogTitle(), meta.htmlTitle()),
        () -> Titles.fromLines(lines)));
    Found org = first(
        () -> Found.of(fm.text("organization", "organisation", "company", "employer")),
        () -> ld == null ? null : Found.of(ld.organization()),
        () -> meta == null ? null : Organizations.fromPageTitle(meta.htmlTitle()),
        () -> meta == null ? null : Organizations.fromPageTitle(meta.ogTitle()),
        () -> Organizations.fromLines(shared),
        () -> Organizations.nextToTitle(lines, Found.valueOf(title)),
        () -> meta == null ? null : Organizations.fromPageTitle(meta.htmlTitle(), Found.valueOf(title)),
        () -> meta == null ? null : Found.of(meta.siteName()));
    EnrichedPosting.Location loc = location(fm, ld, lines, Found.valueOf(org));
    Found workplace = ld != null && ld.telecommute() ? new Found("remote", "jobLocationType TELECOMMUTE")
        : first(() -> Found.of(JobTerms.normaliseWorkplace(fm.text("workplace", "remote"))),
            () -> JobTerms.workplace(loc == null ? null : loc.raw(), shared));
    Found type = first(
        () -> normalised(fm.text("a_job_type", "job_type", "employment_type", "type")),
        () -> ld == null ? null : normalised(ld.employmentType()),
        () -> JobTerms.employmentTypeOfTitle(Found.valueOf(title)),
        () -> JobTerms.employmentType(shared));
    Salary salary = salary(fm, ld, shared, loc == null ? null : loc.country(), Found.valueOf(title));
    Found posted = first(
        () -> date(fm.text("sort_date", "date", "posted", "pubdate", "published", "created_at")),
        () -> ld == null ? null : date(ld.datePosted()),
        () -> Dates.posted(shared));
    Found closing = first(
        () -> date(fm.text("closing_date", "deadline", "expires", "expirydate", "closing")),
        () -> ld == null ? null : date(ld.validThrough()),
        () -> Dates.closing(shared));
    String url = firstNonNull(meta == null ? null : meta.canonicalUrl(), ld == null ? null : ld.url(), fm.text("link", "url"));

    Map<String, String> evidence = new LinkedHashMap<>();
    put(evidence, "title", title);
    put(evidence, "organization", org);
    if (loc != null) {
      evidence.put("location", loc.raw());
    }
    put(evidence, "workplace", workplace);
    put(evidence, "employmentType", type);
    if (salary != null) {
      evidence.put("salary", salary.text());
    }
    put(evidence, "postedDate", posted);
    put(evidence, "closingDate", closing);
    EnrichedPosting.Apply apply = ApplyInfo.from(shared);
    if (apply.email() != null) {
      evidence.put("applyEmail", apply.email());
    }
    return new Fields(title, org, loc, workplace, type, salary, posted, closing, apply,
        Requirements.from(shared, fm.text("aa_degrees_required", "degree", "degree_required")),
        url, host(url), evidence);
  }

  private static EnrichedPosting.Location location(FrontMatter fm, JobPostingLd ld, List<String> lines, String org) {
    String stated = fm.text("location", "city");
    if (stated != null) {
      return Location.parse(stated, org);
    }
    if (ld != null && (ld.city() != null || ld.region() != null || ld.country() != null)) {
      return Location.of(ld.city(), ld.region(), ld.country());
    }
    return Location.fromLines(lines, org);
  }

  private static Salary salary(FrontMatter fm, JobPostingLd ld, PostingLines lines, String country, String title) {
    Salary s = SalaryParser.parsePhrase(fm.text("salary", "compensation", "pay"), country);
    if (s == null && ld != null) {
      s = SalaryParser.fromStructured(ld.salaryMin(), ld.salaryMax(), ld.salaryCurrency(), ld.salaryUnit());
    }
    return s != null ? s : SalaryParser.find(lines, country, title);
  }

  private static Found normalised(String stated) {
    String t = JobTerms.normalise(stated);
    return t == null ? null : new Found(t, stated);
  }

  private static Found date(String stated) {
    String iso = Dates.parse(stated);
    return iso == null ? null : new Found(iso, stated);
  }

  private static String host(String url) {
    if (url == null) {
      return null;
    }
    try {
      String h = URI.create(url.strip()).getHost();
      return h == null ? null : h.startsWith("www.") ? h.substring(4) : h;
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static void put(Map<String, String> evidence, String field, Found f) {
    if (f != null) {
      evidence.put(field, f.evidence());
    }
  }

  @SafeVarargs
  private static Found first(Supplier<Found>... sources) {
    for (Supplier<Found> source : sources) {
      Found f = source.get();
      if (f != null) {
        return f;
      }
    }
    return null;
  }

  private static String firstNonNull(String... values) {
    for (String v : values) {
      if (v != null) {
        return v;
      }
    }
    return null;
  }
}
