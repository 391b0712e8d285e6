package io.jobstream.enrich.extract;

import io.jobstream.enrich.text.LeadScan;
import io.jobstream.enrich.text.WordSet;
import io.jobstream.model.EnrichedPosting;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds where the job is, in the order postings state it: a labelled line ("Location:",
 * "Office:", a "locations" field), a place line under the title ("Toronto, ON, Canada",
 * "Org Oakland, California, United States"), a "based in ..." sentence, a city named in an
 * email subject, else the first "City, ST" near the top. Returns the raw phrase and its parts:
 * region as the USPS code for US states (province or state code elsewhere), country as ISO
 * alpha-2. Stateless and thread-safe.
 */
public final class Location {
  private static final Pattern LABEL =
      Pattern.compile(
          "(?i)^(?:(?:job |work |office |primary )?locations?|office|city|where|place of work|duty station|(?:based|located) in)\\s*[:\\-–]?\\s*");
  private static final Pattern LABEL_WITH_COLON =
      Pattern.compile("(?i)^(?:(?:(?:job |work |office |primary )?locations?|office|city|where|place of work|duty station)\\s*:|(?:based|located) in )\\s*");
  private static final LeadScan BASED_IN = LeadScan.wordsIgnoringCase(
      Pattern.compile("(?i)\\b(?:based|located|headquartered) (?:in|out of)\\s+(?:our |the )?"), "blh");
  // A following "Key:" label ends the location ("Location: Remote Start Date: ...").
  private static final Pattern NEXT_LABEL = Pattern.compile(" [A-Z][a-z]++(?: [A-Za-z][a-z]++)?:");
  // Where a place phrase ends: a bullet, a dash between words, a bracket or a sentence end.
  private static final Pattern PHRASE_END = Pattern.compile(" [·•|—–-] | ?\\(|\\. |; | or | and | with ");
  static final LeadScan PHRASE_END_SCAN = LeadScan.of(PHRASE_END, " (.;");
  private static final Pattern CITY_REGION =
      Pattern.compile("\\b([A-Z][A-Za-z.'’-]*+(?: [A-Z][A-Za-z.'’-]*+){0,3}), ([A-Z][A-Za-z.]*+(?: [A-Z][a-z]++){0,2})");
  private static final Pattern ZIP = Pattern.compile("\\s*\\b(?:\\d{5}(?:-\\d{4})?|[A-Z]\\d[A-Z] ?\\d[A-Z]\\d)\\b");
  private static final Pattern WORKPLACE_WORD =
      Pattern.compile("(?i)^(?:remote|hybrid|on-?site|in[- ]person|in[- ]office|anywhere|multiple locations|nationwide)\\b.*");
  private static final Pattern COUNTRY_WORD =
      Pattern.compile("\\b(?:United States|USA|U\\.S\\.A?\\.?|US|Canada|United Kingdom|UK|Australia|New Zealand|Ireland|Germany)(?!\\w)");
  // Tried only at a word start with a capital that opens one of the names.
  static final LeadScan COUNTRY_WORD_SCAN = LeadScan.words(COUNTRY_WORD, "UCANIG");
  // "Remote - United States", "Org - Remote, United States", "Remote (U.S.)": a remote job's country.
  private static final Pattern REMOTE_LINE = Pattern.compile("^(?:[^.]{1,80}? [-–—·] )?(Remote\\b(?:[^.]|\\.(?=\\S)){0,80})$");
  private static final Pattern ROLE_WORD =
      Pattern.compile("(?i)\\b(?:director|manager|organi[sz]er|coordinator|officer|analyst|assistant|associate|specialist"
          + "|intern|attorney|counsel|advocate|secretary)\\b");
  private static final int HEAD_LINES = 40;
  private static final int PLACE_LINES = 25;

  private Location() {}

  /** The location from the top lines of the posting, or null. */
  public static EnrichedPosting.Location fromLines(List<String> lines) {
    return fromLines(lines, null);
  }

