package io.jobstream.enrich.extract;

import io.jobstream.enrich.classify.PhraseIndex;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Benefits named in a posting, as short canonical names in the order of this table. */
public final class Benefits {
  private static final Map<String, String> NAMES = new LinkedHashMap<>();

  static {
    NAMES.put("health insurance",
        "health (?:insurance|coverage|benefits|plan)|medical (?:insurance|coverage|benefits)|health,? dental"
            + "|medical,? dental|health care (?:coverage|benefits|insurance)|health care, (?:vision|dental)");
    NAMES.put("dental", "dental");
    NAMES.put("vision", "vision (?:insurance|coverage|care|benefits|plan)|dental(?:,| and| &) vision|vision(?:,| and| &) dental");
    NAMES.put("retirement", "401\\(?k\\)?|403\\(?b\\)?|pension|retirement");
    NAMES.put("paid time off", "paid time off|pto|vacation|paid leave|paid holidays");
    NAMES.put("sick leave", "sick (?:leave|time|days)");
    NAMES.put("life insurance", "life insurance");
    NAMES.put("disability insurance", "disability insurance");
    NAMES.put("parental leave", "parental leave|family leave|maternity|paternity");
    NAMES.put("professional development", "professional development|training budget|learning budget");
    NAMES.put("sabbatical", "sabbatical");
    NAMES.put("car allowance", "car allowance|vehicle allowance|auto stipend|mileage reimbursement|car and cell phone allowance");
    NAMES.put("cell phone", "cell phone|phone stipend|phone allowance");
  }

  private static final PhraseIndex INDEX = new PhraseIndex(NAMES);

  private Benefits() {}

  /** The benefits named in {@code text}; empty when none. */
  public static List<String> from(String text) {
    return fromLowerCase(text.toLowerCase(Locale.ROOT));
  }

  /** As {@link #from}, given the text already lower-cased with {@code Locale.ROOT}. */
  public static List<String> fromLowerCase(String lower) {
    Set<String> found = new HashSet<>();
    INDEX.scan(lower, (name, phrase) -> found.add(name));
    return inTableOrder(found);
  }

  /** The phrases of each benefit, as lower-case alternations, by canonical name. */
  public static Map<String, String> phrases() {
    return Collections.unmodifiableMap(NAMES);
  }

  /** The benefits of {@link #phrases()} among {@code names}, in the order of the table. */
  public static List<String> inTableOrder(Set<String> names) {
    List<String> out = new ArrayList<>();
    for (String name : NAMES.keySet()) {
      if (names.contains(name)) {
        out.add(name);
      }
    }
    return out;
  }
}
