package io.jobstream.ingest.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputWalkerTest {
  @TempDir Path dir;

  @Test
  void shouldWalkFoldersRecursivelyInPathOrderAndKeepInputOrder() throws Exception {
    Path folder = Files.createDirectories(dir.resolve("pages"));
    Files.createDirectories(folder.resolve("b/inner"));
    Files.createDirectories(folder.resolve(".git"));
    // Written out of order: the walk must not depend on creation or directory order.
    for (String name : List.of("c.html", "b/inner/z.txt", "a.md", "b/y.txt", ".DS_Store", ".git/HEAD")) {
      Files.writeString(folder.resolve(name), name);
    }
    Path single = Files.writeString(dir.resolve("first.txt"), "x");

    InputWalker.Walked walked = InputWalker.walk(List.of(single, folder, InputWalker.STDIN));

    assertThat(walked.pages()).containsExactly(
        single, folder.resolve("a.md"), folder.resolve("b/inner/z.txt"), folder.resolve("b/y.txt"), folder.resolve("c.html"), Path.of("-"));
    assertThat(walked.skipped()).isEmpty();
    assertThat(InputWalker.walk(List.of(folder)).pages()).isEqualTo(InputWalker.walk(List.of(folder)).pages());
  }

  @Test
  void shouldFollowLinksAndReportALoop() throws Exception {
    Path folder = Files.createDirectories(dir.resolve("batch"));
    Path target = Files.writeString(dir.resolve("elsewhere.html"), "<p>x");
    Files.createSymbolicLink(folder.resolve("linked.html"), target);
    Files.createSymbolicLink(folder.resolve("loop"), folder);

    InputWalker.Walked walked = InputWalker.walk(List.of(folder));

    assertThat(walked.pages()).containsExactly(folder.resolve("linked.html"));
    assertThat(walked.skipped()).singleElement().satisfies(s -> assertThat(s.reason()).isEqualTo("link loop"));
  }

  @Test
  void shouldPassMissingInputsOnSoTheReaderNamesTheReason() {
    Path missing = dir.resolve("missing.html");
    assertThat(InputWalker.walk(List.of(missing)).pages()).containsExactly(missing);
  }
}
