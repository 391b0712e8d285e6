package io.jobstream.sink.consume;

import io.jobstream.model.EnrichedPosting;
import io.jobstream.sink.store.OffsetKey;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.ListIterator;
import java.util.Map;
import java.util.Objects;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;

/**
 * Records read but not yet stored, in the order they were read. Each entry carries the parsed
 * posting, or none for a record that only moves the offset on (a tombstone, or one already sent
 * to the DLQ). Not thread-safe: owned by the consumer thread.
 */
final class PendingBatch {
  /** One consumed record and what to store for it; {@code posting} null means offset only. */
  record Entry(ConsumerRecord<byte[], byte[]> record, EnrichedPosting posting) {
    Entry {
      Objects.requireNonNull(record, "record");
    }

    TopicPartition partition() {
      return new TopicPartition(record.topic(), record.partition());
    }

    Entry offsetOnly() {
      return new Entry(record, null);
    }
  }

  private final List<Entry> entries = new ArrayList<>();

  void add(ConsumerRecord<byte[], byte[]> record, EnrichedPosting posting) {
    entries.add(new Entry(record, posting));
  }

  boolean isEmpty() {
    return entries.isEmpty();
  }

  int size() {
    return entries.size();
  }

  void clear() {
    entries.clear();
  }

  /** The postings to upsert, in read order. */
  List<EnrichedPosting> postings() {
    return entries.stream().map(Entry::posting).filter(Objects::nonNull).toList();
  }

  /** Per partition, the offset after the last record in the batch: where to resume. */
  Map<OffsetKey, Long> nextOffsets(String group) {
    Map<OffsetKey, Long> out = new HashMap<>();
    for (Entry e : entries) {
      out.merge(key(group, e.record()), e.record().offset() + 1, Math::max);
    }
    return out;
  }

  /** Forgets the records of partitions this consumer no longer owns; their new owner re-reads them. */
  void dropPartitions(Collection<TopicPartition> lost) {
    entries.removeIf(e -> lost.contains(e.partition()));
  }

  /** Walks the entries in order, allowing each to be replaced or removed once handled. */
  ListIterator<Entry> iterator() {
    return entries.listIterator();
  }

  static OffsetKey key(String group, ConsumerRecord<?, ?> record) {
    return new OffsetKey(group, record.topic(), record.partition());
  }
}
