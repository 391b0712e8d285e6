package io.jobstream.enrich.cli;

import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.ObjectWriter;
import io.jobstream.enrich.Enricher;
import io.jobstream.model.EnrichedPosting;
import io.jobstream.model.PostingJson;
import io.jobstream.model.RawPage;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * Enriches page files offline. Each path is a file or a folder (walked recursively, in sorted
 * order). With {@code --out} each page becomes {@code DIR/<file name>.json} (pretty JSON);
 * otherwise one compact JSON per page is printed as JSON Lines. A page that fails is reported
 * on stderr with its path and reason, the others still run, and the exit code is then 1.
 */
@Command(
    name = "enrich",
    mixinStandardHelpOptions = true,
    version = Enricher.VERSION,
    description = "Enrich job-posting pages (HTML, Markdown with front matter, plain text) to JSON.")
public final class EnrichCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Page files or folders (recursive).")
  List<Path> paths = new ArrayList<>();

  @Option(names = "--out", paramLabel = "DIR", description = "Write DIR/<file name>.json per page instead of JSON Lines on stdout.")
  Path out;

  @Option(names = "--url", paramLabel = "URL", description = "The page URL (only with a single file).")
  String url;

  @Option(names = "--content-type", paramLabel = "TYPE", description = "Content type, e.g. 'text/html; charset=utf-8'; sniffed when absent.")
  String contentType;

  // Standard output may not be UTF-8 (a bare container's locale is often ASCII): JSON Lines
  // escape every non-ASCII character, so the lines parse the same under any console charset.
  private static final ObjectWriter LINE = PostingJson.mapper().writer().with(JsonWriteFeature.ESCAPE_NON_ASCII);
  private static final ObjectWriter PRETTY = PostingJson.mapper().writerWithDefaultPrettyPrinter();

  private final Enricher enricher = new Enricher();

  @Override
  public Integer call() throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    List<Path> files = new ArrayList<>();
    boolean failed = false;
    for (Path p : paths) {
      if (Files.isDirectory(p)) {
        try (Stream<Path> walk = Files.walk(p)) {
          walk.filter(Files::isRegularFile).sorted().forEach(files::add);
        }
      } else if (Files.isRegularFile(p)) {
        files.add(p);
      } else {
        err.println(p + ": no such file or folder");
        failed = true;
      }
    }
    if (url != null && files.size() != 1) {
      err.println("--url needs exactly one page file, got " + files.size());
      return 2;
    }
    if (out != null) {
      Files.createDirectories(out);
    }
    for (Path file : files) {
      failed |= !enrichOne(file, err);
    }
    spec.commandLine().getOut().flush();
    err.flush();
    return failed ? 1 : 0;
  }

  private boolean enrichOne(Path file, PrintWriter err) {
    try {
      byte[] body = Files.readAllBytes(file);
      RawPage page = new RawPage(url, body, contentType != null ? contentType : PageTypes.of(file), null, null);
      EnrichedPosting posting = enricher.enrich(page);
      if (out != null) {
        Files.writeString(out.resolve(file.getFileName() + ".json"), PRETTY.writeValueAsString(posting), StandardCharsets.UTF_8);
      } else {
        spec.commandLine().getOut().println(LINE.writeValueAsString(posting));
      }
      return true;
    } catch (IOException | UncheckedIOException | IllegalArgumentException e) {
      err.println(file + ": " + e.getMessage());
      return false;
    } catch (RuntimeException e) {
      err.println(file + ": enrichment failed: " + e);
      return false;
    }
  }
}
