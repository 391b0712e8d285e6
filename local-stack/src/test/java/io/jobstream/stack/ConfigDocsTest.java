package io.jobstream.stack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ConfigDocsTest {
  @Test
  void shouldKeepTheConfigurationReferenceInTheDocsInStepWithTheCode() throws Exception {
    String docs = Files.readString(Path.of("../docs/CONFIGURATION.md"));
    assertThat(docs)
        .as("docs/CONFIGURATION.md is stale: regenerate it with ./jobstream config-docs")
        .contains(ConfigDocsCommand.render(ConfigDocsCommand.services()));
  }

  @Test
  void shouldNameTheEnvironmentVariableOfEveryKey() {
    assertThat(ConfigDocsCommand.render(ConfigDocsCommand.services()))
        .contains("| `db.password` | `JOBSTREAM_DB_PASSWORD` | password | — |")
        .contains("`JOBSTREAM_APPLICATION_ID`");
  }
}
