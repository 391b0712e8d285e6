package io.jobstream.stack;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import kafka.server.BrokerServer;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.security.auth.SecurityProtocol;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.test.TestKitNodes;

/**
 * A real single-node KRaft Kafka cluster running inside this JVM, built from Kafka's own
 * KafkaClusterTestKit: the same broker code as a production cluster, with no Docker and no
 * separate install. One node is both controller and broker.
 */
public final class EmbeddedKafka implements AutoCloseable {
  private static final int MAX_MESSAGE_BYTES = 8 * 1024 * 1024;
  private final KafkaClusterTestKit cluster;

  private EmbeddedKafka(KafkaClusterTestKit cluster) {
    this.cluster = cluster;
  }

  /**
   * Formats and starts a cluster whose logs live under {@code baseDir} (or a temporary folder
   * when null), waiting until the broker serves requests.
   *
   * @param brokerProps extra broker settings, e.g. listeners for SASL
   */
  public static EmbeddedKafka start(Path baseDir, Map<String, String> brokerProps) throws Exception {
    return start(baseDir, brokerProps, SecurityProtocol.PLAINTEXT);
  }

  /**
   * As {@link #start(Path, Map)}, with the client listener speaking {@code protocol}, e.g.
   * {@code SASL_PLAINTEXT}; {@code brokerProps} then carry the listener's SASL settings.
   */
  public static EmbeddedKafka start(Path baseDir, Map<String, String> brokerProps, SecurityProtocol protocol)
      throws Exception {
    TestKitNodes.Builder nodes =
        new TestKitNodes.Builder().setCombined(true).setNumBrokerNodes(1).setNumControllerNodes(1)
            .setBrokerSecurityProtocol(protocol);
    if (baseDir != null) {
      nodes.setBaseDirectory(baseDir);
    }
    KafkaClusterTestKit.Builder builder =
        new KafkaClusterTestKit.Builder(nodes.build())
            // A caller-given folder is kept for inspection; a temporary one is removed.
            .setDeleteOnClose(baseDir == null)
            // Single node: internal topics and transactions must not wait for replicas.
            .setConfigProp("offsets.topic.replication.factor", "1")
            .setConfigProp("transaction.state.log.replication.factor", "1")
            .setConfigProp("transaction.state.log.min.isr", "1")
            .setConfigProp("group.initial.rebalance.delay.ms", "0")
            .setConfigProp("message.max.bytes", String.valueOf(MAX_MESSAGE_BYTES))
            .setConfigProp("replica.fetch.max.bytes", String.valueOf(MAX_MESSAGE_BYTES))
            .setConfigProp("auto.create.topics.enable", "false");
    brokerProps.forEach(builder::setConfigProp);
    KafkaClusterTestKit cluster = builder.build();
    try {
      formatQuietly(cluster);
      cluster.startup();
      cluster.waitForReadyBrokers();
    } catch (Exception e) {
      cluster.close();
      throw e;
    }
    return new EmbeddedKafka(cluster);
  }

  /** Formats the storage; the test kit prints its bootstrap metadata to stdout, which we hide. */
  private static void formatQuietly(KafkaClusterTestKit cluster) throws Exception {
    PrintStream out = System.out;
    synchronized (System.class) {
      System.setOut(new PrintStream(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8));
      try {
        cluster.format();
      } finally {
        System.setOut(out);
      }
    }
  }

  /** A cluster in a temporary folder, removed on close. */
  public static EmbeddedKafka start() throws Exception {
    return start(null, Map.of());
  }

  /** Address clients connect to, host:port. */
  public String bootstrapServers() {
    return cluster.bootstrapServers();
  }

  /** The cluster's id, fixed when its storage was formatted. */
  public String clusterId() {
    return cluster.nodes().clusterId();
  }

  /**
   * Stops the broker (the controller stays up) and starts it again in place, on the same port and
   * log folders, waiting until it serves requests: what clients see when a broker restarts.
   */
  public void restartBroker() throws Exception {
    for (BrokerServer broker : cluster.brokers().values()) {
      broker.shutdown();
      broker.awaitShutdown();
      broker.startup();
    }
    cluster.waitForReadyBrokers();
  }

  /** A new admin client for this cluster; the caller closes it. */
  public Admin admin() {
    return Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers()));
  }

  @Override
  public void close() throws Exception {
    cluster.close();
  }
}
