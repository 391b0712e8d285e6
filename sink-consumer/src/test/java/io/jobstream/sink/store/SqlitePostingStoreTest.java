package io.jobstream.sink.store;

import static io.jobstream.sink.store.TestPostings.posting;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The store contract on a real SQLite file. */
class SqlitePostingStoreTest extends PostingStoreTest {
  @TempDir Path dir;

  @Override
  String newDatabaseUrl() {
    return "jdbc:sqlite:" + dir.resolve("sink.db");
  }

  @Override
  String user() {
    return null;
  }

  @Override
  String password() {
    return null;
  }

  @Override
  void rejectTitle(Statement s) throws SQLException {
    s.execute("CREATE TRIGGER reject_title BEFORE INSERT ON postings WHEN NEW.title = 'reject me'"
        + " BEGIN SELECT RAISE(ABORT, 'title rejected'); END");
  }

  @Test
  void shouldUseWriteAheadLogging() throws SQLException {
    assertThat(store.dialect()).isEqualTo(Dialect.SQLITE);
    try (Connection c = connect(); Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("PRAGMA journal_mode")) {
      rs.next();
      assertThat(rs.getString(1)).isEqualToIgnoringCase("wal");
    }
  }

  @Test
  void shouldReportALockedDatabaseAsTransient() throws SQLException {
    try (PostingStore impatient = PostingStore.open(url + "?busy_timeout=50", null, null);
        Connection locker = connect(); Statement s = locker.createStatement()) {
      s.execute("BEGIN IMMEDIATE");
      try {
        impatient.writeBatch(List.of(posting("a", null, "A")), offsets(0, 1));
      } catch (SQLException e) {
        assertThat(SqlErrors.isTransient(e)).as(e.toString()).isTrue();
        s.execute("ROLLBACK");
        impatient.writeBatch(List.of(posting("a", null, "A")), offsets(0, 1));
        assertThat(impatient.count()).isEqualTo(1);
        return;
      }
      throw new AssertionError("a write under another writer's lock should have failed");
    }
  }
}
