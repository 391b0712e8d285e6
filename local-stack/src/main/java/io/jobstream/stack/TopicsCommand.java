package io.jobstream.stack;

import io.jobstream.model.TopicSpec;
import io.jobstream.model.Topics;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code topics}: creates the pipeline's topics on a cluster with their declared settings. */
@Command(
    name = "topics",
    mixinStandardHelpOptions = true,
    description = "Create postings.raw, postings.enriched and postings.dlq where missing.")
public final class TopicsCommand implements Callable<Integer> {
  @Option(names = "--bootstrap-servers", defaultValue = "localhost:9092",
      description = "Kafka brokers (default: ${DEFAULT-VALUE}).")
  String bootstrapServers;

  @Option(names = "--replication-factor", defaultValue = "1",
      description = "Replicas per partition; 3 on a production cluster (default: ${DEFAULT-VALUE}).")
  short replication;

  @Override
  public Integer call() throws Exception {
    try (Admin admin =
        Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
      Set<String> created = TopicSetup.ensure(admin, Topics.all(), replication);
      for (TopicSpec spec : Topics.all()) {
        System.out.printf(
            "%-18s %s%n", spec.name(), created.contains(spec.name()) ? "created" : "exists");
      }
    }
    return 0;
  }
}
