package io.jobstream.enrich.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.jobstream.model.EnrichedPosting;
import io.jobstream.model.PostingJson;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class EnrichCommandTest {
  @TempDir Path dir;

  private record Run(int code, String out, String err) {}

  private static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli = new CommandLine(new EnrichCommand());
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    int code = cli.execute(args);
    return new Run(code, out.toString(), err.toString());
  }

  private Path pages() throws Exception {
    Path in = Files.createDirectories(dir.resolve("in/nested"));
    Files.writeString(dir.resolve("in/page.html"), "<html><body><h1>Field Organizer</h1><p>Salary: $50,000</p></body></html>");
    Files.writeString(in.resolve("post.md"), "---\ntitle: Data Analyst\n---\nWe need an analyst.\n");
    return dir.resolve("in");
  }

  @Test
  void shouldWriteOnePrettyJsonFilePerPage() throws Exception {
    Path in = pages();
    Path out = dir.resolve("out");
    Run r = run("--out", out.toString(), in.toString());
    assertThat(r.code()).isZero();
    EnrichedPosting html = PostingJson.fromBytes(Files.readAllBytes(out.resolve("page.html.json")));
    assertThat(html.title()).isEqualTo("Field Organizer");
    assertThat(html.salary().min()).isEqualTo(50000.0);
    EnrichedPosting md = PostingJson.fromBytes(Files.readAllBytes(out.resolve("post.md.json")));
    assertThat(md.title()).isEqualTo("Data Analyst");
    assertThat(Files.readString(out.resolve("post.md.json"))).contains("\n");
  }

  @Test
  void shouldPrintJsonLinesAndReportFailures() throws Exception {
    Path in = pages();
    Files.write(in.resolve("empty.txt"), new byte[0]);
    Run r = run(in.toString());
    assertThat(r.code()).isEqualTo(1);
    String[] lines = r.out().strip().split("\n");
    assertThat(lines).hasSize(2);
    for (String line : lines) {
      assertThat(PostingJson.fromBytes(line.getBytes(java.nio.charset.StandardCharsets.UTF_8)).schemaVersion()).isEqualTo(1);
    }
    assertThat(r.err()).contains("empty.txt").contains("empty body");
  }

  @Test
  void shouldUseUrlForSingleFileOnly() throws Exception {
    Path in = pages();
    Run one = run("--url", "https://example.org/jobs/1", in.resolve("page.html").toString());
    assertThat(one.code()).isZero();
    assertThat(PostingJson.fromBytes(one.out().strip().getBytes(java.nio.charset.StandardCharsets.UTF_8)).url())
        .isEqualTo("https://example.org/jobs/1");
    assertThat(run("--url", "https://example.org/x", in.toString()).code()).isNotZero();
  }
}
