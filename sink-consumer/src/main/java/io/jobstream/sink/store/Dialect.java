package io.jobstream.sink.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.Properties;

/** What differs between the two supported databases: column types, binding, connection setup. */
public enum Dialect {
  /** SQLite 3.24 or later: instants and dates as fixed-width ISO text, JSON as text. */
  SQLITE("jdbc:sqlite:", Map.of(
      "{instant}", "TEXT", "{date}", "TEXT", "{double}", "REAL", "{bool}", "INTEGER", "{json}", "TEXT")),
  /** PostgreSQL: native timestamptz, date and jsonb. */
  POSTGRESQL("jdbc:postgresql:", Map.of(
      "{instant}", "TIMESTAMPTZ", "{date}", "DATE", "{double}", "DOUBLE PRECISION", "{bool}", "BOOLEAN",
      "{json}", "JSONB"));

  /** The kinds of value a column holds; each dialect maps them to a type and a binding. */
  enum Kind { TEXT, INSTANT, DATE, DOUBLE, BOOL, JSON }

  // Fixed width with microseconds so that text order is time order in SQLite, and the
  // precision matches PostgreSQL's: the two stores then agree on which version is newer.
  private static final DateTimeFormatter SORTABLE_INSTANT =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'").withZone(ZoneOffset.UTC);
  // Any constant will do; it only has to be the same for every sink instance.
  private static final long MIGRATION_LOCK_KEY = 0x6a6f6273L;

  private final String urlPrefix;
  private final Map<String, String> types;

  Dialect(String urlPrefix, Map<String, String> types) {
    this.urlPrefix = urlPrefix;
    this.types = types;
  }

  /**
   * The dialect of a JDBC URL.
   *
   * @throws IllegalArgumentException for a database other than SQLite or PostgreSQL
   */
  public static Dialect forUrl(String jdbcUrl) {
    for (Dialect d : values()) {
      if (jdbcUrl != null && jdbcUrl.startsWith(d.urlPrefix)) {
        return d;
      }
    }
    throw new IllegalArgumentException(
        "unsupported database URL (expected jdbc:sqlite:... or jdbc:postgresql://...): " + Redact.url(jdbcUrl));
  }

  /** DDL with the {@code {instant}}, {@code {date}} ... placeholders replaced by this dialect's types. */
  String ddl(String template) {
    String out = template;
    for (Map.Entry<String, String> t : types.entrySet()) {
      out = out.replace(t.getKey(), t.getValue());
    }
    return out;
  }

  /** The SQL placeholder for a value of {@code kind}. */
  String placeholder(Kind kind) {
    // jsonb accepts no varchar parameter; cast the text on the server.
    return kind == Kind.JSON && this == POSTGRESQL ? "CAST(? AS jsonb)" : "?";
  }

  /** Connection properties: credentials plus the settings the store relies on, unless the URL sets them. */
  Properties connectionProperties(String url, String user, String password) {
    Properties p = new Properties();
    if (user != null) {
      p.setProperty("user", user);
    }
    if (password != null) {
      p.setProperty("password", password);
    }
    if (this == SQLITE) {
      // WAL lets readers (a dashboard, the tests) read while the sink writes. NORMAL sync may
      // lose the last commits on power loss, but rows and offsets go together, so the sink
      // simply re-reads them from Kafka. (Not transaction_mode=IMMEDIATE: the driver begins
      // the next transaction right after each commit, which would hold the write lock forever.)
      defaultTo(p, url, "journal_mode", "WAL");
      defaultTo(p, url, "synchronous", "NORMAL");
      defaultTo(p, url, "busy_timeout", "10000");
    } else {
      defaultTo(p, url, "ApplicationName", "jobstream-sink");
      defaultTo(p, url, "connectTimeout", "10");
      // A connection that falls silent (a dropped network path, a frozen server) would otherwise
      // hold the sink in a read for hours; after this many seconds without an answer the call
      // fails as an outage, and the sink reconnects and retries. Longer than any statement the
      // sink runs, shorter than the consumer group's poll interval (5 minutes by default).
      defaultTo(p, url, "socketTimeout", "60");
      defaultTo(p, url, "tcpKeepAlive", "true");
      // Server error details quote the failing row; keep payloads out of exceptions and logs.
      defaultTo(p, url, "logServerErrorDetail", "false");
    }
    return p;
  }

  private static void defaultTo(Properties p, String url, String key, String value) {
    if (!url.contains(key + "=")) {
      p.setProperty(key, value);
    }
  }

  /** Serialises concurrent migrations by several sink instances; call inside the transaction. */
  void lockForMigration(Connection c) throws SQLException {
    if (this == POSTGRESQL) {
      try (PreparedStatement ps = c.prepareStatement("SELECT pg_advisory_xact_lock(?)")) {
        ps.setLong(1, MIGRATION_LOCK_KEY);
        try (ResultSet rs = ps.executeQuery()) {
          rs.next();
        }
      }
    }
    // SQLite: the first DDL statement takes the database's write lock until commit.
  }

  /** Binds {@code value} (String, Instant, LocalDate, Double or Boolean per kind, or null). */
  void bind(PreparedStatement ps, int index, Kind kind, Object value) throws SQLException {
    if (value == null) {
      ps.setNull(index, sqlType(kind));
      return;
    }
    switch (kind) {
      case INSTANT -> {
        if (this == POSTGRESQL) {
          ps.setObject(index, OffsetDateTime.ofInstant((Instant) value, ZoneOffset.UTC));
        } else {
          ps.setString(index, SORTABLE_INSTANT.format((Instant) value));
        }
      }
      case DATE -> {
        if (this == POSTGRESQL) {
          ps.setObject(index, value);
        } else {
          ps.setString(index, value.toString());
        }
      }
      case DOUBLE -> ps.setDouble(index, (Double) value);
      case BOOL -> ps.setBoolean(index, (Boolean) value);
      default -> ps.setString(index, (String) value);
    }
  }

  private int sqlType(Kind kind) {
    return switch (kind) {
      case INSTANT -> Types.TIMESTAMP_WITH_TIMEZONE;
      case DATE -> Types.DATE;
      case DOUBLE -> Types.DOUBLE;
      case BOOL -> Types.BOOLEAN;
      default -> Types.VARCHAR;
    };
  }
}
