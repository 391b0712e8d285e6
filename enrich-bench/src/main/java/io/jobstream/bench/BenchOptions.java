package io.jobstream.bench;

/**
 * {@link BenchMain}'s command line.
 *
 * @param quick short runs for development: JMH 1 warm-up and 2 measured iterations of 1 s, 2 s of
 *     CPU warm-up and 3 CPU rounds
 * @param only a regular expression over benchmark names ({@code jsoupParse|enricher})
 * @param jmh whether to run the JMH measurement ({@code --cpu-only} turns it off)
 * @param cpu whether to run the interleaved CPU-time rounds ({@code --jmh-only} turns them off)
 */
record BenchOptions(boolean quick, String only, boolean jmh, boolean cpu) {
  static final String USAGE = "options: --quick, --only REGEX, --jmh-only, --cpu-only";

  /** Parses {@code args}; throws {@link IllegalArgumentException} with the usage on anything unknown. */
  static BenchOptions parse(String... args) {
    boolean quick = false;
    String only = ".*";
    boolean jmh = true;
    boolean cpu = true;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--quick" -> quick = true;
        case "--jmh-only" -> cpu = false;
        case "--cpu-only" -> jmh = false;
        case "--only" -> {
          if (++i >= args.length) {
            throw new IllegalArgumentException("--only needs a value; " + USAGE);
          }
          only = args[i];
        }
        default -> throw new IllegalArgumentException("unknown option " + args[i] + "; " + USAGE);
      }
    }
    return new BenchOptions(quick, only, jmh, cpu);
  }

  /**
   * JMH warm-up iterations (of {@link #iterationSeconds()} each) before the measured ones. The
   * enricher is a large body of code: in a fresh JVM the JIT compiler keeps compiling and
   * recompiling it for 15 to 20 s, while a bare parse is compiled within a few seconds, so a
   * short warm-up measures the enricher half-compiled. 15 iterations of 2 s reach its steady state,
   * which is what a long-running Streams service sees.
   */
  int jmhWarmups() {
    return quick ? 1 : 15;
  }

  /** JMH measured iterations. */
  int jmhIterations() {
    return quick ? 2 : 5;
  }

  /** Seconds per JMH iteration. */
  int iterationSeconds() {
    return quick ? 1 : 2;
  }

  /** Seconds of unmeasured CPU rounds before the measured ones, per page set (as long as the JMH warm-up). */
  int cpuWarmupSeconds() {
    return quick ? 2 : jmhWarmups() * iterationSeconds();
  }

  /** Measured CPU rounds (each runs every pass once over the whole set). */
  int cpuRounds() {
    return quick ? 3 : 15;
  }
}
