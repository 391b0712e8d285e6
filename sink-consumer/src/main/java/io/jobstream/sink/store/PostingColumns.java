package io.jobstream.sink.store;

import io.jobstream.model.EnrichedPosting;
import io.jobstream.model.PostingJson;
import io.jobstream.sink.store.Dialect.Kind;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The {@code postings} columns and how each is taken from an {@link EnrichedPosting}, declared
 * once so that the upsert statement and its bindings cannot drift apart.
 */
final class PostingColumns {
  /** One column: its name, kind of value, and how to read it from a posting. */
  record Column(String name, Kind kind, Function<EnrichedPosting, Object> value) {}

  static final List<Column> ALL = List.of(
      new Column("id", Kind.TEXT, EnrichedPosting::id),
      new Column("url", Kind.TEXT, EnrichedPosting::url),
      new Column("source", Kind.TEXT, EnrichedPosting::source),
      new Column("fetched_at", Kind.INSTANT, p -> instant("fetchedAt", p.fetchedAt())),
      new Column("enriched_at", Kind.INSTANT, p -> instant("enrichedAt", p.enrichedAt())),
      new Column("title", Kind.TEXT, EnrichedPosting::title),
      new Column("organization", Kind.TEXT, EnrichedPosting::organization),
      new Column("location_raw", Kind.TEXT, p -> p.location() == null ? null : p.location().raw()),
      new Column("city", Kind.TEXT, p -> p.location() == null ? null : p.location().city()),
      new Column("region", Kind.TEXT, p -> p.location() == null ? null : p.location().region()),
      new Column("country", Kind.TEXT, p -> p.location() == null ? null : p.location().country()),
      new Column("workplace", Kind.TEXT, EnrichedPosting::workplace),
      new Column("employment_type", Kind.TEXT, EnrichedPosting::employmentType),
      new Column("role_type", Kind.TEXT, p -> p.roleType() == null ? null : p.roleType().primary()),
      new Column("seniority", Kind.TEXT, EnrichedPosting::seniority),
      new Column("salary_min", Kind.DOUBLE, p -> p.salary() == null ? null : p.salary().min()),
      new Column("salary_max", Kind.DOUBLE, p -> p.salary() == null ? null : p.salary().max()),
      new Column("salary_currency", Kind.TEXT, p -> p.salary() == null ? null : p.salary().currency()),
      new Column("salary_period", Kind.TEXT, p -> p.salary() == null ? null : p.salary().period()),
      new Column("salary_annual_min", Kind.DOUBLE, p -> p.salary() == null ? null : p.salary().annualMin()),
      new Column("salary_annual_max", Kind.DOUBLE, p -> p.salary() == null ? null : p.salary().annualMax()),
      new Column("salary_stated", Kind.BOOL, EnrichedPosting::salaryStated),
      new Column("posted_date", Kind.DATE, p -> date("postedDate", p.postedDate())),
      new Column("closing_date", Kind.DATE, p -> date("closingDate", p.closingDate())),
      new Column("content_hash", Kind.TEXT, EnrichedPosting::contentHash),
      new Column("posting_json", Kind.JSON, PostingJson::toJson));

  private PostingColumns() {}

  /**
   * The column values of {@code p}, converted and checked, in {@link #ALL} order.
   *
   * @throws IllegalArgumentException when the posting has no id or a malformed date or instant
   */
  static Object[] values(EnrichedPosting p) {
    if (p.id() == null || p.id().isBlank()) {
      throw new IllegalArgumentException("posting has no id");
    }
    return ALL.stream().map(c -> c.value().apply(p)).toArray();
  }

  /**
   * The upsert: insert, or replace the stored row only when the incoming one was fetched later
   * (or the stored one has no fetch time and the incoming has), or is the same fetch enriched
   * again later — how re-processing history with a better enricher reaches the table. A record
   * delivered again carries the same fetch and enrichment times, so it leaves the row, including
   * {@code updated_at}, untouched.
   */
  static String upsertSql(Dialect dialect) {
    String names = ALL.stream().map(Column::name).collect(Collectors.joining(", "));
    String params = ALL.stream().map(c -> dialect.placeholder(c.kind())).collect(Collectors.joining(", "));
    String updates = ALL.stream().skip(1).map(c -> c.name() + " = excluded." + c.name())
        .collect(Collectors.joining(", "));
    return "INSERT INTO postings (" + names + ", updated_at) VALUES (" + params + ", ?)"
        + " ON CONFLICT (id) DO UPDATE SET " + updates + ", updated_at = excluded.updated_at"
        + " WHERE excluded.fetched_at > postings.fetched_at"
        + " OR (postings.fetched_at IS NULL AND excluded.fetched_at IS NOT NULL)"
        + " OR (excluded.fetched_at IS NOT DISTINCT FROM postings.fetched_at"
        + " AND excluded.enriched_at > postings.enriched_at)";
  }

  private static Instant instant(String field, String text) {
    if (text == null) {
      return null;
    }
    try {
      // Microseconds: the finest precision both databases keep.
      return Instant.parse(text).truncatedTo(ChronoUnit.MICROS);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(field + " is not an ISO-8601 instant: " + shorten(text), e);
    }
  }

  private static LocalDate date(String field, String text) {
    if (text == null) {
      return null;
    }
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(field + " is not an ISO-8601 date: " + shorten(text), e);
    }
  }

  private static String shorten(String s) {
    return s.length() <= 40 ? s : s.substring(0, 40) + "...";
  }
}
