package io.jobstream.sink.store;

import io.jobstream.model.EnrichedPosting;
import io.jobstream.model.EnrichedPosting.Location;
import io.jobstream.model.EnrichedPosting.RoleType;
import io.jobstream.model.EnrichedPosting.Salary;
import java.util.List;
import java.util.Map;

/** Builds enriched postings for tests, varying only what a test cares about. */
public final class TestPostings {
  private TestPostings() {}

  /** A complete posting with pay, place and role. */
  public static EnrichedPosting posting(String id, String fetchedAt, String title) {
    return posting(id, fetchedAt, title, "organizing", 60_000.0, 70_000.0);
  }

  /** A complete posting with the given role type and annual pay range (null for no pay). */
  public static EnrichedPosting posting(
      String id, String fetchedAt, String title, String role, Double annualMin, Double annualMax) {
    return posting(id, fetchedAt, "2024-05-02T08:00:00Z", title, role, annualMin, annualMax);
  }

  /** A complete posting enriched at {@code enrichedAt}. */
  public static EnrichedPosting reEnriched(String id, String fetchedAt, String enrichedAt, String title) {
    return posting(id, fetchedAt, enrichedAt, title, "organizing", 60_000.0, 70_000.0);
  }

  private static EnrichedPosting posting(String id, String fetchedAt, String enrichedAt, String title,
      String role, Double annualMin, Double annualMax) {
    Salary salary = annualMin == null
        ? null
        : new Salary(annualMin, annualMax, "USD", "YEAR", annualMin, annualMax, "$" + annualMin, null);
    return new EnrichedPosting(
        EnrichedPosting.SCHEMA_VERSION, id, "https://jobs.example.org/" + id, "example-board",
        fetchedAt, enrichedAt, "test-1", "sha256:" + id,
        title, "Example Workers Union",
        new Location("Oakland, CA", "Oakland", "CA", "US"), "hybrid", "full_time",
        role == null ? null : new RoleType(role, Map.of(role, 0.9), List.of("organize workers")), "mid",
        salary, salary != null, null, "2024-05-01", "2024-06-01",
        new EnrichedPosting.Apply("jobs@example.org", null, "Send a resume"),
        new EnrichedPosting.Requirements(2, null, List.of("Spanish"), true),
        List.of("health insurance"), "Organize workers.\nBuild power.", List.of(),
        Map.of("title", title == null ? "" : title));
  }
}
