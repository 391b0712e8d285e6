package io.jobstream.stack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.read.ListAppender;
import io.jobstream.enrich.topology.EnrichConfig;
import io.jobstream.enrich.topology.EnrichService;
import io.jobstream.ingest.PagePublisher;
import io.jobstream.ingest.PublishConfig;
import io.jobstream.model.RawPage;
import io.jobstream.model.Topics;
import io.jobstream.sink.SinkConfig;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.common.errors.SaslAuthenticationException;
import org.apache.kafka.common.security.auth.SecurityProtocol;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/**
 * The broker speaks SASL_PLAINTEXT with PLAIN, and the publisher, the Streams app and the sink
 * reach it through nothing but {@code kafka.security.protocol}, {@code kafka.sasl.mechanism} and
 * {@code kafka.sasl.jaas.config}; the password shows up in no toString, log line or error.
 */
@Tag("integration")
@Timeout(180)
class SecureKafkaIT {
  private static final String PASSWORD = "S3cret-PW-for-jobstream-9f2";
  private static final String WRONG_PASSWORD = "Wr0ng-PW-zz9-not-this";
  private static final String URL = "https://jobs.example.org/secure/field-organizer";
  @TempDir Path dir;
  private final ListAppender<ILoggingEvent> logs = new ListAppender<>();
  private final Map<String, Level> levels = new HashMap<>();

