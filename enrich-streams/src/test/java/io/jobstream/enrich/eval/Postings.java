package io.jobstream.enrich.eval;

import io.jobstream.model.EnrichedPosting;
import io.jobstream.model.EnrichedPosting.Apply;
import io.jobstream.model.EnrichedPosting.Location;
import io.jobstream.model.EnrichedPosting.Requirements;
import io.jobstream.model.EnrichedPosting.RoleType;
import io.jobstream.model.EnrichedPosting.Salary;
import java.util.List;
import java.util.Map;

/** Hand-made enriched postings for scoring tests. */
final class Postings {
  private Postings() {}

  static Salary salary(Double min, Double max, String currency, String period) {
    return new Salary(min, max, currency, period, null, null, "text", null);
  }

  static EnrichedPosting posting(String title, String org, Location loc, String workplace, String role, String seniority,
      Salary salary, String email, String cleanText) {
    return new EnrichedPosting(1, "id", null, null, null, null, "0", "hash", title, org, loc, workplace, "full_time",
        new RoleType(role, Map.of(), List.of()), seniority, salary, salary != null, null, "2026-01-02", null,
        new Apply(email, null, null), new Requirements(null, null, List.of(), null), List.of(), cleanText, List.of(),
        Map.of());
  }

  static EnrichedPosting simple(String title, Salary salary, String cleanText) {
    return posting(title, "Riverbend Tenants Union", new Location(null, "Cleveland", "OH", "US"), "onsite", "organizing",
        "mid", salary, "Jobs@Example.org", cleanText);
  }
}
