package io.jobstream.sink.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;

/**
 * The schema's history as numbered migrations, applied in order and recorded in {@code
 * schema_version}. Never edit a released migration; append a new one. Placeholders such as
 * {@code {instant}} are replaced by the dialect's column types.
 */
final class Migrations {
  /** One step of the schema: its number, what it does, and its statements. */
  record Migration(int version, String description, List<String> statements) {}

  static final List<Migration> ALL = List.of(
      new Migration(1, "postings and sink offsets", List.of(
          """
          CREATE TABLE postings (
            id TEXT PRIMARY KEY,
            url TEXT,
            source TEXT,
            fetched_at {instant},
            enriched_at {instant},
            title TEXT,
            organization TEXT,
            location_raw TEXT,
            city TEXT,
            region TEXT,
            country TEXT,
            workplace TEXT,
            employment_type TEXT,
            role_type TEXT,
            seniority TEXT,
            salary_min {double},
            salary_max {double},
            salary_currency TEXT,
            salary_period TEXT,
            salary_annual_min {double},
            salary_annual_max {double},
            salary_stated {bool} NOT NULL,
            posted_date {date},
            closing_date {date},
            content_hash TEXT,
            posting_json {json} NOT NULL,
            updated_at {instant} NOT NULL
          )""",
          """
          CREATE TABLE sink_offsets (
            consumer_group TEXT NOT NULL,
            topic TEXT NOT NULL,
            "partition" INTEGER NOT NULL,
            next_offset BIGINT NOT NULL,
            PRIMARY KEY (consumer_group, topic, "partition")
          )""")),
      new Migration(2, "indexes for the common filters", List.of(
          "CREATE INDEX postings_role_type ON postings (role_type)",
          "CREATE INDEX postings_place ON postings (country, region, city)",
          "CREATE INDEX postings_posted_date ON postings (posted_date)")));

  private Migrations() {}

  /** The newest schema version this code knows. */
  static int latest() {
    return ALL.get(ALL.size() - 1).version();
  }

  /**
   * Brings the schema up to date in one transaction; a no-op when it already is.
   *
   * @throws IllegalStateException when the database was migrated by a newer sink
   */
  static void migrate(Connection c, Dialect dialect) throws SQLException {
    try {
      dialect.lockForMigration(c);
      try (Statement s = c.createStatement()) {
        s.execute(dialect.ddl("CREATE TABLE IF NOT EXISTS schema_version ("
            + "version INTEGER PRIMARY KEY, description TEXT NOT NULL, applied_at {instant} NOT NULL)"));
      }
      int current = currentVersion(c);
      if (current > latest()) {
        throw new IllegalStateException("database schema is version " + current
            + ", newer than this sink knows (" + latest() + "); upgrade the sink");
      }
      for (Migration m : ALL) {
        if (m.version() > current) {
          apply(c, dialect, m);
        }
      }
      c.commit();
    } catch (SQLException | RuntimeException e) {
      c.rollback();
      throw e;
    }
  }

  static int currentVersion(Connection c) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT COALESCE(MAX(version), 0) FROM schema_version")) {
      rs.next();
      return rs.getInt(1);
    }
  }

  private static void apply(Connection c, Dialect dialect, Migration m) throws SQLException {
    try (Statement s = c.createStatement()) {
      for (String sql : m.statements()) {
        s.execute(dialect.ddl(sql));
      }
    }
    try (PreparedStatement ps = c.prepareStatement(
        "INSERT INTO schema_version (version, description, applied_at) VALUES (?, ?, ?)")) {
      ps.setInt(1, m.version());
      ps.setString(2, m.description());
      dialect.bind(ps, 3, Dialect.Kind.INSTANT, Instant.now());
      ps.executeUpdate();
    }
  }
}
