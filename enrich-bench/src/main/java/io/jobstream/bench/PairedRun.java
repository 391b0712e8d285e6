package io.jobstream.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Compares two builds of the enricher in one JVM: each build is loaded from its own class path
 * and the two run alternately, pass by pass over the same pages, timed with the thread's CPU
 * time. On a machine whose speed drifts from minute to minute (a shared or virtual one), the
 * ratio of two runs side by side is steadier than two separate benchmark runs.
 *
 * <p>Usage: {@code java -cp enrich-bench/target/benchmarks.jar io.jobstream.bench.PairedRun
 * OLD_CLASSPATH NEW_CLASSPATH [ROUNDS]}, where each class path holds an enrich-streams build and
 * posting-model (for example {@code old/enrich-streams/target/classes:old/posting-model/target/classes});
 * both must also reach jsoup and Jackson, which are taken from this jar.
 */
public final class PairedRun {
  private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();
  // Both builds run until the JIT compiler has settled (see BenchOptions.jmhWarmups()).
  private static final long WARMUP_NANOS = 20_000_000_000L;
  private static Object sink;

  private PairedRun() {}

  /** One build of the enricher, and the raw pages made with its own classes. */
  private record Build(String name, Object enricher, Method enrich, List<List<Object>> pageSets) {}

  public static void main(String[] args) throws Exception {
    if (args.length < 2) {
      System.err.println("usage: PairedRun OLD_CLASSPATH NEW_CLASSPATH [ROUNDS]");
      System.exit(2);
    }
    int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 30;
    List<PageSet> sets = new ArrayList<>(List.of(PageSet.named(PageSet.PROJECT)));
    if (ProjectPaths.shared().isPresent()) {
      sets.add(PageSet.named(PageSet.SHARED));
    }
    Build old = load("old", args[0], sets);
    Build now = load("new", args[1], sets);
    for (int s = 0; s < sets.size(); s++) {
      for (long end = System.nanoTime() + WARMUP_NANOS; System.nanoTime() < end; ) {
        pass(old, s);
        pass(now, s);
      }
      double[] ratios = new double[rounds];
      long[] oldTimes = new long[rounds];
      long[] newTimes = new long[rounds];
      for (int i = 0; i < rounds; i++) {
        // Swap which goes first every round, so neither always runs on a warmer cache.
        boolean oldFirst = i % 2 == 0;
        long a = oldFirst ? pass(old, s) : 0;
        newTimes[i] = pass(now, s);
        oldTimes[i] = oldFirst ? a : pass(old, s);
        ratios[i] = (double) newTimes[i] / oldTimes[i];
      }
      System.out.printf("%-8s old %7.2f ms  new %7.2f ms per pass (medians)  new/old %.3f (median of %d paired rounds)%n",
          sets.get(s).name(), median(oldTimes) / 1e6, median(newTimes) / 1e6, median(ratios), rounds);
    }
  }

  private static Build load(String name, String classPath, List<PageSet> sets) throws Exception {
    List<URL> urls = new ArrayList<>();
    for (String entry : classPath.split(":")) {
      if (!entry.isBlank()) {
        urls.add(Path.of(entry).toUri().toURL());
      }
    }
    // The build's own classes first; jsoup, Jackson and the JDK from this jar's loader.
    ClassLoader loader = new ChildFirstLoader(urls.toArray(URL[]::new), PairedRun.class.getClassLoader());
    Class<?> rawPage = loader.loadClass("io.jobstream.model.RawPage");
    Class<?> enricherType = loader.loadClass("io.jobstream.enrich.Enricher");
    Constructor<?> newPage = rawPage.getConstructor(String.class, byte[].class, String.class, String.class, java.time.Instant.class);
    List<List<Object>> pageSets = new ArrayList<>();
    for (PageSet set : sets) {
      List<Object> pages = new ArrayList<>();
      for (Page p : set.pages()) {
        pages.add(newPage.newInstance("https://example.com/" + p.name(), p.body(), "text/html", "bench", null));
      }
      pageSets.add(pages);
    }
    return new Build(name, enricherType.getConstructor().newInstance(), enricherType.getMethod("enrich", rawPage), pageSets);
  }

  private static long pass(Build build, int set) throws Exception {
    long start = CPU.getCurrentThreadCpuTime();
    for (Object page : build.pageSets().get(set)) {
      sink = build.enrich().invoke(build.enricher(), page);
    }
    return CPU.getCurrentThreadCpuTime() - start;
  }

  static double median(long[] values) {
    long[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }

  static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }

  /** Loads the enricher's own packages from the build's class path before asking the parent. */
  private static final class ChildFirstLoader extends URLClassLoader {
    ChildFirstLoader(URL[] urls, ClassLoader parent) {
      super(urls, parent);
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
      if (!name.startsWith("io.jobstream.model.") && !name.startsWith("io.jobstream.enrich.")) {
        return super.loadClass(name, resolve);
      }
      synchronized (getClassLoadingLock(name)) {
        Class<?> c = findLoadedClass(name);
        if (c == null) {
          c = findClass(name);
        }
        if (resolve) {
          resolveClass(c);
        }
        return c;
      }
    }
  }
}
