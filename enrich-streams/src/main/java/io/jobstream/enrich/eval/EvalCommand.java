package io.jobstream.enrich.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.jobstream.enrich.Enricher;
import java.io.IOException;
import java.io.PrintWriter;
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
 * {@code jobstream eval}: scores the enricher against gold files or labelled folders, the pay
 * phrases, real unlabelled pages and (with {@code --datasets}) the salary datasets. Exit code 0;
 * 1 when a page is missing or fails, or with {@code --bars} when a bar fails; 2 on bad arguments.
 */
@Command(
    name = "eval",
    mixinStandardHelpOptions = true,
    version = Enricher.VERSION,
    description = "Score the enricher against the labelled corpus, the seeds gold, pay phrases, real pages and datasets.")
public final class EvalCommand implements Callable<Integer> {
  static final Path DEFAULT_CORPUS = Path.of("corpus");
  static final Path DEFAULT_SEEDS = Path.of("../shared/gold/seeds.json");
  static final Path DEFAULT_REAL = Path.of("../shared/corpus");
  static final String GLASSDOOR = "glassdoor_ds_salary_cleaned.csv";
  static final String ADZUNA = "adzuna_uk_train_rev1_sample.csv";

  @Spec CommandSpec spec;

  @Parameters(arity = "0..*", paramLabel = "GOLD",
      description = "Gold JSON files, or labelled folders holding gold/ (and pages/). Default: corpus and ../shared/gold/seeds.json when present.")
  List<Path> inputs = new ArrayList<>();

  @Option(names = "--real", paramLabel = "DIR", description = "Folder of real unlabelled pages (*.html, *.md). Default: ../shared/corpus when present.")
  Path real;

  @Option(names = "--datasets", description = "Also score salary agreement on the CSV datasets in the --real folder.")
  boolean datasets;

  @Option(names = "--bars", description = "Exit 1 when any of the project's bars fails.")
  boolean bars;

  @Option(names = "--json", description = "Print one JSON document instead of text.")
  boolean json;

  @Option(names = "--misses", negatable = true, defaultValue = "true", fallbackValue = "true",
      description = "List every miss (default); --no-misses prints the tables only.")
  boolean misses = true;

  /** One scored input: a report and whether the seeds bars apply. */
  private record Scored(EvalReport report, boolean seeds, Path payPhrases) {}

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Enricher enricher = new Enricher();
    Evaluator evaluator = new Evaluator(enricher);

    List<Path> targets = new ArrayList<>(inputs);
    if (targets.isEmpty()) {
      Stream.of(DEFAULT_CORPUS, DEFAULT_SEEDS).filter(Files::exists).forEach(targets::add);
    }
    if (targets.isEmpty()) {
      err.println("eval: nothing to score (no corpus/ or ../shared/gold/seeds.json here; give gold files or folders)");
      return 2;
    }
    Path realDir = real != null ? real : Files.isDirectory(DEFAULT_REAL) ? DEFAULT_REAL : null;
    if (real != null && !Files.isDirectory(real)) {
      err.println("eval: --real " + real + ": no such folder");
      return 2;
    }

    List<Scored> scored = new ArrayList<>();
    List<Path> extraRealPages = new ArrayList<>();
    for (Path t : targets) {
      if (Files.isDirectory(t) && Files.isDirectory(t.resolve("gold"))) {
        List<GoldSet> sets = new ArrayList<>();
        for (Path g : Folders.files(t.resolve("gold"), ".json")) {
          sets.add(GoldSet.load(g));
        }
        Path tsv = t.resolve("pay-phrases.tsv");
        scored.add(new Scored(evaluator.evaluate(t.toString(), sets), false, Files.isRegularFile(tsv) ? tsv : null));
      } else if (Files.isRegularFile(t)) {
        GoldSet set = GoldSet.load(t);
        scored.add(new Scored(evaluator.evaluate(set), set.isSeeds(), null));
        if (set.isSeeds()) {
          set.entries().forEach(e -> extraRealPages.add(e.path()));
        }
      } else {
        err.println("eval: " + t + ": not a gold file nor a folder with gold/");
        return 2;
      }
    }

