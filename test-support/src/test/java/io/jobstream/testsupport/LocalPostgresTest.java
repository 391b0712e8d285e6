package io.jobstream.testsupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LocalPostgresTest {

  @Test
  void shouldServeFreshDatabasesAndSurviveARestart() throws SQLException {
    try (LocalPostgres pg = LocalPostgres.start(Map.of())) {
      String url = pg.newDatabase("lp_test");
      try (Connection c = pg.connect(url); Statement s = c.createStatement()) {
        s.execute("CREATE TABLE t (x INT)");
        s.execute("INSERT INTO t VALUES (42)");
      }
      pg.stopServer();
      assertThatThrownBy(() -> pg.connect(url)).isInstanceOf(SQLException.class);
      pg.startServer();
      try (Connection c = pg.connect(url); Statement s = c.createStatement();
          ResultSet rs = s.executeQuery("SELECT x FROM t")) {
        assertThat(rs.next()).isTrue();
        assertThat(rs.getInt(1)).isEqualTo(42);
      }
      // A second call starts from an empty database again.
      try (Connection c = pg.connect(pg.newDatabase("lp_test")); Statement s = c.createStatement();
          ResultSet rs = s.executeQuery("SELECT count(*) FROM pg_tables WHERE tablename = 't'")) {
        rs.next();
        assertThat(rs.getInt(1)).isZero();
      }
    }
  }

  @Test
  void shouldRejectDatabaseNamesThatAreNotPlainIdentifiers() {
    try (LocalPostgres pg = LocalPostgres.start(Map.of())) {
      assertThatThrownBy(() -> pg.newDatabase("x; DROP DATABASE postgres"))
          .isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Test
  void shouldKeepQueryParametersWhenSwitchingDatabase() {
    assertThat(LocalPostgres.withDatabase("jdbc:postgresql://h:5/a?ssl=true", "b"))
        .isEqualTo("jdbc:postgresql://h:5/b?ssl=true");
  }
}
