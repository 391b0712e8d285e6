package io.jobstream.model;

import java.util.List;
import java.util.Map;

/** The three topics of the pipeline, declared once so that no two services can disagree. */
public final class Topics {
  /** Largest raw record accepted by default: 5 MiB. */
  public static final int DEFAULT_MAX_RAW_BYTES = 5 * 1024 * 1024;

  /** Header added to every DLQ record: the pipeline stage that failed. */
  public static final String STAGE_HEADER = "jobstream.stage";

  /** Raw pages as fetched; key = page URL or null. */
  public static final TopicSpec RAW =
      new TopicSpec(
          "postings.raw",
          3,
          Map.of(
              "cleanup.policy", "delete",
              // A little headroom over the payload limit for headers and batch overhead.
              "max.message.bytes", String.valueOf(DEFAULT_MAX_RAW_BYTES + 64 * 1024)));

  /** Enriched postings keyed by posting id; compacted to the latest version of each. */
  public static final TopicSpec ENRICHED =
      new TopicSpec("postings.enriched", 3, Map.of("cleanup.policy", "compact"));

  /** Records that could not be enriched or stored, original key and bytes, headers say why. */
  public static final TopicSpec DLQ =
      new TopicSpec(
          "postings.dlq",
          1,
          Map.of(
              "cleanup.policy", "delete",
              "max.message.bytes", String.valueOf(DEFAULT_MAX_RAW_BYTES + 256 * 1024)));

  private Topics() {}

  /** All three, in pipeline order. */
  public static List<TopicSpec> all() {
    return List.of(RAW, ENRICHED, DLQ);
  }
}
