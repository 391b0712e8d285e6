package io.jobstream.sink.store;

import java.util.Objects;

/**
 * Identifies a stored consumer position: a consumer group's partition of a topic. Kept free of
 * Kafka types so that the store does not depend on the client library.
 *
 * @param group consumer group id, not null
 * @param topic topic name, not null
 * @param partition partition number, at least 0
 */
public record OffsetKey(String group, String topic, int partition) {
  public OffsetKey {
    Objects.requireNonNull(group, "group");
    Objects.requireNonNull(topic, "topic");
    if (partition < 0) {
      throw new IllegalArgumentException("partition must be >= 0, was " + partition);
    }
  }
}
