package io.jobstream.enrich.page;

import static org.assertj.core.api.Assertions.assertThat;

import io.jobstream.enrich.SharedData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * {@link HtmlMeta#of} reads in one walk of the head what jsoup's selectors and
 * {@link Document#title()} find, on awkward heads and on every page of both corpora.
 */
class HtmlMetaTest {
  @Test
  void shouldReadWhatSelectorsFindOnAwkwardHeads() {
    for (String html : List.of(
        "<head><title> Two  words </title><title>second</title><meta property=OG:Title content=' Upper '></head>",
        "<head><meta name=og:title content=byname><meta property=og:title content=byproperty></head>",
        "<head><meta property='' name=description content='named'><meta name=DESCRIPTION content=late></head>",
        "<head><link rel=Canonical href=/a/b><link rel=canonical href=/c><meta property=og:url content=/og></head>",
        "<head><meta property=og:url content=https://x.example/og></head><body><title>in body</title><h1> </h1><h1>Two</h1>",
        "<head><meta property=og:type content=website><meta property=og:site_name content='  '></head>",
        "<head><title>\u00a0Field\u200b Organizer &nbsp;\t&shy;\u00ad\n\r\f Org\u2003&#x1F600;\u00a0</title></head>",
        "<head><title>\u200b\u00ad</title></head>",
        "<p>no head at all</p>", "")) {
      Document doc = Jsoup.parse(html, "https://board.example/jobs/1");
      assertThat(HtmlMeta.of(doc)).as(html).isEqualTo(bySelectors(doc));
    }
  }

  @Test
  void shouldReadWhatSelectorsFindOnEveryCorpusPage() throws IOException {
    List<Path> files = SharedData.htmlPagesOfBothCorpora();
    assertThat(files).hasSizeGreaterThan(50);
    for (Path file : files) {
      Document doc = Jsoup.parse(BodyDecoder.decode(Files.readAllBytes(file), null), "https://board.example/jobs/1");
      assertThat(HtmlMeta.of(doc)).as(file.toString()).isEqualTo(bySelectors(doc));
    }
  }

  // The plain way: a selector search per tag.
  private static HtmlMeta bySelectors(Document doc) {
    Element head = doc.head();
    String canonical = attr(head.selectFirst("link[rel=canonical]"), "abs:href");
    if (canonical == null) {
      canonical = meta(head, "og:url");
    }
    Element h1 = doc.body() == null ? null : doc.body().selectFirst("h1");
    return new HtmlMeta(meta(head, "og:title"), meta(head, "og:site_name"), canonical, blankToNull(doc.title()),
        h1 == null ? null : blankToNull(h1.text()), meta(head, "og:description"), meta(head, "description"),
        meta(head, "og:type"));
  }

  private static String meta(Element head, String key) {
    return attr(head.selectFirst("meta[property=" + key + "], meta[name=" + key + "]"), "content");
  }

  private static String attr(Element e, String name) {
    return e == null ? null : blankToNull(e.attr(name));
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
