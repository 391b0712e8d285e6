package io.jobstream.sink.store;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * What the store holds, for an operator's glance: rows in total and per role type, and the range
 * of annualised pay. Immutable.
 *
 * @param total number of postings
 * @param byRoleType postings per primary role type, in name order; {@code "unknown"} for none
 * @param minAnnualSalary lowest annualised minimum pay, or null when no posting states pay
 * @param maxAnnualSalary highest annualised maximum pay, or null when no posting states pay
 */
public record Summary(long total, Map<String, Long> byRoleType, Double minAnnualSalary, Double maxAnnualSalary) {
  public Summary {
    byRoleType = Collections.unmodifiableMap(new LinkedHashMap<>(byRoleType));
  }

  @Override
  public String toString() {
    return total + " postings; by role type " + byRoleType + "; annual pay " + amount(minAnnualSalary)
        + " .. " + amount(maxAnnualSalary);
  }

  private static String amount(Double value) {
    return value == null ? "n/a" : String.format(Locale.ROOT, "%.0f", value);
  }
}
