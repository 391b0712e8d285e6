package io.jobstream.sink.store;

import io.jobstream.model.EnrichedPosting;
import io.jobstream.model.PostingJson;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Enriched postings in SQLite or PostgreSQL, written in batches together with the consumer
 * offsets that produced them.
 *
 * <p>Opening creates or migrates the schema. The store holds one connection; after a transient
 * failure (see {@link SqlErrors}) it drops it and reconnects on the next call, so a caller
 * survives a database restart by simply retrying. Thread-safe: every method is synchronised,
 * which lets a test or a metrics thread read while the consumer writes.
 */
public final class PostingStore implements AutoCloseable {
  private static final int ID_CHUNK = 500;
  private static final Logger LOG = LoggerFactory.getLogger(PostingStore.class);
  private static final String OFFSET_UPSERT =
      "INSERT INTO sink_offsets (consumer_group, topic, \"partition\", next_offset) VALUES (?, ?, ?, ?)"
          + " ON CONFLICT (consumer_group, topic, \"partition\") DO UPDATE SET next_offset = excluded.next_offset";

  private final String url;
  private final String user;
  private final String password;
  private final Dialect dialect;
  private final String upsertSql;
  private Connection connection;
  private boolean closed;

  private PostingStore(String url, String user, String password) {
    this.url = url;
    this.user = user;
    this.password = password;
    this.dialect = Dialect.forUrl(url);
    this.upsertSql = PostingColumns.upsertSql(dialect);
  }

  /**
   * Connects and brings the schema up to date; safe to call on every start.
   *
   * @param url a {@code jdbc:sqlite:} or {@code jdbc:postgresql:} URL
   * @param user database user, or null
   * @param password database password, or null
   * @throws IllegalArgumentException for an unsupported URL
   * @throws SQLException when the database cannot be reached or migrated
   */
  public static PostingStore open(String url, String user, String password) throws SQLException {
    PostingStore store = new PostingStore(Objects.requireNonNull(url, "url"), user, password);
    try {
      Migrations.migrate(store.connection(), store.dialect);
    } catch (SQLException | RuntimeException e) {
      store.close();
      throw e;
    }
    LOG.info("posting store ready: {} schema v{}", Redact.url(url), Migrations.latest());
    return store;
  }

  /** The database kind behind this store. */
  public Dialect dialect() {
    return dialect;
  }

  /**
   * Checks that a posting can be stored, without touching the database.
   *
   * @throws IllegalArgumentException naming what is wrong (no id, a malformed date or instant)
   */
  public static void checkStorable(EnrichedPosting posting) {
    PostingColumns.values(Objects.requireNonNull(posting, "posting"));
  }

  /**
   * Upserts the postings (a later {@code fetchedAt} wins; an equal or older one changes
   * nothing) and records the offsets, all in one transaction: either all of it is stored or none.
   *
   * @param postings the rows, possibly empty; several versions of one id are applied in order
   * @param offsets the next offset to read per partition, possibly empty
   * @throws IllegalArgumentException when a posting is not storable; nothing is written
   * @throws SQLException when the database fails; nothing is written. Classify with {@link SqlErrors}
   */
  public synchronized void writeBatch(List<EnrichedPosting> postings, Map<OffsetKey, Long> offsets)
      throws SQLException {
    Objects.requireNonNull(postings, "postings");
    Objects.requireNonNull(offsets, "offsets");
    List<Object[]> rows = postings.stream().map(PostingColumns::values).toList();
    offsets.forEach((k, v) -> {
      if (v == null || v < 0) {
        throw new IllegalArgumentException("offset for " + k + " must be >= 0, was " + v);
      }
    });
    Connection c = connection();
    try {
      Instant now = Instant.now();
      if (!rows.isEmpty()) {
        try (PreparedStatement ps = c.prepareStatement(upsertSql)) {
          for (Object[] row : rows) {
            bindRow(ps, row, now);
            ps.addBatch();
          }
          ps.executeBatch();
        }
      }
      if (!offsets.isEmpty()) {
        try (PreparedStatement ps = c.prepareStatement(OFFSET_UPSERT)) {
          for (Map.Entry<OffsetKey, Long> e : offsets.entrySet()) {
            ps.setString(1, e.getKey().group());
            ps.setString(2, e.getKey().topic());
            ps.setInt(3, e.getKey().partition());
            ps.setLong(4, e.getValue());
            ps.addBatch();
          }
          ps.executeBatch();
        }
      }
      c.commit();
    } catch (SQLException | RuntimeException e) {
      rollbackQuietly(c, e);
      throw e;
    }
  }

  /**
   * The stored next offsets of a group's partitions of a topic; partitions never written are absent.
   *
   * @throws SQLException when the database fails
   */
  public synchronized Map<OffsetKey, Long> committedOffsets(String group, String topic) throws SQLException {
    return read("SELECT \"partition\", next_offset FROM sink_offsets WHERE consumer_group = ? AND topic = ?",
        List.of(group, topic), rs -> {
          Map<OffsetKey, Long> out = new HashMap<>();
          while (rs.next()) {
            out.put(new OffsetKey(group, topic, rs.getInt(1)), rs.getLong(2));
          }
          return Map.copyOf(out);
        });
  }

