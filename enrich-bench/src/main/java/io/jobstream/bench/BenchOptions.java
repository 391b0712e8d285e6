package io.jobstream.bench;

/**
 * {@link BenchMain}'s command line.
 *
 * @param quick short runs for development: JMH 1 warm-up and 2 measured iterations of 1 s, 2+3 CPU rounds
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

  /** Unmeasured CPU rounds before the measured ones. */
  int cpuWarmups() {
    return quick ? 2 : 5;
  }

  /** Measured CPU rounds (each runs every pass once over the whole set). */
  int cpuRounds() {
    return quick ? 3 : 15;
  }
}
