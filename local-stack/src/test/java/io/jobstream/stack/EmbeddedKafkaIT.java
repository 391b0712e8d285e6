package io.jobstream.stack;

import static org.assertj.core.api.Assertions.assertThat;

import io.jobstream.model.Topics;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.config.ConfigResource;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Tag("integration")
@Timeout(120)
class EmbeddedKafkaIT {
  @Test
  void shouldStartABrokerAndCreateThePipelineTopicsWithTheirSettings() throws Exception {
    try (EmbeddedKafka kafka = EmbeddedKafka.start();
        Admin admin = kafka.admin()) {
      assertThat(TopicSetup.ensure(admin, Topics.all(), (short) 1))
          .containsExactlyInAnyOrder("postings.raw", "postings.enriched", "postings.dlq");
      assertThat(TopicSetup.ensure(admin, Topics.all(), (short) 1)).isEmpty();

      Map<String, TopicDescription> topics =
          admin.describeTopics(java.util.List.of("postings.raw")).allTopicNames().get();
      assertThat(topics.get("postings.raw").partitions()).hasSize(Topics.RAW.partitions());
      ConfigResource enriched = new ConfigResource(ConfigResource.Type.TOPIC, "postings.enriched");
      String policy =
          admin.describeConfigs(java.util.List.of(enriched)).all().get().get(enriched)
              .get("cleanup.policy").value();
      assertThat(policy).isEqualTo("compact");
    }
  }
}
