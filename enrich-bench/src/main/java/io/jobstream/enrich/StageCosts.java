package io.jobstream.enrich;

import io.jobstream.bench.Page;
import io.jobstream.bench.PageSet;
import io.jobstream.enrich.classify.SeniorityClassifier;
import io.jobstream.enrich.clean.CleanText;
import io.jobstream.enrich.clean.Cleaner;
import io.jobstream.enrich.extract.Found;
import io.jobstream.enrich.page.Body;
import io.jobstream.enrich.page.BodyDecoder;
import io.jobstream.enrich.page.FrontMatter;
import io.jobstream.enrich.page.HtmlMeta;
import io.jobstream.enrich.page.JobPostingLd;
import io.jobstream.enrich.page.PageKind;
import io.jobstream.enrich.page.StyleScriptCuts;
import io.jobstream.model.RawPage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * What each step of {@link Enricher#enrich} costs in place: the steps run one after another, page
 * by page, as the enricher runs them, each timed in the thread's CPU time, at steady state (30 s
 * of warm-up). Profilers sample this workload badly on our machine; this is the measurement to
 * trust. It lives in the enricher's package to reach its steps, and mirrors {@code enrich}: when
 * the sum of the steps drifts from the whole enricher's pass, printed beside it, the copy is stale.
 *
 * <p>Usage: {@code java -cp enrich-bench/target/benchmarks.jar io.jobstream.enrich.StageCosts
 * [project|shared] [--twice]}. With {@code --twice} the cleaning and the field extraction run a
 * second time on the same page, right after the first, which shows how much of their cost is
 * getting their code and data back into the caches.
 */
public final class StageCosts {
  private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();
  private static final long WARMUP_NANOS = 30_000_000_000L;
  private static final int ROUNDS = 25;
  private static Object sink;

  private StageCosts() {}

  /** Times the steps on the named page set. */
  public static void main(String[] args) {
    String setName = args.length > 0 ? args[0] : PageSet.PROJECT;
    boolean twice = Arrays.asList(args).contains("--twice");
    PageSet set = PageSet.named(setName);
    if (set.isEmpty()) {
      throw new IllegalStateException("no HTML pages for page set " + setName);
    }
    List<RawPage> pages = set.pages().stream().map(Page::body).map(RawPage::of).toList();
    Enricher enricher = new Enricher();
    Steps steps = new Steps(twice);
    for (long end = System.nanoTime() + WARMUP_NANOS; System.nanoTime() < end; ) {
      pass(steps, pages, null);
      pages.forEach(enricher::enrich);
    }
    LinkedHashMap<String, long[]> byStep = new LinkedHashMap<>();
    long[] whole = new long[ROUNDS];
    for (int round = 0; round < ROUNDS; round++) {
      pass(steps, pages, new Timer(byStep, round));
      long start = CPU.getCurrentThreadCpuTime();
      pages.forEach(enricher::enrich);
      whole[round] = CPU.getCurrentThreadCpuTime() - start;
    }
    double floor = median(byStep.get("bare jsoup parse (the floor)"));
    double sum = 0;
    System.out.printf("%s: %d pages; CPU ms per pass, median of %d rounds after 30 s of warm-up%n%n",
        setName, pages.size(), ROUNDS);
    System.out.printf("| step | ms/pass | × floor |%n| --- | ---: | ---: |%n");
    for (var e : byStep.entrySet()) {
      double ms = median(e.getValue());
      if (!e.getKey().startsWith("bare") && !e.getKey().endsWith("again")) {
        sum += ms;
      }
      System.out.printf("| %s | %.2f | %.2f× |%n", e.getKey(), ms / 1e6, ms / floor);
    }
    System.out.printf("| sum of the enricher's steps | %.2f | %.2f× |%n", sum / 1e6, sum / floor);
    System.out.printf("| Enricher.enrich, whole | %.2f | %.2f× |%n", median(whole) / 1e6, median(whole) / floor);
  }

