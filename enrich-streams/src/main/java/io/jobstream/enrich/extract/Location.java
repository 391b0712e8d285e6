package io.jobstream.enrich.extract;

import io.jobstream.model.EnrichedPosting;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds where the job is: a labelled line ("Location:", "Based in"), else the first
 * "City, ST" near the top. Returns the raw phrase and its parts; country as ISO alpha-2.
 */
public final class Location {
  private static final Pattern LABEL =
      Pattern.compile("(?i)^(?:(?:job |work |office )?location\\s*:\\s*|(?:based|located) in\\s+)");
  // A following "Key:" label ends the location ("Location: Remote Start Date: ...").
  private static final Pattern NEXT_LABEL = Pattern.compile(" [A-Z][a-z]++(?: [A-Za-z][a-z]++)?:");
  private static final Pattern CITY_STATE =
      Pattern.compile("\\b([A-Z][A-Za-z.'’-]*+(?: [A-Z][A-Za-z.'’-]*+){0,3}), ([A-Z]{2})(?![A-Za-z])");
  private static final Pattern COUNTRY =
      Pattern.compile("(?i)\\b(united states|u\\.s\\.a?\\.?|usa|canada|united kingdom|uk|england|australia|germany|ireland|new zealand)\\b");
  private static final int HEAD_LINES = 25;

  private Location() {}

  /** The location from the top lines of the posting, or null. */
  public static EnrichedPosting.Location fromLines(List<String> lines) {
    int n = Math.min(lines.size(), HEAD_LINES);
    for (int i = 0; i < n; i++) {
      String line = lines.get(i);
      Matcher m = LABEL.matcher(line);
      if (line.length() < 300 && m.lookingAt() && m.end() < line.length()) {
        String raw = line.substring(m.end());
        Matcher next = NEXT_LABEL.matcher(raw);
        return parse(next.find() ? raw.substring(0, next.start()) : raw);
      }
    }
    for (int i = 0; i < n; i++) {
      String line = lines.get(i);
      Matcher m = CITY_STATE.matcher(line.length() > 300 ? line.substring(0, 300) : line);
      while (m.find()) {
        if (UsStates.isCode(m.group(2))) {
          return parse(line.substring(m.start()).strip());
        }
      }
    }
    return null;
  }

  /** Parts of a location phrase ("Portland, OR", "California", "Remote"); null for blank. */
  public static EnrichedPosting.Location parse(String raw) {
    if (raw == null || raw.isBlank()) {
      return null;
    }
    String phrase = raw.strip().replaceAll("[.;]$", "");
    String city = null;
    String region = null;
    Matcher m = CITY_STATE.matcher(phrase);
    while (m.find()) {
      if (UsStates.isCode(m.group(2))) {
        city = m.group(1);
        region = m.group(2);
        break;
      }
    }
    if (region == null) {
      region = stateName(phrase);
    }
    String country = country(phrase);
    if (country == null && region != null) {
      country = "US";
    }
    return new EnrichedPosting.Location(phrase, city, region, country);
  }

  /** Builds a location from structured parts (JSON-LD address); any may be null. */
  public static EnrichedPosting.Location of(String city, String region, String country) {
    String code = UsStates.code(region);
    String iso = country == null ? null : country(country);
    if (iso == null && country != null && country.length() == 2) {
      iso = country.toUpperCase(Locale.ROOT);
    }
    if (iso == null && code != null) {
      iso = "US";
    }
    String raw = String.join(", ", java.util.stream.Stream.of(city, region, country)
        .filter(s -> s != null && !s.isBlank()).toList());
    return raw.isEmpty() ? null : new EnrichedPosting.Location(raw, city, code != null ? code : region, iso);
  }

  private static String stateName(String phrase) {
    String whole = UsStates.code(phrase);
    if (whole != null) {
      return whole;
    }
    for (String part : phrase.split("[,(/|-]")) {
      String code = UsStates.code(part.strip());
      if (code != null && part.strip().length() > 2) {
        return code;
      }
    }
    return null;
  }

  private static String country(String phrase) {
    Matcher m = COUNTRY.matcher(phrase);
    if (!m.find()) {
      return null;
    }
    String c = m.group(1).toLowerCase(Locale.ROOT).replace(".", "");
    return switch (c) {
      case "canada" -> "CA";
      case "united kingdom", "uk", "england" -> "GB";
      case "australia" -> "AU";
      case "germany" -> "DE";
      case "ireland" -> "IE";
      case "new zealand" -> "NZ";
      default -> "US";
    };
  }
}