  /**
   * The location from the top lines of the posting, or null; {@code org} (may be null) is the
   * employer, stripped where a board prints it before the place ("Org Oakland, California").
   */
  public static EnrichedPosting.Location fromLines(List<String> lines, String org) {
    int n = Math.min(lines.size(), HEAD_LINES);
    EnrichedPosting.Location labelled = labelled(lines, n, org);
    if (labelled != null && (labelled.city() != null || labelled.region() != null || labelled.country() != null)) {
      return labelled;
    }
    for (int i = 0; i < Math.min(n, PLACE_LINES); i++) {
      // Every REMOTE_LINE match holds "Remote" (the pattern is case-sensitive).
      Matcher remote = lines.get(i).length() > 200 || !lines.get(i).contains("Remote") ? null : REMOTE_LINE.matcher(lines.get(i));
      if (remote != null && remote.matches()) {
        EnrichedPosting.Location l = parse(remote.group(1), org);
        if (l != null && (l.region() != null || l.country() != null)) {
          return labelled != null ? merge(labelled, l) : l;
        }
      }
    }
    for (int i = 0; i < Math.min(n, PLACE_LINES); i++) {
      EnrichedPosting.Location l = placeLine(lines.get(i), org);
      if (l != null) {
        return labelled != null ? merge(labelled, l) : l;
      }
    }
    for (int i = 0; i < n; i++) {
      String line = lines.get(i);
      Matcher b = BASED_IN.matcher(line);
      for (int next = 0; line.length() < 2000 && BASED_IN.find(b, line, next); next = b.end()) {
        EnrichedPosting.Location l = cityRegion(line.substring(b.end(), Math.min(line.length(), b.end() + 80)), true);
        if (l != null) {
          return labelled != null ? merge(labelled, l) : l;
        }
      }
    }
    for (int i = 0; i < Math.min(n, PLACE_LINES); i++) {
      EnrichedPosting.Location l = subjectCity(lines.get(i));
      if (l != null) {
        return labelled != null ? merge(labelled, l) : l;
      }
    }
    for (int i = 0; i < Math.min(n, PLACE_LINES); i++) {
      String line = lines.get(i);
      EnrichedPosting.Location l = cityRegion(line.length() > 300 ? line.substring(0, 300) : line, false);
      if (l != null) {
        return labelled != null ? merge(labelled, l) : l;
      }
    }
    return labelled;
  }

  private static EnrichedPosting.Location labelled(List<String> lines, int n, String org) {
    for (int i = 0; i < n; i++) {
      String line = lines.get(i);
      if (line.length() >= 300) {
        continue;
      }
      // Every LABEL alternative starts with one of these letters, in either case.
      Matcher m = Mentions.startsWithAnyCase(line, "jwopcdbl") ? LABEL.matcher(line) : null;
      if (m == null || !m.lookingAt()) {
        continue;
      }
      String raw;
      if (m.end() == line.length()) {
        // A label alone on its line ("Location", "locations", "City:") labels the next line.
        if (i + 1 >= lines.size() || lines.get(i + 1).length() > 100) {
          continue;
        }
        raw = lines.get(i + 1);
      } else if (LABEL_WITH_COLON.matcher(line).lookingAt()) {
        raw = line.substring(m.end());
      } else {
        continue;
      }
      Matcher next = NEXT_LABEL.matcher(raw);
      EnrichedPosting.Location l = parse(next.find() ? raw.substring(0, next.start()) : raw, org);
      if (l != null) {
        return l;
      }
    }
    return null;
  }

  // "Toronto, ON, Canada", "Salem, Oregon · Full-time", "Org Washington, District of Columbia, United States".
  private static EnrichedPosting.Location placeLine(String line, String org) {
    if (line.length() > 200 || line.indexOf(',') < 0 && !line.contains(" · ")) {
      return null;
    }
    String chunk = cut(line);
    if (chunk.length() > 100 || chunk.indexOf(',') < 0) {
      return null;
    }
    EnrichedPosting.Location l = parse(chunk, org);
    if (l == null || l.region() == null && l.country() == null || l.city() != null && ROLE_WORD.matcher(l.city()).find()) {
      return null;
    }
    for (String seg : chunk.split(",")) {
      if (seg.strip().split(" ").length > 8 || !seg.isBlank() && !Character.isUpperCase(seg.strip().charAt(0))) {
        return null;
      }
    }
    return l;
  }

