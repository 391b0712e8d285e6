package io.jobstream.enrich.eval;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class EvalCommandTest {
  @TempDir Path dir;

  private record Run(int code, String out, String err) {}

  private static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli = new CommandLine(new EvalCommand());
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    int code = cli.execute(args);
    return new Run(code, out.toString(), err.toString());
  }

  private static final String TEXT_PAGE = """
      Field Organizer
      Riverbend Tenants Union

      We build power with tenants across the east side.
      Salary: $52,000 - $58,000 per year.
      To apply, email jobs@riverbend.example.org.
      """;

  private static final String HTML_PAGE = """
      <html><head><title>Policy Analyst</title></head><body>
      <nav><a href="/">Home</a></nav>
      <h1>Policy Analyst</h1>
      <p>Research and write briefs on housing policy for the state legislature.</p>
      <p>Competitive salary, depending on experience.</p>
      </body></html>
      """;

  private Path corpus;
  private Path real;

  @BeforeEach
  void writeCorpus() throws Exception {
    corpus = dir.resolve("corpus");
    Files.createDirectories(corpus.resolve("gold"));
    Files.createDirectories(corpus.resolve("pages/mini"));
    Files.writeString(corpus.resolve("pages/mini/organizer.txt"), TEXT_PAGE);
    Files.writeString(corpus.resolve("pages/mini/analyst.html"), HTML_PAGE);
    Files.writeString(corpus.resolve("gold/mini.json"), """
        {"postings": [
          {"file": "mini/organizer.txt", "contentType": "text/plain",
           "salary": {"min": 52000, "max": 58000, "currency": "USD", "period": "YEAR"},
           "mustKeep": ["we build power with tenants"]},
          {"file": "mini/analyst.html", "contentType": "text/html", "salary": null,
           "mustKeep": ["Research and write briefs on housing policy"]}
        ]}
        """);
    Files.writeString(corpus.resolve("pay-phrases.tsv"), "phrase\tmin\tmax\tcurrency\tperiod\n"
        + "Salary: $65,000 - $75,000\t65000\t75000\tUSD\tYEAR\n72,000 members\t-\t-\t-\t-\n");
    real = Files.createDirectories(dir.resolve("real"));
    Files.writeString(real.resolve("job.html"), "<html><body><h1>Organizer</h1><p>Organize workers.</p></body></html>");
  }

  @Test
  void shouldFailTheBarsWhenARealPageKeepsKnownBoilerplate() throws Exception {
    Path dirty = Files.createDirectories(dir.resolve("dirty"));
    Files.writeString(dirty.resolve("job.html"), "<html><body><h1>Organizer</h1><p>Organize workers.</p>"
        + "<p>Form CC-305 asks about Voluntary Self-Identification of Disability.</p></body></html>");
    Run r = run(corpus.toString(), "--real", dirty.toString(), "--bars");
    assertThat(r.code()).as(r.out()).isEqualTo(1);
    assertThat(r.out()).contains("FLAG job.html").contains("real pages: job.html cleaned of known boilerplate")
        .contains("EEO form text left: [Voluntary Self-Identification, Form CC-305]");
  }

  @Test
  void shouldPrintTablesMissesAndSectionsAndExitZeroWhenBarsAreMet() {
    Run r = run(corpus.toString(), "--real", real.toString(), "--bars");
    assertThat(r.code()).as(r.out() + r.err()).isZero();
    assertThat(r.out()).contains("== " + corpus + " (2 pages)").contains("salary").contains("mustKeep")
        .contains("pay phrases").contains("real pages").contains("BARS: all met");
  }

  @Test
  void shouldExitOneWithBarsOnlyWhenABarFails() throws Exception {
    Files.writeString(corpus.resolve("gold/strict.json"), """
        {"postings": [{"file": "mini/organizer.txt", "contentType": "text/plain", "mustRemove": ["Field Organizer"]}]}
        """);
    Run without = run(corpus.toString(), "--real", real.toString());
    assertThat(without.code()).as(without.out()).isZero();
    assertThat(without.out()).contains("BARS FAILED").contains("mustRemove >= 100%");

    Run with = run(corpus.toString(), "--real", real.toString(), "--bars");
    assertThat(with.code()).isEqualTo(1);
    assertThat(with.out()).contains("mustRemove >= 100%").contains("still in cleanText");
  }

  @Test
  void shouldExitOneWhenAGoldPageIsMissing() throws Exception {
    Files.writeString(corpus.resolve("gold/broken.json"), "{\"postings\": [{\"file\": \"mini/nope.txt\"}]}");
    Run r = run(corpus.toString(), "--real", real.toString(), "--no-misses");
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.out()).contains("ERROR").contains("mini/nope.txt");
  }

  @Test
  void shouldScoreASingleGoldFileAndExitTwoOnBadArguments() {
    Run r = run(corpus.resolve("gold/mini.json").toString(), "--real", real.toString());
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("mini.json (2 pages)");
    assertThat(run(dir.resolve("absent").toString()).code()).isEqualTo(2);
    assertThat(run(corpus.toString(), "--real", dir.resolve("absent").toString()).code()).isEqualTo(2);
  }

  @Test
  void shouldPrintJsonForMachines() throws Exception {
    Run r = run(corpus.toString(), "--real", real.toString(), "--json");
    JsonNode json = new ObjectMapper().readTree(r.out());
    assertThat(json.get("reports").get(0).get("pages").asInt()).isEqualTo(2);
    assertThat(json.get("reports").get(0).get("fields")).isNotEmpty();
    assertThat(json.get("payPhrases").get(0).has("pay parsed exactly")).isTrue();
    assertThat(json.get("realPages").get(0).get("file").asText()).isEqualTo("job.html");
    assertThat(json.get("failedBars")).isEmpty();
  }
}
