package io.jobstream.bench;

/**
 * {@link BenchMain}'s command line.
 *
 * @param quick short runs for development: JMH 1 warm-up and 2 measured iterations of 1 s, 2 s of
 *     CPU warm-up and 3 CPU rounds
 * @param only a regular expression over benchmark names ({@code jsoupParse|enricher})
 * @param jmh whether to run the JMH measurement ({@code --cpu-only} turns it off)
 * @param cpu whether to run the interleaved CPU-time rounds ({@code --jmh-only} turns them off)
 * @param forks JMH forks per benchmark and page set ({@code --forks N}), or 0 for the default
 */
record BenchOptions(boolean quick, String only, boolean jmh, boolean cpu, int forks) {
  static final String USAGE = "options: --quick, --only REGEX, --jmh-only, --cpu-only, --forks N";
  /**
   * JMH forks unless {@code --forks} says otherwise. On our machine one build's bare parse ran at
   * 46 ops/s in one fork and 90 in the next, each fork steady within itself, so a single fork
   * decides the bar by which of its states the floor's JVM happened to land in. Three forks (JMH's
   * own default is five) average that out at three times the running time.
   */
  static final int DEFAULT_FORKS = 3;

  /** Parses {@code args}; throws {@link IllegalArgumentException} with the usage on anything unknown. */
  static BenchOptions parse(String... args) {
    boolean quick = false;
    String only = ".*";
    boolean jmh = true;
    boolean cpu = true;
    int forks = 0;
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
        case "--forks" -> {
          if (++i >= args.length) {
            throw new IllegalArgumentException("--forks needs a value; " + USAGE);
          }
          forks = positive(args[i]);
        }
        default -> throw new IllegalArgumentException("unknown option " + args[i] + "; " + USAGE);
      }
    }
    return new BenchOptions(quick, only, jmh, cpu, forks);
  }

  private static int positive(String value) {
    try {
      int n = Integer.parseInt(value);
      if (n >= 1) {
        return n;
      }
    } catch (NumberFormatException e) {
      // reported below, as for a number below one
    }
    throw new IllegalArgumentException("--forks needs a whole number of at least 1, not '" + value + "'; " + USAGE);
  }

  /** JMH forks: as given, else 1 for a quick run and {@link #DEFAULT_FORKS} for a full one. */
  int jmhForks() {
    return forks > 0 ? forks : quick ? 1 : DEFAULT_FORKS;
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
