package io.jobstream.sink.store;

import static io.jobstream.sink.store.TestPostings.posting;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jobstream.model.EnrichedPosting;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The store's contract, run against a real database by each subclass: one per dialect. No broker
 * is needed, so these run under Surefire.
 */
abstract class PostingStoreTest {
  static final String GROUP = "sink-test";
  static final String TOPIC = "postings.enriched";

  String url;
  PostingStore store;

  /** A JDBC URL of a new, empty database. */
  abstract String newDatabaseUrl() throws Exception;

  abstract String user();

  abstract String password();

  /** Makes the database reject any posting titled {@code reject me}, as a constraint would. */
  abstract void rejectTitle(Statement s) throws SQLException;

  @BeforeEach
  void openStore() throws Exception {
    url = newDatabaseUrl();
    store = PostingStore.open(url, user(), password());
  }

  @AfterEach
  void closeStore() {
    if (store != null) {
      store.close();
    }
  }

  Connection connect() throws SQLException {
    Connection c = DriverManager.getConnection(url, user(), password());
    c.setAutoCommit(true);
    return c;
  }

  static Map<OffsetKey, Long> offsets(int partition, long next) {
    return Map.of(new OffsetKey(GROUP, TOPIC, partition), next);
  }

  String column(String id, String column) throws SQLException {
    // The column name is a constant of this test, never input.
    try (Connection c = connect();
        PreparedStatement ps = c.prepareStatement("SELECT " + column + " FROM postings WHERE id = ?")) {
      ps.setString(1, id);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? rs.getString(1) : null;
      }
    }
  }

  @Test
  void shouldCreateTheSchemaOnceAndReopenIdempotently() throws Exception {
    assertThat(store.schemaVersion()).isEqualTo(Migrations.latest());
    store.writeBatch(List.of(posting("a", "2024-05-01T10:00:00Z", "Organizer")), offsets(0, 1));
    store.close();

    store = PostingStore.open(url, user(), password());
    store.close();
    store = PostingStore.open(url, user(), password());

    assertThat(store.schemaVersion()).isEqualTo(Migrations.latest());
    assertThat(store.count()).isEqualTo(1);
    try (Connection c = connect(); Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM schema_version")) {
      rs.next();
      assertThat(rs.getInt(1)).isEqualTo(Migrations.ALL.size());
    }
  }

  @Test
  void shouldInsertAPostingAndReadItBackWhole() throws Exception {
    EnrichedPosting p = posting("a", "2024-05-01T10:00:00Z", "Field Organizer");
    store.writeBatch(List.of(p), Map.of());

    assertThat(store.count()).isEqualTo(1);
    assertThat(store.find("a")).contains(p);
    assertThat(column("a", "title")).isEqualTo("Field Organizer");
    assertThat(column("a", "region")).isEqualTo("CA");
    assertThat(column("a", "role_type")).isEqualTo("organizing");
    assertThat(Double.parseDouble(column("a", "salary_annual_max"))).isEqualTo(70_000.0);
    assertThat(column("a", "posted_date")).isEqualTo("2024-05-01");
    assertThat(store.find("missing")).isEmpty();
  }

  @Test
  void shouldReplaceARowWhenTheSameFetchIsEnrichedAgainLater() throws Exception {
    store.writeBatch(List.of(TestPostings.reEnriched("a", "2024-05-01T10:00:00Z", "2024-05-02T08:00:00Z", "Organizer")), Map.of());
    store.writeBatch(List.of(TestPostings.reEnriched("a", "2024-05-01T10:00:00Z", "2024-06-09T08:00:00Z", "Field Organizer")), Map.of());
    assertThat(column("a", "title")).isEqualTo("Field Organizer");

    // An older enrichment of the same fetch, delivered late, does not undo the newer one.
    store.writeBatch(List.of(TestPostings.reEnriched("a", "2024-05-01T10:00:00Z", "2024-05-02T08:00:00Z", "Organizer")), Map.of());
    assertThat(column("a", "title")).isEqualTo("Field Organizer");
    assertThat(store.count()).isEqualTo(1);
  }

  @Test
  void shouldCountOnlyTheStoredIdsAmongThoseAsked() throws Exception {
    List<EnrichedPosting> batch = new ArrayList<>();
    for (int i = 0; i < 1200; i++) {
      batch.add(posting("id-" + i, "2024-05-01T10:00:00Z", "Organizer " + i));
    }
    store.writeBatch(batch, Map.of());
    List<String> asked = new ArrayList<>();
    for (int i = 0; i < 1300; i += 2) {
      asked.add("id-" + i);
    }

    assertThat(store.countIds(asked)).isEqualTo(600);
    assertThat(store.countIds(List.of())).isZero();
  }

  @Test
  void shouldChangeNothingWhenTheSameRecordArrivesTwice() throws Exception {
    EnrichedPosting p = posting("a", "2024-05-01T10:00:00Z", "Organizer");
    store.writeBatch(List.of(p), offsets(0, 1));
    String updatedAt = column("a", "updated_at");
    Thread.sleep(5);

    store.writeBatch(List.of(p), offsets(0, 1));
    store.writeBatch(List.of(p, p), offsets(0, 1));

    assertThat(store.count()).isEqualTo(1);
    assertThat(column("a", "updated_at")).isEqualTo(updatedAt);
  }

  @Test
  void shouldReplaceWithANewerFetchAndIgnoreAnOlderOne() throws Exception {
    store.writeBatch(List.of(posting("a", "2024-05-01T10:00:00Z", "First")), Map.of());
    // Half a second later: a shorter ISO string that must still sort as newer.
    store.writeBatch(List.of(posting("a", "2024-05-01T10:00:00.5Z", "Second")), Map.of());
    assertThat(column("a", "title")).isEqualTo("Second");

    store.writeBatch(List.of(posting("a", "2024-05-01T09:00:00Z", "Stale")), Map.of());
    assertThat(column("a", "title")).isEqualTo("Second");
    assertThat(store.find("a").orElseThrow().title()).isEqualTo("Second");

    // In one batch, the versions are applied in order and the newest wins.
    store.writeBatch(List.of(
        posting("a", "2024-05-03T00:00:00Z", "Newest"),
        posting("a", "2024-05-02T00:00:00Z", "Older")), Map.of());
    assertThat(column("a", "title")).isEqualTo("Newest");
    assertThat(store.count()).isEqualTo(1);
  }

  @Test
  void shouldLetAKnownFetchTimeReplaceAnUnknownOneButNotTheReverse() throws Exception {
    store.writeBatch(List.of(posting("a", null, "Undated")), Map.of());
    store.writeBatch(List.of(posting("a", null, "Undated again")), Map.of());
    assertThat(column("a", "title")).isEqualTo("Undated");

    store.writeBatch(List.of(posting("a", "2024-05-01T10:00:00Z", "Dated")), Map.of());
    store.writeBatch(List.of(posting("a", null, "Undated later")), Map.of());
    assertThat(column("a", "title")).isEqualTo("Dated");
  }

  @Test
  void shouldStoreOffsetsWithTheRowsAndReadThemBack() throws Exception {
    store.writeBatch(List.of(posting("a", "2024-05-01T10:00:00Z", "A")),
        Map.of(new OffsetKey(GROUP, TOPIC, 0), 5L, new OffsetKey(GROUP, TOPIC, 2), 7L));
    store.writeBatch(List.of(), offsets(0, 9));
    store.writeBatch(List.of(), Map.of(new OffsetKey("other-group", TOPIC, 0), 100L));

    assertThat(store.committedOffsets(GROUP, TOPIC)).containsExactlyInAnyOrderEntriesOf(
        Map.of(new OffsetKey(GROUP, TOPIC, 0), 9L, new OffsetKey(GROUP, TOPIC, 2), 7L));
    assertThat(store.committedOffsets(GROUP, "another.topic")).isEmpty();
  }

  @Test
  void shouldRollBackRowsAndOffsetsWhenOneRowIsRejected() throws Exception {
    try (Connection c = connect(); Statement s = c.createStatement()) {
      rejectTitle(s);
    }
    store.writeBatch(List.of(), offsets(0, 3));
    List<EnrichedPosting> batch = List.of(
        posting("good", "2024-05-01T10:00:00Z", "Good"),
        posting("bad", "2024-05-01T10:00:00Z", "reject me"));

    assertThatThrownBy(() -> store.writeBatch(batch, offsets(0, 5)))
        .isInstanceOfSatisfying(SQLException.class, e -> {
          assertThat(SqlErrors.isTransient(e)).isFalse();
          assertThat(SqlErrors.isBadRecord(e)).isTrue();
          // What reaches logs and DLQ headers: the database's reason, not the statement or row.
          assertThat(SqlErrors.message(e)).contains("title rejected").doesNotContain("INSERT", "Good");
        });

    assertThat(store.count()).isZero();
    assertThat(store.committedOffsets(GROUP, TOPIC)).containsEntry(new OffsetKey(GROUP, TOPIC, 0), 3L);
    // The store is still usable after the failure.
    store.writeBatch(batch.subList(0, 1), offsets(0, 5));
    assertThat(store.count()).isEqualTo(1);
  }

  @Test
  void shouldRejectUnstorablePostingsBeforeWritingAnything() throws Exception {
    List<EnrichedPosting> batch = List.of(
        posting("good", "2024-05-01T10:00:00Z", "Good"), posting("bad", "last Tuesday", "Bad"));

    assertThatThrownBy(() -> store.writeBatch(batch, offsets(0, 5)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("fetchedAt");
    assertThatThrownBy(() -> PostingStore.checkStorable(posting(" ", null, "No id")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no id");
    assertThat(store.count()).isZero();
    assertThat(store.committedOffsets(GROUP, TOPIC)).isEmpty();
  }

  @Test
  void shouldTellAMissingTableFromABadRecord() throws Exception {
    try (Connection c = connect(); Statement s = c.createStatement()) {
      s.execute("DROP TABLE postings");
    }
    assertThatThrownBy(() -> store.writeBatch(List.of(posting("a", null, "A")), Map.of()))
        .isInstanceOfSatisfying(SQLException.class, e -> {
          assertThat(SqlErrors.isTransient(e)).isFalse();
          assertThat(SqlErrors.isBadRecord(e)).isFalse();
        });
  }

  @Test
  void shouldFailClearlyAfterClose() {
    store.close();
    assertThatThrownBy(() -> store.writeBatch(List.of(), offsets(0, 1)))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("closed");
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "'); DROP TABLE postings; --",
      "Robert'); DELETE FROM sink_offsets WHERE ('1'='1",
      "\" OR 1=1 --",
      "x'; SELECT 1; --",
      "O'Brien \\' \\\" ; /* comment */ ${jndi:ldap://x}",
      "excluded.fetched_at > postings.fetched_at"})
  void shouldStoreInjectionAttemptsAsInertText(String hostile) throws Exception {
    store.writeBatch(List.of(), offsets(0, 1));
    store.writeBatch(List.of(posting(hostile, "2024-05-01T10:00:00Z", hostile)), Map.of());

    assertThat(column(hostile, "title")).isEqualTo(hostile);
    assertThat(store.find(hostile).orElseThrow().title()).isEqualTo(hostile);
    assertThat(store.count()).isEqualTo(1);
    assertThat(store.committedOffsets(GROUP, TOPIC)).hasSize(1);
    assertThat(store.committedOffsets(hostile, hostile)).isEmpty();
  }

  @Test
  void shouldSummariseRoleTypesAndPay() throws Exception {
    store.writeBatch(List.of(
        posting("a", "2024-05-01T10:00:00Z", "A", "organizing", 50_000.0, 60_000.0),
        posting("b", "2024-05-01T10:00:00Z", "B", "organizing", 70_000.0, 90_000.0),
        posting("c", "2024-05-01T10:00:00Z", "C", "legal", null, null),
        posting("d", "2024-05-01T10:00:00Z", "D", null, null, null)), Map.of());

    Summary s = store.summary();

    assertThat(s.total()).isEqualTo(4);
    assertThat(s.byRoleType()).containsExactly(
        Map.entry("legal", 1L), Map.entry("organizing", 2L), Map.entry("unknown", 1L));
    assertThat(s.minAnnualSalary()).isEqualTo(50_000.0);
    assertThat(s.maxAnnualSalary()).isEqualTo(90_000.0);
  }
}
