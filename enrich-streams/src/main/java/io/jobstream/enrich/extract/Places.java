package io.jobstream.enrich.extract;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A small gazetteer: countries (names and codes to ISO alpha-2), the first-level regions of the
 * countries our boards post from (US states, Canadian provinces, Australian states, UK nations)
 * and large cities that postings often name alone ("Berlin", "Toronto", "Houston").
 * Immutable after class initialisation; thread-safe.
 */
final class Places {
  /** A region and the country it belongs to. */
  record Region(String code, String country) {}

  /** A city's region (may be null) and country. */
  record City(String name, String region, String country) {}

  private static final Map<String, String> COUNTRIES = new HashMap<>();
  private static final Map<String, Region> REGIONS = new HashMap<>();
  private static final Map<String, City> CITIES = new HashMap<>();

  static {
    country("US", "united states", "united states of america", "usa", "us", "u.s.", "u.s.a.", "u.s");
    country("CA", "canada");
    country("GB", "united kingdom", "uk", "u.k.", "great britain", "britain");
    country("AU", "australia");
    country("NZ", "new zealand");
    country("IE", "ireland");
    country("DE", "germany", "deutschland");
    country("FR", "france");
    country("NL", "netherlands", "the netherlands");
    country("BE", "belgium");
    country("ES", "spain");
    country("IT", "italy");
    country("MX", "mexico");
    country("PH", "philippines");
    country("IN", "india");
    country("ZA", "south africa");
    country("KE", "kenya");
    for (String name : UsStates.names()) {
      REGIONS.put(name.toLowerCase(Locale.ROOT), new Region(UsStates.code(name), "US"));
    }
    REGIONS.put("washington dc", new Region("DC", "US"));
    REGIONS.put("washington d.c.", new Region("DC", "US"));
    REGIONS.put("d.c.", new Region("DC", "US"));
    regions("CA", "ON", "ontario", "QC", "quebec", "BC", "british columbia", "AB", "alberta", "MB", "manitoba",
        "SK", "saskatchewan", "NS", "nova scotia", "NB", "new brunswick", "NL", "newfoundland and labrador",
        "PE", "prince edward island", "YT", "yukon", "NT", "northwest territories", "NU", "nunavut");
    regions("AU", "NSW", "new south wales", "VIC", "victoria", "QLD", "queensland", "SA", "south australia",
        "TAS", "tasmania", "ACT", "australian capital territory", "NT", "northern territory");
    regions("GB", "ENG", "england", "SCT", "scotland", "WLS", "wales", "NIR", "northern ireland");
    cities("GB", "ENG", "London", "Manchester", "Birmingham", "Leeds", "Liverpool", "Bristol", "Sheffield",
        "Newcastle upon Tyne", "Nottingham", "Leicester");
    cities("GB", "SCT", "Glasgow", "Edinburgh");
    cities("GB", "WLS", "Cardiff");
    cities("CA", "ON", "Toronto", "Ottawa", "Hamilton", "Mississauga");
    cities("CA", "BC", "Vancouver", "Burnaby", "Victoria");
    cities("CA", "QC", "Montreal", "Montréal", "Quebec City");
    cities("CA", "AB", "Calgary", "Edmonton");
    cities("CA", "MB", "Winnipeg");
    cities("CA", "NS", "Halifax");
    cities("AU", "NSW", "Sydney");
    cities("AU", "VIC", "Melbourne");
    cities("AU", "QLD", "Brisbane");
    cities("AU", "SA", "Adelaide");
    cities("AU", "ACT", "Canberra");
    cities("DE", null, "Berlin", "Munich", "Hamburg", "Frankfurt", "Cologne");
    cities("FR", null, "Paris");
    cities("IE", null, "Dublin");
    cities("BE", null, "Brussels");
    cities("NL", null, "Amsterdam", "The Hague");
    cities("NZ", null, "Auckland", "Wellington");
    us("NY", "New York City", "New York", "Brooklyn", "Bronx", "Queens");
    us("CA", "Los Angeles", "San Francisco", "San Diego", "San Jose", "Oakland", "Sacramento", "Fresno", "Long Beach");
    us("IL", "Chicago");
    us("TX", "Houston", "Dallas", "San Antonio", "El Paso", "Fort Worth");
    us("AZ", "Phoenix", "Tucson");
    us("PA", "Philadelphia", "Pittsburgh", "Harrisburg");
    us("GA", "Atlanta");
    us("FL", "Miami", "Tampa", "Orlando", "Jacksonville");
    us("WA", "Seattle", "Tacoma", "Spokane");
    us("CO", "Denver");
    us("MA", "Boston");
    us("MI", "Detroit", "Flint");
    us("MN", "Minneapolis", "Saint Paul", "St. Paul");
    us("WI", "Milwaukee", "Madison");
    us("OH", "Columbus", "Cleveland", "Cincinnati");
    us("NV", "Las Vegas", "Reno");
    us("NM", "Albuquerque");
    us("NC", "Charlotte", "Raleigh", "Durham");
    us("TN", "Nashville", "Memphis");
    us("LA", "New Orleans", "Baton Rouge");
    us("MD", "Baltimore");
    us("MO", "St. Louis", "Kansas City");
    us("NE", "Omaha");
    us("UT", "Salt Lake City");
    us("IN", "Indianapolis");
    us("KY", "Louisville");
    us("OK", "Oklahoma City");
    us("NJ", "Newark");
  }

  private Places() {}

  private static void country(String iso, String... names) {
    for (String n : names) {
      COUNTRIES.put(n, iso);
    }
  }

  private static void regions(String country, String... codesAndNames) {
    for (int i = 0; i < codesAndNames.length; i += 2) {
      Region r = new Region(codesAndNames[i], country);
      REGIONS.put(codesAndNames[i + 1], r);
      REGIONS.putIfAbsent(country + ":" + codesAndNames[i], r);
    }
  }

  private static void cities(String country, String region, String... names) {
    for (String n : names) {
      CITIES.put(n.toLowerCase(Locale.ROOT), new City(n, region, country));
    }
  }

  private static void us(String state, String... names) {
    cities("US", state, names);
  }

  /** The ISO code of a country name or code ("United States", "UK", "Canada"), or null. */
  static String country(String s) {
    return s == null ? null : COUNTRIES.get(s.strip().toLowerCase(Locale.ROOT));
  }

  /**
   * The region a name or code means. Bare codes are read as US states unless {@code country}
   * (may be null) says otherwise; names are unambiguous.
   */
  static Region region(String s, String country) {
    if (s == null) {
      return null;
    }
    String t = s.strip();
    if (t.length() >= 2 && t.length() <= 3 && t.equals(t.toUpperCase(Locale.ROOT))) {
      if (country != null && !country.equals("US")) {
        return REGIONS.get(country + ":" + t);
      }
      if (UsStates.isCode(t)) {
        return new Region(t, "US");
      }
      if (country == null) {
        for (String c : new String[] {"CA", "AU"}) {
          Region r = REGIONS.get(c + ":" + t);
          if (r != null && !t.equals("NL") && !t.equals("SA")) {
            return r;
          }
        }
      }
      return null;
    }
    Region r = REGIONS.get(t.toLowerCase(Locale.ROOT));
    return r != null && (country == null || r.country().equals(country)) ? r : null;
  }

  /** A large city named alone ("Berlin"), or null. */
  static City city(String s) {
    return s == null ? null : CITIES.get(s.strip().toLowerCase(Locale.ROOT));
  }
}
