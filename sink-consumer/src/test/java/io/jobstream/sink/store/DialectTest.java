package io.jobstream.sink.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Properties;
import org.junit.jupiter.api.Test;

/** The driver settings each dialect adds, and that a setting written in the URL wins. */
class DialectTest {
  @Test
  void shouldGiveUpOnASilentPostgresConnectionAfterAMinute() {
    Properties p = Dialect.POSTGRESQL.connectionProperties("jdbc:postgresql://db:5432/jobs", "sink", "secret");

    assertThat(p.getProperty("socketTimeout")).isEqualTo("60");
    assertThat(p.getProperty("connectTimeout")).isEqualTo("10");
    assertThat(p.getProperty("user")).isEqualTo("sink");
  }

  @Test
  void shouldLeaveASettingTheUrlMakesToTheUrl() {
    Properties p = Dialect.POSTGRESQL.connectionProperties("jdbc:postgresql://db:5432/jobs?socketTimeout=5", null, null);

    assertThat(p.getProperty("socketTimeout")).isNull();
    assertThat(p.getProperty("tcpKeepAlive")).isEqualTo("true");
  }

  @Test
  void shouldNotGiveSqliteNetworkSettings() {
    Properties p = Dialect.SQLITE.connectionProperties("jdbc:sqlite:jobs.db", null, null);

    assertThat(p.getProperty("socketTimeout")).isNull();
    assertThat(p.getProperty("journal_mode")).isEqualTo("WAL");
  }
}
