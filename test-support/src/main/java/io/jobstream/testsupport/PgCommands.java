package io.jobstream.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.UserPrincipal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Finds the PostgreSQL server programs and runs them, as the {@code postgres} OS user when this
 * JVM is root: PostgreSQL refuses to run as root. Package-private; not thread-safe.
 */
final class PgCommands {
  private static final Path DEBIAN_ROOT = Path.of("/usr/lib/postgresql");
  private static final String OS_USER = "postgres";

  private final Path binDir;
  private final boolean asRoot;

  private PgCommands(Path binDir, boolean asRoot) {
    this.binDir = binDir;
    this.asRoot = asRoot;
  }

  /**
   * Locates {@code initdb} and {@code pg_ctl}.
   *
   * @throws IllegalStateException when no PostgreSQL server is installed, saying how to install it
   */
  static PgCommands locate() {
    Path bin = newestDebianBin();
    if (bin == null) {
      bin = onPath("initdb");
    }
    if (bin == null) {
      throw new IllegalStateException(
          "No PostgreSQL server programs found (looked for initdb under /usr/lib/postgresql/*/bin"
              + " and on PATH). Install them with: apt-get install -y postgresql"
              + " -- or point the tests at a server with JOBSTREAM_TEST_PG_URL,"
              + " JOBSTREAM_TEST_PG_USER and JOBSTREAM_TEST_PG_PASSWORD.");
    }
    return new PgCommands(bin, isRoot());
  }

  /** Hands {@code dir} (and anything in it) to the postgres user when running as root. */
  void chownForServer(Path dir) throws IOException {
    if (!asRoot) {
      return;
    }
    UserPrincipal owner =
        dir.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName(OS_USER);
    try (Stream<Path> all = Files.walk(dir)) {
      for (Path p : (Iterable<Path>) all::iterator) {
        Files.setOwner(p, owner);
      }
    }
  }

  /**
   * Runs one server program to completion, its output appended to {@code log}.
   *
   * @throws IllegalStateException when it fails or times out, with the tail of its output
   */
  void run(Path log, String program, String... args) {
    List<String> cmd = new ArrayList<>();
    if (asRoot) {
      cmd.addAll(List.of("runuser", "-u", OS_USER, "--"));
    }
    cmd.add(binDir.resolve(program).toString());
    cmd.addAll(List.of(args));
    try {
      Process p =
          new ProcessBuilder(cmd)
              .redirectErrorStream(true)
              .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
              .start();
      if (!p.waitFor(120, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        throw new IllegalStateException(program + " timed out; output:\n" + tail(log));
      }
      if (p.exitValue() != 0) {
        throw new IllegalStateException(
            program + " exited with " + p.exitValue() + "; output:\n" + tail(log));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot run " + cmd, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while running " + program, e);
    }
  }

  private static Path newestDebianBin() {
    if (!Files.isDirectory(DEBIAN_ROOT)) {
      return null;
    }
    try (Stream<Path> versions = Files.list(DEBIAN_ROOT)) {
      return versions
          .map(v -> v.resolve("bin"))
          .filter(b -> Files.isExecutable(b.resolve("initdb")) && Files.isExecutable(b.resolve("pg_ctl")))
          // Numeric order, so that 16 sorts after 9.6.
          .max(Comparator.comparingDouble(b -> versionOf(b.getParent().getFileName().toString())))
          .orElse(null);
    } catch (IOException e) {
      return null;
    }
  }

  private static double versionOf(String name) {
    try {
      return Double.parseDouble(name);
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  private static Path onPath(String program) {
    String path = System.getenv("PATH");
    if (path == null) {
      return null;
    }
    for (String dir : path.split(java.io.File.pathSeparator)) {
      Path bin = Path.of(dir);
      if (Files.isExecutable(bin.resolve(program)) && Files.isExecutable(bin.resolve("pg_ctl"))) {
        return bin;
      }
    }
    return null;
  }

  private static boolean isRoot() {
    try {
      return Integer.valueOf(0).equals(Files.getAttribute(Path.of("/proc/self"), "unix:uid"));
    } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
      return "root".equals(System.getProperty("user.name"));
    }
  }

  static String tail(Path log) {
    try {
      List<String> lines = Files.readAllLines(log);
      return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
    } catch (IOException e) {
      return "(no output: " + e.getMessage() + ")";
    }
  }
}