  /** The enricher's steps on one page, as {@code Enricher.enrich} and {@code ReadPage.of} take them. */
  private record Steps(boolean twice) {
    void run(RawPage page, Timer t) {
      sink = bareParse(page.body());
      t.lap("bare jsoup parse (the floor)");
      Body body = BodyDecoder.read(page.body(), page.declaredCharset());
      PageKind kind = PageKind.sniff(page.contentType(), body.head());
      t.lap("decode and sniff");
      if (kind != PageKind.HTML) {
        throw new IllegalStateException("not an HTML page: " + page.url());
      }
      StyleScriptCuts cuts = StyleScriptCuts.of(body);
      t.lap("style and script cuts");
      Document doc = ReadPage.parse(body, cuts, page.url() == null ? "" : page.url());
      t.lap("parse");
      HtmlMeta meta = HtmlMeta.of(doc);
      JobPostingLd ld = JobPostingLd.read(doc);
      t.lap("metadata and JSON-LD");
      CleanText clean = Cleaner.html(doc, cuts);
      t.lap("cleaning");
      if (twice) {
        sink = Cleaner.html(doc, cuts);
        t.lap("cleaning again");
      }
      ReadPage read = new ReadPage(clean, FrontMatter.none(""), ld, meta);
      Fields f = Fields.extract(read);
      t.lap("fields");
      if (twice) {
        sink = Fields.extract(read);
        t.lap("fields again");
      }
      String text = read.clean().text();
      sink = Ids.sha256(text);
      t.lap("content hash");
      String lower = text.toLowerCase(Locale.ROOT);
      t.lap("lower-cased copy");
      String title = Found.valueOf(f.title());
      sink = Enricher.phrases(title, text, lower);
      t.lap("role and benefit phrases");
      sink = SeniorityClassifier.classify(title, f.requirements().yearsExperience(), text, lower);
      t.lap("seniority");
      sink = new LinkedHashMap<>(f.evidence());
      sink = f.url() == null ? null : Ids.fromUrl(f.url());
      sink = Instant.now().toString();
      t.lap("ids, evidence, stamp");
    }
  }

  /** One timed pass over {@code pages}: each step's CPU nanoseconds, in the order the steps ran. */
  static LinkedHashMap<String, Long> onePass(List<RawPage> pages, boolean twice) {
    LinkedHashMap<String, long[]> byStep = new LinkedHashMap<>();
    pass(new Steps(twice), pages, new Timer(byStep, 0));
    LinkedHashMap<String, Long> out = new LinkedHashMap<>();
    byStep.forEach((step, nanos) -> out.put(step, nanos[0]));
    return out;
  }

  private static void pass(Steps steps, List<RawPage> pages, Timer t) {
    Timer timer = t != null ? t : Timer.NONE;
    for (RawPage page : pages) {
      timer.start();
      steps.run(page, timer);
    }
  }

  private static Document bareParse(byte[] body) {
    try {
      return Jsoup.parse(new ByteArrayInputStream(body), null, "");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Adds each step's CPU time to its slot for the round; a no-op during the warm-up. */
  private static class Timer {
    static final Timer NONE = new Timer(null, 0);
    private final LinkedHashMap<String, long[]> byStep;
    private final int round;
    private long last;

    Timer(LinkedHashMap<String, long[]> byStep, int round) {
      this.byStep = byStep;
      this.round = round;
    }

    void start() {
      if (byStep != null) {
        last = CPU.getCurrentThreadCpuTime();
      }
    }

    void lap(String step) {
      if (byStep == null) {
        return;
      }
      long now = CPU.getCurrentThreadCpuTime();
      byStep.computeIfAbsent(step, s -> new long[ROUNDS])[round] += now - last;
      last = CPU.getCurrentThreadCpuTime();
    }
  }

  private static double median(long[] values) {
    long[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }
}