  // "Subject: Chief Operating Officer, Open Budgets Europe (Berlin)" and "Open Budgets Europe gGmbH, Berlin".
  private static EnrichedPosting.Location subjectCity(String line) {
    if (line.length() > 200) {
      return null;
    }
    int open = line.lastIndexOf('(');
    List<String> candidates = new ArrayList<>();
    if (line.startsWith("Subject:") && open > 0) {
      candidates.add(SUBJECT_PLACE_END.split(line.substring(open + 1))[0]);
    }
    if (line.length() <= 80 && line.indexOf(',') > 0 && !line.endsWith(".")) {
      candidates.add(line.substring(line.lastIndexOf(',') + 1));
    }
    for (String c : candidates) {
      Places.City city = Places.city(c.strip());
      if (city != null) {
        return new EnrichedPosting.Location(c.strip(), city.name(), city.region(), city.country());
      }
    }
    return null;
  }

  // The first "City, Region" whose region is known; with {@code atStart}, only at the start of the text.
  private static EnrichedPosting.Location cityRegion(String text, boolean atStart) {
    Matcher m = CITY_REGION.matcher(text);
    // Every CITY_REGION match holds ", "; most lines hold none.
    boolean comma = text.indexOf(", ") >= 0;
    while (comma && m.find()) {
      if (atStart && m.start() > 0) {
        break;
      }
      String[] words = m.group(2).split(" ");
      for (int k = words.length; k >= 1; k--) {
        String name = String.join(" ", java.util.Arrays.copyOf(words, k));
        Places.Region r = Places.region(name, null);
        if (r != null) {
          String city = m.group(1);
          return new EnrichedPosting.Location(city + ", " + name, city, r.code(), r.country());
        }
      }
    }
    if (atStart) {
      Matcher word = LEADING_NAME.matcher(text);
      if (word.find()) {
        Places.City city = Places.city(word.group(1));
        if (city != null) {
          return new EnrichedPosting.Location(word.group(1), city.name(), city.region(), city.country());
        }
        Places.Region r = Places.region(word.group(1), null);
        if (r != null) {
          return new EnrichedPosting.Location(word.group(1), null, r.code(), r.country());
        }
      }
    }
    return null;
  }

  /** Parts of a location phrase ("Portland, OR", "California", "Remote"); null for blank. */
  public static EnrichedPosting.Location parse(String raw) {
    return parse(raw, null);
  }

  /**
   * Parts of a location phrase ("Los Angeles, CA, United States", "Remote, California",
   * "Toronto, ON", "London, UK"); null for blank. {@code org} (may be null) is stripped from the
   * front of the city.
   */
  public static EnrichedPosting.Location parse(String raw, String org) {
    if (raw == null || raw.isBlank()) {
      return null;
    }
    String phrase = TRAILING_STOP.matcher(raw.strip()).replaceAll("");
    String cut = cut(phrase);
    // Every ZIP match holds a digit.
    String core = Mentions.hasDigit(cut) ? ZIP.matcher(cut).replaceAll("") : cut;
    List<String> segs = new ArrayList<>();
    for (String s : core.split(",")) {
      String t = s.strip();
      if (!t.isEmpty() && !WORKPLACE_WORD.matcher(t).matches()) {
        segs.add(t);
      }
    }
    String country = null;
    Places.Region region = null;
    if (!segs.isEmpty() && Places.country(last(segs)) != null) {
      country = Places.country(segs.remove(segs.size() - 1));
    }
    if (!segs.isEmpty()) {
      region = Places.region(last(segs), country);
      if (region != null && (segs.size() > 1 || country != null || !isAlsoCity(last(segs)))) {
        segs.remove(segs.size() - 1);
      } else {
        region = null;
      }
    }
    String city = segs.isEmpty() ? null : city(last(segs), org);
    if (region != null && country == null) {
      country = region.country();
    }
    String regionCode = region == null ? null : region.code();
    Places.City known = Places.city(city);
    if (known != null && (country == null || country.equals(known.country()))) {
      if (regionCode == null && (country != null || segs.size() == 1)) {
        regionCode = known.region();
      }
      if (country == null && regionCode != null && regionCode.equals(known.region())) {
        country = known.country();
      }
    }
    if (city != null && !looksLikeCity(city)) {
      city = null;
    }
    if (regionCode == null && country == null) {
      Matcher c = COUNTRY_WORD_SCAN.find(phrase);
      country = c != null ? Places.country(c.group()) : null;
      city = country != null && known == null ? null : city;
    }
    if (regionCode == null && country == null) {
      String state = stateNameIn(phrase);
      if (state != null) {
        regionCode = state;
        country = "US";
      } else if (known != null) {
        regionCode = known.region();
        country = known.country();
      }
    }
    return new EnrichedPosting.Location(phrase, city, regionCode, country);
  }

