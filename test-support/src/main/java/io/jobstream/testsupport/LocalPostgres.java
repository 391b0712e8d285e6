package io.jobstream.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A real PostgreSQL server for tests: a throwaway local one, or the server named by {@code
 * JOBSTREAM_TEST_PG_URL} (with {@code JOBSTREAM_TEST_PG_USER} and {@code _PASSWORD}).
 *
 * <p>A local server gets a fresh data directory under {@code /tmp}, listens on a free loopback
 * port with password authentication, runs with {@code fsync=off} (tests need no crash safety), and
 * is stopped and deleted by {@link #close()} or, failing that, at JVM exit. When the JVM runs as
 * root the server programs run as the {@code postgres} OS user. A missing PostgreSQL installation
 * is an error, never a skipped test. Thread-safe: {@link #newDatabase} may be called concurrently.
 */
public final class LocalPostgres implements AutoCloseable {
  /** Environment variable naming an existing server to use instead of a local one. */
  public static final String URL_ENV = "JOBSTREAM_TEST_PG_URL";

  private static final Pattern DB_NAME = Pattern.compile("[a-z_][a-z0-9_]{0,62}");
  private static final Pattern URL_PARTS = Pattern.compile("(jdbc:postgresql://[^/?]*/)([^?]*)(\\?.*)?");
  private static final String DEFAULT_DB = "jobstream_test";

  private final String jdbcUrl;
  private final String user;
  private final String password;
  private final Path baseDir;
  private final PgCommands commands;
  private final String serverOptions;
  private final Thread exitHook;

  private LocalPostgres(String jdbcUrl, String user, String password, Path baseDir, PgCommands commands,
      String serverOptions) {
    this.jdbcUrl = jdbcUrl;
    this.user = user;
    this.password = password;
    this.baseDir = baseDir;
    this.commands = commands;
    this.serverOptions = serverOptions;
    this.exitHook = baseDir == null ? null : new Thread(this::stopAndDelete, "local-postgres-stop");
    if (exitHook != null) {
      Runtime.getRuntime().addShutdownHook(exitHook);
    }
  }

  /**
   * Starts a local server, or connects to the one named by {@value #URL_ENV}.
   *
   * @throws IllegalStateException when PostgreSQL is not installed or does not start
   */
  public static LocalPostgres start() {
    return start(System.getenv());
  }

  /** As {@link #start()}, reading the {@code JOBSTREAM_TEST_PG_*} variables from {@code env}. */
  public static LocalPostgres start(Map<String, String> env) {
    String external = env.get(URL_ENV);
    if (external != null && !external.isBlank()) {
      return new LocalPostgres(
          external, env.get("JOBSTREAM_TEST_PG_USER"), env.get("JOBSTREAM_TEST_PG_PASSWORD"), null, null, null);
    }
    PgCommands commands = PgCommands.locate();
    try {
      return startLocal(commands);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot prepare a local PostgreSQL server", e);
    }
  }

  private static LocalPostgres startLocal(PgCommands commands) throws IOException {
    // Under /tmp, not the build directory: the postgres user must be able to reach it.
    Path base = Files.createTempDirectory(Path.of("/tmp"), "jobstream-pg-");
    Path log = base.resolve("server.log");
    String user = "jobstream";
    String password = randomPassword();
    Path pwFile = base.resolve("pwfile");
    Files.writeString(pwFile, password + "\n");
    Files.createFile(log);
    commands.chownForServer(base);
    LocalPostgres pg = null;
    try {
      Path data = base.resolve("data");
      commands.run(log, "initdb", "-D", data.toString(), "-U", user, "--pwfile=" + pwFile,
          "--auth-local=trust", "--auth-host=scram-sha-256", "--no-sync", "-E", "UTF8", "--no-locale");
      String options = startOnFreePort(commands, base);
      int port = Integer.parseInt(options.split(" ")[1]);
      String url = "jdbc:postgresql://127.0.0.1:" + port + "/" + DEFAULT_DB;
      pg = new LocalPostgres(url, user, password, base, commands, options);
      pg.execute("postgres", "CREATE DATABASE " + DEFAULT_DB);
      return pg;
    } catch (RuntimeException e) {
      if (pg != null) {
        pg.close();
      } else {
        deleteTree(base);
      }
      throw e;
    }
  }

  /** Starts the server on a free port and returns its options; retries if the port is taken meanwhile. */
  private static String startOnFreePort(PgCommands commands, Path base) throws IOException {
    for (int attempt = 1; ; attempt++) {
      // fsync off loses nothing when only the server process dies (as in stopServer), only
      // when the machine does; synchronous_commit stays on so that a simulated outage is honest.
      String options = "-p " + freePort() + " -k " + base + " -c listen_addresses=127.0.0.1"
          + " -c fsync=off -c full_page_writes=off";
      try {
        pgCtlStart(commands, base, options);
        return options;
      } catch (IllegalStateException e) {
        if (attempt == 3) {
          throw e;
        }
      }
    }
  }

  private static void pgCtlStart(PgCommands commands, Path base, String options) {
    Path log = base.resolve("server.log");
    commands.run(log, "pg_ctl", "-D", base.resolve("data").toString(), "-l", log.toString(),
        "-o", options, "-w", "-t", "60", "start");
  }

  /** JDBC URL of this server's default, initially empty database. */
  public String jdbcUrl() {
    return jdbcUrl;
  }

  /** User to connect as; may be null for an external server that needs none. */
  public String user() {
    return user;
  }

  /** Password of {@link #user()}; may be null for an external server that needs none. */
  public String password() {
    return password;
  }

  /** A new connection to the database at {@code url} with this server's credentials. */
  public Connection connect(String url) throws SQLException {
    return DriverManager.getConnection(url, user, password);
  }

  /**
   * (Re)creates an empty database and returns its JDBC URL; an existing one of that name is
   * dropped first.
   *
   * @param name a lower-case SQL identifier, e.g. {@code store_test_7}
   * @throws IllegalArgumentException when {@code name} is not a plain identifier
   */
  public String newDatabase(String name) {
    if (!DB_NAME.matcher(name).matches()) {
      throw new IllegalArgumentException("database name must match " + DB_NAME + ": " + name);
    }
    // Identifiers cannot be bound as parameters; the pattern above keeps this injection-free.
    execute(null, "DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
    execute(null, "CREATE DATABASE " + name);
    return withDatabase(jdbcUrl, name);
  }

  /**
   * Stops the local server abruptly but keeps its data, to simulate a database outage; {@link
   * #startServer()} brings it back on the same port with the same data.
   *
   * @throws UnsupportedOperationException for an external server
   */
  public synchronized void stopServer() {
    requireLocal();
    commands.run(baseDir.resolve("server.log"), "pg_ctl", "-D", baseDir.resolve("data").toString(),
        "-m", "immediate", "-w", "stop");
  }

  /**
   * Starts the local server (again) and waits until it accepts connections.
   *
   * @throws UnsupportedOperationException for an external server
   */
  public synchronized void startServer() {
    requireLocal();
    pgCtlStart(commands, baseDir, serverOptions);
  }

  private void requireLocal() {
    if (baseDir == null) {
      throw new UnsupportedOperationException("cannot stop or start the external server " + jdbcUrl);
    }
  }

  /** Stops the local server and deletes its files; a no-op for an external server. */
  @Override
  public void close() {
    if (exitHook == null) {
      return;
    }
    try {
      Runtime.getRuntime().removeShutdownHook(exitHook);
    } catch (IllegalStateException alreadyExiting) {
      return; // the hook itself is stopping the server
    }
    stopAndDelete();
  }

  private synchronized void stopAndDelete() {
    if (!Files.exists(baseDir)) {
      return;
    }
    try {
      // Immediate: the data is thrown away, so there is nothing to checkpoint.
      if (Files.exists(baseDir.resolve("data").resolve("postmaster.pid"))) {
        commands.run(baseDir.resolve("server.log"), "pg_ctl", "-D", baseDir.resolve("data").toString(),
            "-m", "immediate", "-w", "stop");
      }
    } finally {
      deleteTree(baseDir);
    }
  }

  private void execute(String database, String sql) {
    String url = database == null ? jdbcUrl : withDatabase(jdbcUrl, database);
    try (Connection c = connect(url); Statement s = c.createStatement()) {
      s.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException("PostgreSQL at " + url + " failed: " + e.getMessage(), e);
    }
  }

  static String withDatabase(String url, String database) {
    Matcher m = URL_PARTS.matcher(url);
    if (!m.matches()) {
      throw new IllegalArgumentException("not a jdbc:postgresql://host/db URL: " + url);
    }
    return m.group(1) + database + (m.group(3) == null ? "" : m.group(3));
  }

  private static String randomPassword() {
    byte[] bytes = new byte[12];
    new SecureRandom().nextBytes(bytes);
    return HexFormat.of().formatHex(bytes);
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return s.getLocalPort();
    }
  }

  private static void deleteTree(Path dir) {
    try (Stream<Path> all = Files.walk(dir)) {
      all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // Best effort: a leftover temp directory must not fail a test run.
    }
  }

  @Override
  public String toString() {
    return "LocalPostgres[" + jdbcUrl + (baseDir == null ? ", external" : ", local") + "]";
  }
}
