package io.jobstream.enrich.topology;

import io.jobstream.enrich.Enricher;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;

/** Builds the enrichment topology: raw pages in, enriched postings out, nothing else. */
public final class EnrichTopology {
  static final String SOURCE_NAME = "raw-pages";
  static final String ENRICH_NAME = "enrich";
  static final String SINK_NAME = "enriched-postings";

  private EnrichTopology() {}

  /** The topology for the given settings; the same method serves the app and its tests. */
  public static Topology build(EnrichConfig config, Enricher enricher) {
    StreamsBuilder builder = new StreamsBuilder();
    int maxPageBytes = config.maxPageBytes();
    Serde<String> urlKey = Serdes.serdeFrom(new StringSerializer(), new StrictUtf8Deserializer());
    builder.stream(
            config.rawTopic(), Consumed.with(urlKey, Serdes.ByteArray()).withName(SOURCE_NAME))
        .process(() -> new EnrichProcessor(enricher, maxPageBytes), Named.as(ENRICH_NAME))
        .to(
            config.enrichedTopic(),
            Produced.with(Serdes.String(), Serdes.ByteArray()).withName(SINK_NAME));
    return builder.build();
  }
}