  /** Number of stored postings. */
  public synchronized long count() throws SQLException {
    return read("SELECT COUNT(*) FROM postings", List.of(), rs -> rs.next() ? rs.getLong(1) : 0L);
  }

  /** How many of the given ids are stored; asked in chunks to stay under bind-variable limits. */
  public synchronized long countIds(Collection<String> ids) throws SQLException {
    List<String> all = List.copyOf(ids);
    long found = 0;
    for (int from = 0; from < all.size(); from += ID_CHUNK) {
      List<String> chunk = all.subList(from, Math.min(all.size(), from + ID_CHUNK));
      String marks = String.join(",", Collections.nCopies(chunk.size(), "?"));
      found +=
          read("SELECT COUNT(*) FROM postings WHERE id IN (" + marks + ")", List.copyOf(chunk),
              rs -> rs.next() ? rs.getLong(1) : 0L);
    }
    return found;
  }

  /** The stored posting with this id, parsed from its JSON column. */
  public synchronized Optional<EnrichedPosting> find(String id) throws SQLException {
    return read("SELECT posting_json FROM postings WHERE id = ?", List.of(id),
        rs -> rs.next()
            ? Optional.of(PostingJson.fromBytes(rs.getString(1).getBytes(StandardCharsets.UTF_8)))
            : Optional.empty());
  }

  /** Counts per role type and the range of annual pay. */
  public synchronized Summary summary() throws SQLException {
    Map<String, Long> byRole = read(
        "SELECT COALESCE(role_type, 'unknown'), COUNT(*) FROM postings"
            + " GROUP BY COALESCE(role_type, 'unknown') ORDER BY 1", List.of(), rs -> {
          Map<String, Long> out = new LinkedHashMap<>();
          while (rs.next()) {
            out.put(rs.getString(1), rs.getLong(2));
          }
          return out;
        });
    return read("SELECT COUNT(*), MIN(salary_annual_min), MAX(salary_annual_max) FROM postings", List.of(),
        rs -> {
          rs.next();
          return new Summary(rs.getLong(1), byRole, nullableDouble(rs, 2), nullableDouble(rs, 3));
        });
  }

  /** The schema version recorded in the database. */
  public synchronized int schemaVersion() throws SQLException {
    Connection c = connection();
    try {
      int v = Migrations.currentVersion(c);
      c.commit();
      return v;
    } catch (SQLException e) {
      rollbackQuietly(c, e);
      throw e;
    }
  }

  /** Closes the connection; later calls fail with an {@link IllegalStateException}. Idempotent. */
  @Override
  public synchronized void close() {
    closed = true;
    discardConnection();
  }

  @Override
  public String toString() {
    return "PostingStore[" + Redact.url(url) + "]";
  }

  private Connection connection() throws SQLException {
    if (closed) {
      throw new IllegalStateException("posting store is closed");
    }
    if (connection == null) {
      Connection c = DriverManager.getConnection(url, dialect.connectionProperties(url, user, password));
      c.setAutoCommit(false);
      connection = c;
    }
    return connection;
  }

  private void bindRow(PreparedStatement ps, Object[] row, Instant now) throws SQLException {
    List<PostingColumns.Column> columns = PostingColumns.ALL;
    for (int i = 0; i < columns.size(); i++) {
      dialect.bind(ps, i + 1, columns.get(i).kind(), row[i]);
    }
    dialect.bind(ps, columns.size() + 1, Dialect.Kind.INSTANT, now);
  }

  /** Reads inside a short transaction so that SQLite and PostgreSQL release their snapshots. */
  private <T> T read(String sql, List<String> params, ResultReader<T> reader) throws SQLException {
    Connection c = connection();
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      for (int i = 0; i < params.size(); i++) {
        ps.setString(i + 1, params.get(i));
      }
      T out;
      try (ResultSet rs = ps.executeQuery()) {
        out = reader.read(rs);
      }
      c.commit();
      return out;
    } catch (SQLException e) {
      rollbackQuietly(c, e);
      throw e;
    }
  }

  private void rollbackQuietly(Connection c, Exception cause) {
    try {
      c.rollback();
    } catch (SQLException e) {
      cause.addSuppressed(e);
    }
    if (cause instanceof SQLException sql && SqlErrors.isTransient(sql)) {
      // The connection may be dead; start afresh on the next call.
      discardConnection();
    }
  }

  private void discardConnection() {
    if (connection != null) {
      try {
        connection.close();
      } catch (SQLException e) {
        LOG.debug("closing a broken connection failed: {}", e.getMessage());
      }
      connection = null;
    }
  }

  private static Double nullableDouble(ResultSet rs, int column) throws SQLException {
    double v = rs.getDouble(column);
    return rs.wasNull() ? null : v;
  }

  /** Reads a result set; may throw SQLException. */
  @FunctionalInterface
  private interface ResultReader<T> {
    T read(ResultSet rs) throws SQLException;
  }
}
