package io.jobstream.sink.store;

import static io.jobstream.sink.store.TestPostings.posting;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jobstream.testsupport.LocalPostgres;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import io.jobstream.model.EnrichedPosting;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The store contract on a real PostgreSQL server, one fresh database per test. */
class PostgresPostingStoreTest extends PostingStoreTest {
  private static final AtomicInteger DATABASES = new AtomicInteger();
  private static LocalPostgres pg;

  @BeforeAll
  static void startServer() {
    pg = LocalPostgres.start();
  }

  @AfterAll
  static void stopServer() {
    if (pg != null) {
      pg.close();
    }
  }

  @Override
  String newDatabaseUrl() {
    return pg.newDatabase("store_test_" + DATABASES.incrementAndGet());
  }

  @Override
  String user() {
    return pg.user();
  }

  @Override
  String password() {
    return pg.password();
  }

  @Override
  void rejectTitle(Statement s) throws SQLException {
    s.execute("CREATE FUNCTION reject_title() RETURNS trigger LANGUAGE plpgsql AS $$"
        + " BEGIN IF NEW.title = 'reject me' THEN"
        + " RAISE EXCEPTION 'title rejected' USING ERRCODE = 'check_violation'; END IF; RETURN NEW; END $$");
    s.execute("CREATE TRIGGER reject_title BEFORE INSERT ON postings FOR EACH ROW EXECUTE FUNCTION reject_title()");
  }

  @Test
  void shouldStoreTheJsonAsJsonb() throws Exception {
    assertThat(store.dialect()).isEqualTo(Dialect.POSTGRESQL);
    store.writeBatch(List.of(posting("a", "2024-05-01T10:00:00Z", "Organizer")), Map.of());
    try (Connection c = connect(); Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT posting_json->'location'->>'city', pg_typeof(posting_json)::text,"
            + " pg_typeof(fetched_at)::text FROM postings")) {
      rs.next();
      assertThat(rs.getString(1)).isEqualTo("Oakland");
      assertThat(rs.getString(2)).isEqualTo("jsonb");
      assertThat(rs.getString(3)).isEqualTo("timestamp with time zone");
    }
  }

  @Test
  void shouldRejectTextPostgresCannotHoldAsPermanent() throws Exception {
    // PostgreSQL text and jsonb cannot hold U+0000; the sink must dead-letter, not retry, this.
    List<EnrichedPosting> batch = List.of(posting("a", "2024-05-01T10:00:00Z", "nul \u0000 inside"));

    assertThatThrownBy(() -> store.writeBatch(batch, offsets(0, 1)))
        .isInstanceOfSatisfying(SQLException.class, e -> {
          assertThat(SqlErrors.isTransient(e)).isFalse();
          assertThat(SqlErrors.isBadRecord(e)).isTrue();
        });
    assertThat(store.count()).isZero();
    assertThat(store.committedOffsets(GROUP, TOPIC)).isEmpty();
  }

  @Test
  void shouldReconnectAfterItsConnectionIsKilled() throws Exception {
    store.writeBatch(List.of(posting("a", "2024-05-01T10:00:00Z", "A")), offsets(0, 1));
    try (Connection admin = connect(); PreparedStatement ps = admin.prepareStatement(
        "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database()"
            + " AND pid <> pg_backend_pid()")) {
      ps.executeQuery().close();
    }

    List<EnrichedPosting> next = List.of(posting("b", "2024-05-01T10:00:00Z", "B"));
    assertThatThrownBy(() -> store.writeBatch(next, offsets(0, 2)))
        .isInstanceOfSatisfying(SQLException.class, e -> assertThat(SqlErrors.isTransient(e)).isTrue());
    store.writeBatch(next, offsets(0, 2));

    assertThat(store.count()).isEqualTo(2);
    assertThat(store.committedOffsets(GROUP, TOPIC)).containsEntry(new OffsetKey(GROUP, TOPIC, 0), 2L);
  }

  @Test
  void shouldReportAnUnreachableServerAsTransient() {
    assertThatThrownBy(() -> PostingStore.open("jdbc:postgresql://127.0.0.1:1/none", "u", "p"))
        .isInstanceOfSatisfying(SQLException.class, e -> assertThat(SqlErrors.isTransient(e)).isTrue());
  }
}
