package io.jobstream.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs {@link EnrichBenchmark} over the page sets present here and prints pages/s and MB/s, then
 * the same passes timed in CPU time, interleaved ({@link CpuTimeRounds}), which other processes
 * on a shared machine disturb far less. JMH settings: 3 forks (see
 * {@link BenchOptions#DEFAULT_FORKS} for why more than one), 15 warm-up and 5 measured iterations
 * of 2 s each (see {@link BenchOptions#jmhWarmups()} for why the warm-up is long), one thread. Options: see {@link BenchOptions}.
 */
public final class BenchMain {
  private BenchMain() {}

  /** Entry point of {@code java -jar enrich-bench/target/benchmarks.jar}. */
  public static void main(String[] args) throws RunnerException {
    BenchOptions opts;
    try {
      opts = BenchOptions.parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println(e.getMessage());
      System.exit(2);
      return;
    }
    Map<String, PageSet> sets = presentSets();
    if (opts.jmh()) {
      Collection<RunResult> results = new Runner(jmhOptions(opts, sets.keySet())).run();
      System.out.println();
      System.out.println("## JMH throughput (wall clock)\n");
      System.out.println(ThroughputTable.render(results, sets));
    }
    if (opts.cpu()) {
      List<PagePass> passes = Arrays.stream(PagePass.values()).filter(p -> p.benchmark().matches(opts.only())).toList();
      System.out.printf("## CPU time per pass (median of %d interleaved rounds after %d s of warm-up rounds)%n%n",
          opts.cpuRounds(), opts.cpuWarmupSeconds());
      System.out.println(CpuTimeRounds.table(List.copyOf(sets.values()), passes, opts.cpuWarmupSeconds(), opts.cpuRounds()));
    }
  }

  private static Options jmhOptions(BenchOptions opts, Collection<String> sets) {
    TimeValue time = TimeValue.seconds(opts.iterationSeconds());
    return new OptionsBuilder()
        .include(EnrichBenchmark.class.getName() + "\\.(" + opts.only() + ")$")
        .param("pageSet", sets.toArray(String[]::new))
        .forks(opts.jmhForks())
        .threads(1)
        .warmupIterations(opts.jmhWarmups())
        .warmupTime(time)
        .measurementIterations(opts.jmhIterations())
        .measurementTime(time)
        // The fork must find the corpus from the same root, even when -Djobstream.root was given.
        .jvmArgsAppend("-D" + ProjectPaths.ROOT_PROPERTY + "=" + ProjectPaths.root())
        .build();
  }

  private static Map<String, PageSet> presentSets() {
    Map<String, PageSet> sets = new LinkedHashMap<>();
    List<String> skipped = new ArrayList<>();
    for (String name : new String[] {PageSet.PROJECT, PageSet.SHARED}) {
      PageSet set = PageSet.named(name);
      if (set.isEmpty()) {
        skipped.add(name);
      } else {
        sets.put(name, set);
      }
    }
    if (!skipped.isEmpty()) {
      System.out.println("no HTML pages here for page set(s) " + skipped + "; not benchmarked");
    }
    if (sets.isEmpty()) {
      throw new IllegalStateException("no page set to benchmark");
    }
    return sets;
  }
}
