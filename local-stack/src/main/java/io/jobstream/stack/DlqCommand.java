package io.jobstream.stack;

import io.jobstream.model.RawHeaders;
import io.jobstream.model.Topics;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.Future;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeaders;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code dlq}: look at the dead-letter queue and replay its records once their cause is fixed.
 *
 * <p>{@code list} prints every committed DLQ record; {@code replay} publishes the chosen ones to
 * {@code postings.raw} with their original key, bytes and raw headers. Only records that came
 * from the raw topic are replayed; sink-stage records (an enriched posting the database refused)
 * are skipped and counted, since publishing enriched JSON as a raw page would be wrong.
 *
 * <p>Replay is at-least-once per invocation: the producer is idempotent, so a retried send is not
 * duplicated, but running {@code replay} twice publishes twice. That is harmless downstream (the
 * same page yields the same posting id, and the sink upserts), and {@code --from-offset} lets an
 * operator resume where a previous replay stopped.
 */
@Command(
    name = "dlq",
    mixinStandardHelpOptions = true,
    description = "List or replay the dead-letter queue (postings.dlq).",
    subcommands = {DlqCommand.ListCommand.class, DlqCommand.ReplayCommand.class})
public final class DlqCommand implements Callable<Integer> {
  static final String EXCEPTION_HEADER = "__streams.errors.exception";
  static final String MESSAGE_HEADER = "__streams.errors.message";
  static final String TOPIC_HEADER = "__streams.errors.topic";
  /** Header a replayed record carries: where in the DLQ it came from, e.g. {@code postings.dlq-0@17}. */
  public static final String REPLAYED_FROM_HEADER = "jobstream.replayed-from";
  private static final List<String> RAW_HEADERS =
      List.of(RawHeaders.CONTENT_TYPE, RawHeaders.SOURCE, RawHeaders.FETCHED_AT, RawHeaders.URL);

  @Override
  public Integer call() {
    System.err.println("Give a subcommand: list or replay (see dlq --help).");
    return 2;
  }

  /** The options both subcommands share: where the cluster is, and the settings file. */
  static final class Connection {
    @Option(names = "--config", paramLabel = "FILE", description = "Properties file (bootstrap.servers, kafka.*).")
    Path configFile;

    @Option(names = "--bootstrap-servers", paramLabel = "HOST:PORT", description = "Kafka brokers.")
    String bootstrapServers;

    @Option(names = "--dlq-topic", description = "Dead-letter topic (default: postings.dlq).")
    String dlqTopic;

    DlqConfig config() {
      Map<String, Object> overrides = new HashMap<>();
      overrides.put(DlqConfig.BOOTSTRAP_SERVERS, bootstrapServers);
      overrides.put(DlqConfig.DLQ_TOPIC, dlqTopic);
      return DlqConfig.load(configFile, System.getenv(), overrides);
    }
  }

  /** {@code dlq list}: one line per dead-letter record. */
  @Command(name = "list", mixinStandardHelpOptions = true,
      description = "Print partition/offset, stage, exception, message and key of each DLQ record.")
  static final class ListCommand implements Callable<Integer> {
    @Mixin Connection connection;

    @Option(names = "--from-offset", defaultValue = "0", description = "First offset to show (default: 0).")
    long fromOffset;

    @Override
    public Integer call() {
      List<ConsumerRecord<byte[], byte[]>> records = read(connection.config(), fromOffset);
      PrintStream out = System.out;
      for (ConsumerRecord<byte[], byte[]> r : records) {
        out.printf("%d/%d\tstage=%s\texception=%s\tmessage=%s\tkey=%s%n", r.partition(), r.offset(),
            header(r, Topics.STAGE_HEADER), header(r, EXCEPTION_HEADER), oneLine(header(r, MESSAGE_HEADER)),
            shownKey(r.key()));
      }
      out.printf("%d dead-letter records%n", records.size());
      return 0;
    }
  }

  /** {@code dlq replay}: publish chosen DLQ records back to the raw topic. */
  @Command(name = "replay", mixinStandardHelpOptions = true,
      description = "Re-publish DLQ records to postings.raw with their original key, bytes and headers.")
  static final class ReplayCommand implements Callable<Integer> {
    @Mixin Connection connection;

    @Option(names = "--stage", description = "Only records of this stage (deserialize, enrich, produce).")
    String stage;

    @Option(names = "--from-offset", defaultValue = "0", description = "First DLQ offset to replay (default: 0).")
    long fromOffset;

