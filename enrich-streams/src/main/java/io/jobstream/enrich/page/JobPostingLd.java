package io.jobstream.enrich.page;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * The schema.org {@code JobPosting} a page embeds, as JSON-LD or as microdata
 * ({@code itemtype}/{@code itemprop}), flattened to the fields the enricher uses. Any field may
 * be null; {@link #read} returns null when the page has none. Immutable and thread-safe.
 *
 * @param descriptionHtml the posting's description as given (JSON-LD holds it as HTML), or null;
 *     {@link #description()} is its plain text
 * @param format where it came from: {@link #JSON_LD} or {@link #MICRODATA}
 */
public record JobPostingLd(
    String title,
    String organization,
    String datePosted,
    String validThrough,
    String employmentType,
    String city,
    String region,
    String country,
    boolean telecommute,
    String salaryCurrency,
    Double salaryMin,
    Double salaryMax,
    String salaryUnit,
    String url,
    String descriptionHtml,
    String format) {

  /** {@link #format} of a posting read from a JSON-LD script. */
  public static final String JSON_LD = "json-ld";
  /** {@link #format} of a posting read from microdata attributes. */
  public static final String MICRODATA = "microdata";

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final java.util.regex.Pattern BLANKS = java.util.regex.Pattern.compile("[ \\t\\x0B\\f\\r\\u00a0]+");

  /**
   * The first JobPosting in the page's JSON-LD scripts, else its microdata JobPosting, else
   * null; malformed JSON is skipped. Reads the document only.
   */
  public static JobPostingLd read(Document doc) {
    // One walk finds both the JSON-LD scripts and the first microdata JobPosting.
    List<Element> scripts = new ArrayList<>();
    Element micro = null;
    for (Element el = doc; el != null; el = ElementWalk.next(el, doc)) {
      if (el.normalName().equals("script")) {
        if (el.attr("type").strip().equalsIgnoreCase("application/ld+json")) {
          scripts.add(el);
        }
      } else if (micro == null && el.hasAttr("itemscope") && Microdata.isJobPosting(el)) {
        micro = el;
      }
    }
    for (Element script : scripts) {
      String data = script.data();
      // A JobPosting's @type is written "JobPosting", or with \\u escapes; scripts holding
      // neither (breadcrumbs, the organisation, the site search) need not be parsed at all.
      if (!data.contains("JobPosting") && !data.contains("\\u")) {
        continue;
      }
      try {
        JsonNode posting = findPosting(JSON.readTree(data));
        if (posting != null) {
          return of(posting, JSON_LD);
        }
      } catch (java.io.IOException | RuntimeException e) {
        // A broken JSON-LD block is common on real pages; the visible text still counts.
      }
    }
    return micro == null ? null : of(Microdata.read(micro), MICRODATA);
  }

  private static JsonNode findPosting(JsonNode node) {
    if (node == null) {
      return null;
    }
    if (node.isArray()) {
      for (JsonNode n : node) {
        JsonNode found = findPosting(n);
        if (found != null) {
          return found;
        }
      }
      return null;
    }
    if (node.has("@graph")) {
      return findPosting(node.get("@graph"));
    }
    JsonNode type = node.path("@type");
    if (type.isArray()) {
      for (JsonNode t : type) {
        if ("JobPosting".equals(t.asText())) {
          return node;
        }
      }
      return null;
    }
    return "JobPosting".equals(type.asText()) ? node : null;
  }

  private static JobPostingLd of(JsonNode p, String format) {
    JsonNode address = first(p.path("jobLocation")).path("address");
    JsonNode salary = p.path("baseSalary");
    JsonNode value = salary.path("value");
    Double min = number(value.path("minValue"));
    Double max = number(value.path("maxValue"));
    if (min == null && max == null) {
      min = number(value.path("value"));
      max = min;
    }
    JsonNode country = address.path("addressCountry");
    return new JobPostingLd(
        text(p.path("title")),
        text(p.path("hiringOrganization").path("name")),
        text(p.path("datePosted")),
        text(p.path("validThrough")),
        text(first(p.path("employmentType"))),
        text(address.path("addressLocality")),
        text(address.path("addressRegion")),
        country.isObject() ? text(country.path("name")) : text(country),
        text(p.path("jobLocationType")) != null
            && text(p.path("jobLocationType")).toUpperCase(Locale.ROOT).contains("TELECOMMUTE"),
        text(salary.path("currency")),
        min,
        max,
        text(value.path("unitText")),
        text(p.path("url")),
        text(p.path("description")),
        format);
  }

  /**
   * The description as plain text (tags stripped, entities decoded, blanks collapsed), or null.
   * Worked out on each call, as the enricher reads the page's own text instead.
   */
  public String description() {
    return plain(descriptionHtml);
  }

  private static String plain(String html) {
    if (html == null) {
      return null;
    }
    String decoded = Parser.unescapeEntities(html, false);
    StringBuilder sb = new StringBuilder(decoded.length());
    boolean inTag = false;
    for (int i = 0; i < decoded.length(); i++) {
      char c = decoded.charAt(i);
      if (c == '<') {
        inTag = true;
        sb.append(' ');
      } else if (c == '>' && inTag) {
        inTag = false;
      } else if (!inTag) {
        sb.append(c);
      }
    }
    String text = BLANKS.matcher(sb.toString()).replaceAll(" ").strip();
    return text.isEmpty() ? null : text;
  }

  private static JsonNode first(JsonNode n) {
    return n.isArray() && !n.isEmpty() ? n.get(0) : n;
  }

  private static String text(JsonNode n) {
    return n.isValueNode() && !n.asText().isBlank() ? n.asText().strip() : null;
  }

  private static Double number(JsonNode n) {
    if (n.isNumber()) {
      return n.asDouble();
    }
    if (n.isTextual()) {
      try {
        return Double.valueOf(n.asText().replace(",", "").strip());
      } catch (NumberFormatException e) {
        return null;
      }
    }
    return null;
  }
}
