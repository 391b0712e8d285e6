package io.jobstream.enrich.page;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Locale;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The schema.org {@code JobPosting} a page embeds as JSON-LD, flattened to the fields the
 * enricher uses. Any field may be null; {@link #read} returns null when the page has none.
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
    String url) {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** The first JobPosting in the page's JSON-LD scripts, or null; malformed JSON is skipped. */
  public static JobPostingLd read(Document doc) {
    for (Element script : doc.select("script[type=application/ld+json]")) {
      try {
        JsonNode posting = findPosting(JSON.readTree(script.data()));
        if (posting != null) {
          return of(posting);
        }
      } catch (java.io.IOException | RuntimeException e) {
        // A broken JSON-LD block is common on real pages; the visible text still counts.
      }
    }
    return null;
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
    return "JobPosting".equals(node.path("@type").asText()) ? node : null;
  }

  private static JobPostingLd of(JsonNode p) {
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
        text(p.path("url")));
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