  @BeforeEach
  void captureLogs() {
    LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
    logs.setContext(context);
    logs.start();
    context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).addAppender(logs);
    // Client configs ("ProducerConfig values: ...") are logged at INFO: listen where a leak would be.
    for (String name : List.of("org.apache.kafka", "io.jobstream", "kafka")) {
      ch.qos.logback.classic.Logger logger = context.getLogger(name);
      levels.put(name, logger.getLevel());
      logger.setLevel(Level.INFO);
    }
  }

  @AfterEach
  void restoreLogs() {
    LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
    context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).detachAppender(logs);
    levels.forEach((name, level) -> context.getLogger(name).setLevel(level));
  }

  @Test
  void shouldCarryAPageEndToEndOverSaslWithoutEverShowingThePassword() throws Exception {
    try (EmbeddedKafka kafka = EmbeddedKafka.start(null, brokerSasl(), SecurityProtocol.SASL_PLAINTEXT)) {
      String bs = kafka.bootstrapServers();
      Map<String, Object> client = clientSasl(PASSWORD);
      try (Admin admin = Admin.create(withBootstrap(bs, client))) {
        TopicSetup.ensure(admin, Topics.all(), (short) 1);
      }
      LocalStack.Database db = LocalStack.Database.sqlite(dir.resolve("secure.db"));
      SinkConfig sinkConfig = Rig.sinkConfig(bs, db, "sink-secure", prefixed(client));
      EnrichConfig enrichConfig = enrichConfig(bs, "jobstream-enrich-secure", client);
      PublishConfig publishConfig = publishConfig(bs, client);
      try (Rig.Sink sink = new Rig.Sink(sinkConfig);
          EnrichService enrich = EnrichService.start(enrichConfig);
          PagePublisher publisher = PagePublisher.create(publishConfig)) {
        publisher.publishAndWait(page());
        Rig.await(() -> rows(db) == 1, Duration.ofSeconds(90), "the page stored as a row over SASL");
        assertThat(sink.died).isNull();
      }
      for (Object config : List.of(sinkConfig, enrichConfig, publishConfig,
          DlqConfig.load(null, Map.of(), withBootstrap(bs, prefixed(client))))) {
        assertThat(config.toString()).doesNotContain(PASSWORD).contains("[hidden]");
      }

      // The wrong password: each service fails to authenticate and says so without quoting it.
      Map<String, Object> wrong = clientSasl(WRONG_PASSWORD);
      try (PagePublisher publisher = PagePublisher.create(publishConfig(bs, wrong))) {
        assertThatThrownBy(() -> publisher.publishAndWait(page()))
            .isInstanceOf(ExecutionException.class)
            .hasRootCauseInstanceOf(SaslAuthenticationException.class)
            .satisfies(e -> assertThat(chain(e)).doesNotContain(WRONG_PASSWORD).doesNotContain(PASSWORD));
      }
      LocalStack.Database other = LocalStack.Database.sqlite(dir.resolve("wrong.db"));
      try (Rig.Sink sink = new Rig.Sink(Rig.sinkConfig(bs, other, "sink-wrong", prefixed(wrong)));
          EnrichService enrich = EnrichService.start(enrichConfig(bs, "jobstream-enrich-wrong", wrong))) {
        Rig.await(() -> sink.died != null, Duration.ofSeconds(60), "the sink to give up on a wrong password");
        assertThat(chain(sink.died)).contains("Authentication failed").doesNotContain(WRONG_PASSWORD);
        Thread.sleep(2000);
      }
    }
    // Client threads may still be logging: copy under the appender's own lock (doAppend holds it).
    List<ILoggingEvent> seen;
    synchronized (logs) {
      seen = new ArrayList<>(logs.list);
    }
    assertThat(seen).as("captured log events").isNotEmpty();
    assertThat(seen.stream().anyMatch(e -> e.getFormattedMessage().contains("sasl.jaas.config")))
        .as("the client configs were logged, so the check below has teeth").isTrue();
    for (ILoggingEvent event : seen) {
      String text = event.getFormattedMessage()
          + (event.getThrowableProxy() == null ? "" : ThrowableProxyUtil.asString(event.getThrowableProxy()));
      assertThat(text).as("log line of %s", event.getLoggerName())
          .doesNotContain(PASSWORD).doesNotContain(WRONG_PASSWORD);
    }
  }

  /**
   * The broker's SASL listener. The test kit turns on an authorizer for a SASL cluster; its
   * controller listener stays PLAINTEXT (principal ANONYMOUS), so that principal and the broker's
   * own user are super users, and other users may do what no ACL forbids.
   */
  private static Map<String, String> brokerSasl() {
    return Map.of(
        "sasl.enabled.mechanisms", "PLAIN",
        "sasl.mechanism.inter.broker.protocol", "PLAIN",
        "listener.name.external.plain.sasl.jaas.config",
        "org.apache.kafka.common.security.plain.PlainLoginModule required username=\"broker\""
            + " password=\"broker-pw\" user_broker=\"broker-pw\" user_jobstream=\"" + PASSWORD + "\";",
        "super.users", "User:ANONYMOUS;User:broker",
        "allow.everyone.if.no.acl.found", "true");
  }

  private static Map<String, Object> clientSasl(String password) {
    return Map.of(
        "security.protocol", "SASL_PLAINTEXT",
        "sasl.mechanism", "PLAIN",
        "sasl.jaas.config", "org.apache.kafka.common.security.plain.PlainLoginModule required"
            + " username=\"jobstream\" password=\"" + password + "\";");
  }

  private static Map<String, Object> prefixed(Map<String, Object> client) {
    Map<String, Object> out = new HashMap<>();
    client.forEach((k, v) -> out.put("kafka." + k, v));
    return out;
  }

  private static Map<String, Object> withBootstrap(String bs, Map<String, Object> props) {
    Map<String, Object> out = new HashMap<>(props);
    out.put("bootstrap.servers", bs);
    return out;
  }

  private EnrichConfig enrichConfig(String bs, String applicationId, Map<String, Object> client) {
    Map<String, Object> props = prefixed(client);
    props.put(EnrichConfig.BOOTSTRAP_SERVERS, bs);
    props.put(EnrichConfig.APPLICATION_ID, applicationId);
    props.put(EnrichConfig.STATE_DIR, dir.resolve(applicationId).toString());
    return new EnrichConfig(props);
  }

  private static PublishConfig publishConfig(String bs, Map<String, Object> client) {
    Map<String, Object> props = prefixed(client);
    props.put(PublishConfig.BOOTSTRAP_SERVERS, bs);
    props.put(PublishConfig.TIMEOUT_MS, 15_000);
    return new PublishConfig(props);
  }

  private static RawPage page() {
    String html = "<html><head><title>Field Organizer</title></head><body><h1>Field Organizer</h1>"
        + "<p>Example Workers Union is hiring in Columbus, OH. Salary: $60,000 - $70,000 per year.</p></body></html>";
    return new RawPage(URL, html.getBytes(StandardCharsets.UTF_8), "text/html; charset=utf-8", "secure-it",
        Instant.parse("2026-11-25T10:00:00Z"));
  }

  private static long rows(LocalStack.Database db) {
    try (Connection c = DriverManager.getConnection(db.url());
        PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM postings WHERE url = ?")) {
      ps.setString(1, URL);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? rs.getLong(1) : 0;
      }
    } catch (Exception e) {
      return -1;
    }
  }

  /** Every message and toString along an exception's cause chain. */
  private static String chain(Throwable t) {
    StringBuilder sb = new StringBuilder();
    for (Throwable c = t; c != null; c = c.getCause()) {
      sb.append(c).append('\n');
    }
    return sb.toString();
  }
}
