package io.jobstream.enrich.extract;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** US states and territories: names to USPS codes, and which have pay-transparency laws. */
public final class UsStates {
  private static final String[] PAIRS = {
    "AL", "Alabama", "AK", "Alaska", "AZ", "Arizona", "AR", "Arkansas", "CA", "California",
    "CO", "Colorado", "CT", "Connecticut", "DE", "Delaware", "DC", "District of Columbia",
    "FL", "Florida", "GA", "Georgia", "HI", "Hawaii", "ID", "Idaho", "IL", "Illinois",
    "IN", "Indiana", "IA", "Iowa", "KS", "Kansas", "KY", "Kentucky", "LA", "Louisiana",
    "ME", "Maine", "MD", "Maryland", "MA", "Massachusetts", "MI", "Michigan", "MN", "Minnesota",
    "MS", "Mississippi", "MO", "Missouri", "MT", "Montana", "NE", "Nebraska", "NV", "Nevada",
    "NH", "New Hampshire", "NJ", "New Jersey", "NM", "New Mexico", "NY", "New York",
    "NC", "North Carolina", "ND", "North Dakota", "OH", "Ohio", "OK", "Oklahoma", "OR", "Oregon",
    "PA", "Pennsylvania", "RI", "Rhode Island", "SC", "South Carolina", "SD", "South Dakota",
    "TN", "Tennessee", "TX", "Texas", "UT", "Utah", "VT", "Vermont", "VA", "Virginia",
    "WA", "Washington", "WV", "West Virginia", "WI", "Wisconsin", "WY", "Wyoming", "PR", "Puerto Rico"
  };
  private static final Map<String, String> BY_NAME = new HashMap<>();
  private static final Map<String, String> BY_CODE = new HashMap<>();

  /** States whose laws require a pay range in job postings. */
  public static final Set<String> PAY_TRANSPARENCY =
      Set.of("CA", "CO", "WA", "NY", "IL", "MD", "MN", "HI", "DC", "NJ", "VT", "MA", "DE");

  static {
    for (int i = 0; i < PAIRS.length; i += 2) {
      BY_CODE.put(PAIRS[i], PAIRS[i + 1]);
      BY_NAME.put(PAIRS[i + 1].toLowerCase(Locale.ROOT), PAIRS[i]);
    }
    BY_NAME.put("washington dc", "DC");
    BY_NAME.put("washington, dc", "DC");
    BY_NAME.put("washington d.c.", "DC");
  }

  private UsStates() {}

  /** The USPS code for a code or a state name (any case), or null. */
  public static String code(String nameOrCode) {
    if (nameOrCode == null) {
      return null;
    }
    String s = nameOrCode.strip();
    if (s.length() == 2 && BY_CODE.containsKey(s.toUpperCase(Locale.ROOT))) {
      return s.toUpperCase(Locale.ROOT);
    }
    return BY_NAME.get(s.toLowerCase(Locale.ROOT));
  }

  /** Whether {@code code} is an upper-case USPS code (as written in "Hartford, CT"). */
  public static boolean isCode(String code) {
    return BY_CODE.containsKey(code);
  }

  /** Every state name, for building patterns. */
  static Iterable<String> names() {
    return BY_CODE.values();
  }
}
