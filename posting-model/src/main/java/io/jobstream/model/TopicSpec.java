package io.jobstream.model;

import java.util.Map;
import java.util.Objects;

/**
 * A topic's name and the settings it is created with; immutable.
 *
 * @param name topic name
 * @param partitions partitions when created by jobstream
 * @param configs topic-level configs ({@code cleanup.policy}, {@code max.message.bytes}, ...)
 */
public record TopicSpec(String name, int partitions, Map<String, String> configs) {
  public TopicSpec {
    Objects.requireNonNull(name, "name");
    if (partitions < 1) {
      throw new IllegalArgumentException("partitions must be >= 1, was " + partitions);
    }
    configs = Map.copyOf(configs);
  }
}
