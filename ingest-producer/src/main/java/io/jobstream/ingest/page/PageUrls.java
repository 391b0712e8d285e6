package io.jobstream.ingest.page;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Finds the URL a page states for itself: for HTML the {@code <link rel=canonical>}, then the
 * {@code og:url} meta property; for Markdown the front-matter {@code link}, then {@code url}.
 *
 * <p>Only absolute http(s) URLs count: a relative canonical cannot be resolved without the URL
 * the page was fetched from, and a wrong key would merge unrelated postings downstream.
 */
public final class PageUrls {
  private static final Pattern ABSOLUTE_HTTP = Pattern.compile("(?i)^https?://[^\\s/?#]+\\S*$");

  private PageUrls() {}

  /**
   * The page's own URL, or null when it states none.
   *
   * @param mimeType {@link ContentTypes#HTML}, {@link ContentTypes#MARKDOWN} or other (none found)
   * @param body the page bytes
   * @param charset the declared charset, or null to let jsoup sniff (HTML) or assume UTF-8
   */
  public static String find(String mimeType, byte[] body, Charset charset) {
    if (ContentTypes.HTML.equals(mimeType)) {
      return fromHtml(body, charset);
    }
    if (ContentTypes.MARKDOWN.equals(mimeType)) {
      return fromFrontMatter(new String(body, charset == null ? StandardCharsets.UTF_8 : charset));
    }
    return null;
  }

  static String fromHtml(byte[] body, Charset charset) {
    Document doc;
    try {
      doc = Jsoup.parse(new ByteArrayInputStream(body), charset == null ? null : charset.name(), "");
    } catch (IOException e) {
      throw new UncheckedIOException(e); // cannot happen: the bytes are in memory
    }
    for (Element link : doc.select("link[rel][href]")) {
      if (hasToken(link.attr("rel"), "canonical") && isAbsoluteHttp(link.attr("href"))) {
        return link.attr("href").strip();
      }
    }
    for (Element meta : doc.select("meta[property][content]")) {
      if (meta.attr("property").strip().equalsIgnoreCase("og:url") && isAbsoluteHttp(meta.attr("content"))) {
        return meta.attr("content").strip();
      }
    }
    return null;
  }

  static String fromFrontMatter(String text) {
    Map<String, String> values = FrontMatter.parse(text);
    if (values == null) {
      return null;
    }
    for (String key : new String[] {"link", "url"}) {
      String value = values.get(key);
      if (value != null && isAbsoluteHttp(value)) {
        return value.strip();
      }
    }
    return null;
  }

  private static boolean hasToken(String rel, String token) {
    for (String t : rel.strip().split("\\s+")) {
      if (t.equalsIgnoreCase(token)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isAbsoluteHttp(String value) {
    return value != null && ABSOLUTE_HTTP.matcher(value.strip()).matches();
  }
}
