package io.jobstream.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Map;

/**
 * The enriched posting, schema {@code enriched-posting} version {@value #SCHEMA_VERSION}. Every
 * field is always present in JSON; a value the page does not state is null, never a guess.
 * Instants and dates are ISO-8601 strings so that the JSON is the contract, byte for byte.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonPropertyOrder(alphabetic = false)
public record EnrichedPosting(
    int schemaVersion,
    String id,
    String url,
    String source,
    String fetchedAt,
    String enrichedAt,
    String enricherVersion,
    String contentHash,
    String title,
    String organization,
    Location location,
    String workplace,
    String employmentType,
    RoleType roleType,
    String seniority,
    Salary salary,
    boolean salaryStated,
    String payTransparency,
    String postedDate,
    String closingDate,
    Apply apply,
    Requirements requirements,
    List<String> benefits,
    String cleanText,
    List<Removal> removed,
    Map<String, String> evidence) {

  /** The version of this record's schema; bump it only with a new schema file. */
  public static final int SCHEMA_VERSION = 1;

  /** Where the job is: the raw phrase and its parts (region as a USPS code for US states). */
  public record Location(String raw, String city, String region, String country) {}

  /** The role category, a score per category and the phrases that scored. */
  public record RoleType(String primary, Map<String, Double> scores, List<String> evidence) {}

  /** Pay for this job as stated by the employer, with annualised bounds. */
  public record Salary(
      Double min,
      Double max,
      String currency,
      String period,
      Double annualMin,
      Double annualMax,
      String text,
      String notes) {}

  /** How to apply. */
  public record Apply(String email, String url, String instructions) {}

  /** What the job asks of a candidate. */
  public record Requirements(
      Integer yearsExperience, String degree, List<String> languages, Boolean driversLicense) {}

  /** One piece of boilerplate that cleaning took out, for audit. */
  public record Removal(String kind, int chars, String sample) {}
}