  /** Builds a location from structured parts (JSON-LD address); any may be null. */
  public static EnrichedPosting.Location of(String city, String region, String country) {
    String iso = country == null ? null : Places.country(country);
    if (iso == null && country != null && country.strip().length() == 2) {
      iso = country.strip().toUpperCase(Locale.ROOT);
    }
    Places.Region r = Places.region(region, iso);
    if (iso == null && r != null) {
      iso = r.country();
    }
    String raw = String.join(", ", java.util.stream.Stream.of(city, region, country)
        .filter(s -> s != null && !s.isBlank()).toList());
    return raw.isEmpty() ? null : new EnrichedPosting.Location(raw, city, r != null ? r.code() : region, iso);
  }

  private static EnrichedPosting.Location merge(EnrichedPosting.Location label, EnrichedPosting.Location found) {
    return new EnrichedPosting.Location(label.raw(), found.city(), found.region(), found.country());
  }

  private static String cut(String phrase) {
    Matcher end = PHRASE_END_SCAN.find(phrase);
    return end != null ? phrase.substring(0, end.start()) : phrase;
  }

  private static String last(List<String> segs) {
    return segs.get(segs.size() - 1);
  }

  // "Victoria" alone is a city in BC as well as an Australian state; "Washington" a city and a state.
  private static boolean isAlsoCity(String s) {
    return Places.city(s) != null || s.equalsIgnoreCase("washington") || s.equalsIgnoreCase("new york");
  }

  private static boolean looksLikeCity(String s) {
    return !s.isEmpty() && Character.isUpperCase(s.charAt(0)) && s.split(" ").length <= 4;
  }

  // "Org Name Oakland" printed before the place: strip the employer, else keep the known city or last word.
  private static String city(String seg, String org) {
    String s = CITY_PREFIX.matcher(seg).replaceFirst("").strip();
    if (org != null && s.length() > org.length() && s.regionMatches(true, 0, org, 0, org.length())) {
      s = s.substring(org.length()).strip();
    }
    String[] words = s.split(" ");
    if (words.length <= 3) {
      return s;
    }
    for (int k = 3; k >= 1; k--) {
      String tail = String.join(" ", java.util.Arrays.copyOfRange(words, words.length - k, words.length));
      if (Places.city(tail) != null) {
        return tail;
      }
    }
    return words[words.length - 1];
  }

  private static final Pattern STATE_NAME = statePattern();
  // Tried only at tokens that open a state's name ("new" for New York, "district" for DC).
  static final LeadScan STATE_NAME_SCAN = LeadScan.firstWordIn(STATE_NAME, stateFirstWords());
  private static final Pattern SUBJECT_PLACE_END = Pattern.compile("[,)]| or | and ");
  private static final Pattern LEADING_NAME = Pattern.compile("^([A-Z][a-z]++(?: [A-Z][a-z]++){0,2})");
  private static final Pattern TRAILING_STOP = Pattern.compile("[.;:]$");
  private static final Pattern CITY_PREFIX =
      Pattern.compile("^(?i)(?:(?:based|located) in (?:our |the )?|greater |downtown |metro )");

  private static Pattern statePattern() {
    StringBuilder sb = new StringBuilder("\\b(");
    for (String name : UsStates.names()) {
      sb.append(sb.length() > 4 ? "|" : "").append(Pattern.quote(name));
    }
    return Pattern.compile(sb.append(")\\b(?! D\\.?C)").toString());
  }

  private static WordSet stateFirstWords() {
    Set<String> first = new TreeSet<>();
    for (String name : UsStates.names()) {
      first.add(name.split(" ")[0].toLowerCase(Locale.ROOT));
    }
    return WordSet.of(first.toArray(new String[0]));
  }

  private static String stateNameIn(String phrase) {
    if (phrase.length() > 300) {
      return null;
    }
    Matcher m = STATE_NAME_SCAN.find(phrase);
    return m != null ? UsStates.code(m.group(1)) : null;
  }
}
