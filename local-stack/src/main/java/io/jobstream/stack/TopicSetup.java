package io.jobstream.stack;

import io.jobstream.model.TopicSpec;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.TopicExistsException;

/** Creates the pipeline's topics with their declared settings, leaving existing ones alone. */
public final class TopicSetup {
  private TopicSetup() {}

  /** Creates each missing topic; returns the names created. */
  public static Set<String> ensure(Admin admin, List<TopicSpec> specs, short replication)
      throws InterruptedException, ExecutionException {
    Set<String> existing = admin.listTopics().names().get();
    List<NewTopic> missing =
        specs.stream()
            .filter(s -> !existing.contains(s.name()))
            .map(s -> new NewTopic(s.name(), s.partitions(), replication).configs(s.configs()))
            .toList();
    try {
      admin.createTopics(missing).all().get();
    } catch (ExecutionException e) {
      // Another instance may have created it between our check and our request; that is fine.
      if (!(e.getCause() instanceof TopicExistsException)) {
        throw e;
      }
    }
    return Set.copyOf(missing.stream().map(NewTopic::name).toList());
  }
}
