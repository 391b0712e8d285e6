package io.jobstream.enrich;

import io.jobstream.enrich.clean.CleanText;
import io.jobstream.enrich.clean.Cleaner;
import io.jobstream.enrich.page.Body;
import io.jobstream.enrich.page.FrontMatter;
import io.jobstream.enrich.page.FrontMatterReader;
import io.jobstream.enrich.page.HtmlMeta;
import io.jobstream.enrich.page.JobPostingLd;
import io.jobstream.enrich.page.PageKind;
import io.jobstream.enrich.page.StyleScriptCuts;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * A page read once: its clean text plus whatever structured data it carried. HTML is parsed
 * exactly once here, and the parsed document is dropped when this record is built.
 *
 * @param clean the cleaned lines and the removal audit
 * @param frontMatter the front matter (empty for HTML and plain text)
 * @param jsonLd the schema.org JobPosting, or null
 * @param meta the OpenGraph and title tags, or null for non-HTML pages
 */
record ReadPage(CleanText clean, FrontMatter frontMatter, JobPostingLd jsonLd, HtmlMeta meta) {

  /** Reads decoded {@code text} of the given kind; {@code url} (may be null) resolves links. */
  static ReadPage of(String text, PageKind kind, String url) {
    return of(Body.ofText(text), kind, url);
  }

  /** Reads {@code body} of the given kind; {@code url} (may be null) resolves links. */
  static ReadPage of(Body body, PageKind kind, String url) {
    return switch (kind) {
      case HTML -> html(body, url);
      case MARKDOWN -> {
        FrontMatter fm = FrontMatterReader.read(body.text());
        yield new ReadPage(Cleaner.text(fm.body(), true, fm.rawBlock()), fm, null, null);
      }
      case TEXT -> new ReadPage(Cleaner.text(body.text(), false, ""), FrontMatter.none(body.text()), null, null);
    };
  }

  private static ReadPage html(Body body, String url) {
    StyleScriptCuts cuts = StyleScriptCuts.of(body);
    Document doc = parse(body, cuts, url == null ? "" : url);
    HtmlMeta meta = HtmlMeta.of(doc);
    JobPostingLd ld = JobPostingLd.read(doc);
    return new ReadPage(Cleaner.html(doc, cuts), FrontMatter.none(""), ld, meta);
  }

  // Well-formed UTF-8 goes to jsoup as bytes with its charset named, so jsoup decodes it as it
  // reads (no charset sniffing: the charset is known) and no whole-page String is built first;
  // with its long style sheets and scripts cut short when there are any.
  // Package-private for the benchmark module's StageCosts, which times each step in place.
  static Document parse(Body body, StyleScriptCuts cuts, String baseUri) {
    InputStream utf8 = cuts.html() != null ? new ByteArrayInputStream(cuts.html()) : body.utf8();
    if (utf8 == null) {
      return Jsoup.parse(body.text(), baseUri);
    }
    try {
      return Jsoup.parse(utf8, "UTF-8", baseUri);
    } catch (IOException e) {
      throw new UncheckedIOException("reading a page held in memory", e);
    }
  }
}