    @Option(names = "--limit", defaultValue = "2147483647", description = "Replay at most this many.")
    int limit;

    @Override
    public Integer call() throws Exception {
      Result result = replay(connection.config(), stage, fromOffset, limit);
      System.out.printf("replayed %d records to %s (%d skipped: not from %s)%n",
          result.replayed(), connection.config().rawTopic(), result.skipped(), connection.config().rawTopic());
      return 0;
    }
  }

  /** How many records a replay published, and how many it passed over. */
  public record Result(int replayed, int skipped) {}

  /**
   * Replays the committed DLQ records at or after {@code fromOffset} whose stage matches (any
   * when null), at most {@code limit}; returns once the broker has acknowledged each one.
   */
  public static Result replay(DlqConfig config, String stage, long fromOffset, int limit) throws Exception {
    int skipped = 0;
    List<Future<RecordMetadata>> sent = new ArrayList<>();
    try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(config.producerProperties())) {
      for (ConsumerRecord<byte[], byte[]> r : read(config, fromOffset)) {
        if (sent.size() >= limit) {
          break;
        }
        if (stage != null && !stage.equals(header(r, Topics.STAGE_HEADER))) {
          continue;
        }
        String origin = header(r, TOPIC_HEADER);
        if (origin != null && !origin.equals(config.rawTopic())) {
          skipped++;
          continue;
        }
        sent.add(producer.send(toRaw(config.rawTopic(), r)));
      }
      producer.flush();
      for (Future<RecordMetadata> f : sent) {
        f.get();
      }
    }
    return new Result(sent.size(), skipped);
  }

  /** The raw record a DLQ record came from: same key and bytes, the raw headers it carried. */
  static ProducerRecord<byte[], byte[]> toRaw(String rawTopic, ConsumerRecord<byte[], byte[]> dead) {
    RecordHeaders headers = new RecordHeaders();
    for (String name : RAW_HEADERS) {
      Header h = dead.headers().lastHeader(name);
      if (h != null) {
        headers.add(name, h.value());
      }
    }
    String from = dead.topic() + "-" + dead.partition() + "@" + dead.offset();
    headers.add(REPLAYED_FROM_HEADER, from.getBytes(StandardCharsets.UTF_8));
    return new ProducerRecord<>(rawTopic, null, null, dead.key(), dead.value(), headers);
  }

  /** Every committed record of the DLQ from {@code fromOffset} up to its end as of now, in offset order. */
  static List<ConsumerRecord<byte[], byte[]>> read(DlqConfig config, long fromOffset) {
    List<ConsumerRecord<byte[], byte[]>> out = new ArrayList<>();
    try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(config.consumerProperties())) {
      List<TopicPartition> partitions = consumer.partitionsFor(config.dlqTopic()).stream()
          .map(p -> new TopicPartition(p.topic(), p.partition()))
          .toList();
      consumer.assign(partitions);
      // With read_committed the end offsets are the last stable offsets: nothing in flight is read.
      Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
      for (TopicPartition tp : partitions) {
        consumer.seek(tp, Math.max(fromOffset, 0));
      }
      while (partitions.stream().anyMatch(tp -> consumer.position(tp) < end.get(tp))) {
        for (ConsumerRecord<byte[], byte[]> r : consumer.poll(Duration.ofMillis(500))) {
          if (r.offset() < end.get(new TopicPartition(r.topic(), r.partition()))) {
            out.add(r);
          }
        }
      }
    }
    out.sort((a, b) -> a.partition() != b.partition()
        ? Integer.compare(a.partition(), b.partition()) : Long.compare(a.offset(), b.offset()));
    return out;
  }

  static String header(ConsumerRecord<byte[], byte[]> r, String name) {
    Header h = r.headers().lastHeader(name);
    return h == null || h.value() == null ? null : new String(h.value(), StandardCharsets.UTF_8);
  }

  /** The key as text when it is UTF-8, else as hex; {@code null} for none. */
  static String shownKey(byte[] key) {
    if (key == null) {
      return "null";
    }
    try {
      return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(key)).toString();
    } catch (CharacterCodingException e) {
      return "0x" + HexFormat.of().formatHex(key);
    }
  }

  private static String oneLine(String s) {
    if (s == null) {
      return null;
    }
    String flat = s.replaceAll("\\s+", " ");
    return flat.length() > 200 ? flat.substring(0, 200) + "..." : flat;
  }
}
