package io.jobstream.ingest.page;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PageReaderTest {
  @TempDir Path dir;

  private final PageReader reader = new PageReader(100);

  @Test
  void shouldReadBytesTypeAndUrl() throws Exception {
    Path p = Files.writeString(dir.resolve("job.html"), "<link rel=canonical href=https://a.example/1><p>Organizer");
    PageFile page = reader.read(p);
    assertThat(page.origin()).isEqualTo(p.toString());
    assertThat(page.body()).isEqualTo(Files.readAllBytes(p));
    assertThat(page.contentType()).isEqualTo("text/html");
    assertThat(page.url()).isEqualTo("https://a.example/1");
  }

  @Test
  void shouldSkipAFileOverTheLimitWithItsSize() throws IOException {
    Path p = Files.write(dir.resolve("big.html"), new byte[101]);
    assertThatThrownBy(() -> reader.read(p))
        .isInstanceOfSatisfying(PageSkippedException.class, e -> {
          assertThat(e.origin()).isEqualTo(p.toString());
          assertThat(e.reason()).isEqualTo("too large: 101 bytes (limit 100)");
        });
  }

  @Test
  void shouldAcceptAFileOfExactlyTheLimit() throws Exception {
    Path p = Files.write(dir.resolve("full.txt"), "x".repeat(100).getBytes(StandardCharsets.UTF_8));
    assertThat(reader.read(p).body()).hasSize(100);
  }

  @Test
  void shouldSkipADeletedFile() throws IOException {
    Path p = Files.writeString(dir.resolve("gone.txt"), "soon gone");
    Files.delete(p);
    assertThatThrownBy(() -> reader.read(p)).isInstanceOf(PageSkippedException.class).hasMessageContaining("no such file");
  }

  @Test
  void shouldSkipADirectoryAndAnEmptyFile() throws IOException {
    assertThatThrownBy(() -> reader.read(dir)).hasMessageContaining("is a directory");
    Path empty = Files.createFile(dir.resolve("empty.txt"));
    assertThatThrownBy(() -> reader.read(empty)).hasMessageContaining("empty");
  }

  @Test
  void shouldSkipAFileItMayNotRead() throws IOException {
    Path p = Files.writeString(dir.resolve("secret.txt"), "no access");
    Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("---------"));
    assumeTrue(!Files.isReadable(p), "running as a user who can read anything (root)");
    assertThatThrownBy(() -> reader.read(p)).hasMessageContaining("permission denied");
  }

  @Test
  void shouldReadAStreamAndStopOnePastTheLimit() throws Exception {
    PageFile page = reader.read("-", new ByteArrayInputStream("+++\nlink = \"https://a.example/\"\n+++\n".getBytes(StandardCharsets.UTF_8)));
    assertThat(page.contentType()).isEqualTo("text/markdown");
    assertThat(page.url()).isEqualTo("https://a.example/");
    assertThatThrownBy(() -> reader.read("-", new ByteArrayInputStream(new byte[5000])))
        .hasMessageContaining("too large: over 100 bytes");
  }

  @Test
  void shouldRejectANonPositiveLimit() {
    assertThatThrownBy(() -> new PageReader(0)).isInstanceOf(IllegalArgumentException.class);
  }
}