    List<PayPhrases.Report> phrases = new ArrayList<>();
    for (Scored s : scored) {
      if (s.payPhrases() != null) {
        phrases.add(PayPhrases.score(PayPhrases.read(s.payPhrases())));
      }
    }
    List<RealPages.Page> realPages = new ArrayList<>();
    List<Path> realFiles = new ArrayList<>();
    if (realDir != null) {
      realFiles.addAll(RealPages.files(realDir));
    }
    realFiles.addAll(extraRealPages);
    realFiles.forEach(f -> realPages.add(RealPages.check(enricher, f)));
    List<Datasets.Report> data = new ArrayList<>();
    List<String> dataErrors = new ArrayList<>();
    if (datasets) {
      Path dir = realDir != null ? realDir : DEFAULT_REAL;
      for (String name : List.of(GLASSDOOR, ADZUNA)) {
        Path f = dir.resolve(name);
        if (!Files.isRegularFile(f)) {
          dataErrors.add("dataset not found: " + f);
        } else {
          data.add(name.equals(GLASSDOOR) ? Datasets.glassdoor(f) : Datasets.adzuna(f));
        }
      }
    }

    List<Bars.Failed> failed = new ArrayList<>();
    scored.forEach(s -> failed.addAll(Bars.check(s.report(), s.seeds())));
    failed.addAll(Bars.realPages(realPages));
    boolean errors = !dataErrors.isEmpty() || scored.stream().anyMatch(s -> !s.report().errors().isEmpty());

    if (json) {
      out.println(new ObjectMapper().writerWithDefaultPrettyPrinter()
          .writeValueAsString(toJson(scored, phrases, realPages, data, dataErrors, failed)));
    } else {
      scored.forEach(s -> out.println(s.report().toText(misses)));
      phrases.forEach(p -> out.println(p.toText(misses)));
      if (!realPages.isEmpty()) {
        out.println(RealPages.toText(realPages));
      }
      data.forEach(d -> out.println(d.toText()));
      dataErrors.forEach(e -> out.println("ERROR " + e));
      out.println(failed.isEmpty() ? "BARS: all met" : "BARS FAILED (" + failed.size() + "):");
      failed.forEach(f -> out.println("  " + f));
    }
    out.flush();
    err.flush();
    if (bars && !failed.isEmpty()) {
      return 1;
    }
    return errors ? 1 : 0;
  }

  private ObjectNode toJson(List<Scored> scored, List<PayPhrases.Report> phrases, List<RealPages.Page> realPages,
      List<Datasets.Report> data, List<String> dataErrors, List<Bars.Failed> failed) {
    ObjectNode root = new ObjectMapper().createObjectNode();
    ArrayNode reports = root.putArray("reports");
    scored.forEach(s -> reports.add(s.report().toJson(misses).put("seedsBars", s.seeds())));
    ArrayNode ph = root.putArray("payPhrases");
    phrases.forEach(p -> ph.add(p.toJson(misses)));
    root.set("realPages", RealPages.toJson(realPages));
    ArrayNode ds = root.putArray("datasets");
    data.forEach(d -> ds.add(d.toJson()));
    ArrayNode de = root.putArray("datasetErrors");
    dataErrors.forEach(de::add);
    ArrayNode fb = root.putArray("failedBars");
    failed.forEach(f -> fb.addObject().put("set", f.set()).put("bar", f.bar()).put("actual", f.actual()));
    return root;
  }

  /** Runs the command from a classpath, without the jobstream jar. */
  public static void main(String[] args) {
    System.exit(new picocli.CommandLine(new EvalCommand()).execute(args));
  }
}
