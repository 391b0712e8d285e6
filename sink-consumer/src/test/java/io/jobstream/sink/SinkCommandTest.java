package io.jobstream.sink;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class SinkCommandTest {

  @Test
  void shouldTurnOptionsIntoSettingsThatWinOverTheEnvironment() {
    SinkCommand cmd = new SinkCommand();
    new CommandLine(cmd).parseArgs("--bootstrap-servers", "broker:9093", "--db-url", "jdbc:sqlite:x.db");

    SinkConfig c = cmd.config(Map.of("JOBSTREAM_DB_URL", "jdbc:sqlite:env.db", "JOBSTREAM_TOPIC", "t"));

    assertThat(c.bootstrapServers()).isEqualTo("broker:9093");
    assertThat(c.dbUrl()).isEqualTo("jdbc:sqlite:x.db");
    assertThat(c.topic()).isEqualTo("t");
  }

  @Test
  void shouldDescribeItsOptions() {
    StringWriter out = new StringWriter();
    int code = new CommandLine(new SinkCommand()).setOut(new PrintWriter(out)).execute("--help");

    assertThat(code).isZero();
    assertThat(out.toString()).contains("--config", "--bootstrap-servers", "--db-url");
  }
}
