package io.jobstream.sink.consume;

import io.jobstream.model.EnrichedPosting;
import io.jobstream.model.PostingJson;
import io.jobstream.sink.SinkConfig;
import io.jobstream.sink.store.OffsetKey;
import io.jobstream.sink.store.PostingStore;
import io.jobstream.sink.store.SqlErrors;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.ListIterator;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads enriched postings and stores them with their offsets, one transaction per poll.
 *
 * <p>Positions come from the database, never from Kafka's committed offsets: on assignment each
 * partition is sought to its stored offset, or to the beginning. A record that cannot be parsed
 * or stored goes to the DLQ and the rest carry on. A transient database failure pauses the
 * partitions and retries the same batch with bounded exponential backoff for as long as the sink
 * runs, polling meanwhile so that the group keeps the consumer.
 *
 * <p>{@link #run()} must be called by one thread, which owns the Kafka clients; {@link
 * #shutdown()}, {@link #close()} and {@link #counters()} may be called from any thread. The store
 * is borrowed: the caller closes it after {@link #close()}.
 */
public final class SinkConsumer implements Runnable, AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(SinkConsumer.class);
  private static final long CLOSE_WAIT_SECONDS = 60;

  private final SinkConfig config;
  private final PostingStore store;
  private final Consumer<byte[], byte[]> consumer;
  private final DeadLetters deadLetters;
  private final SinkCounters counters = new SinkCounters();
  private final PendingBatch batch = new PendingBatch();
  private final Set<TopicPartition> unpositioned = new HashSet<>();
  private final Backoff backoff;
  private final AtomicBoolean running = new AtomicBoolean(true);
  private final AtomicBoolean started = new AtomicBoolean();
  private final AtomicBoolean clientsClosed = new AtomicBoolean();
  private final CountDownLatch stopped = new CountDownLatch(1);
  private Duration retryWait;
  private long failuresInARow;

  /** A sink with Kafka clients built from {@code config}; the DLQ producer is created on first use. */
  public SinkConsumer(SinkConfig config, PostingStore store) {
    this(config, store, new KafkaConsumer<>(ClientProperties.consumer(config)),
        () -> new KafkaProducer<>(ClientProperties.producer(config)));
  }

  /** A sink over given clients, e.g. {@code MockConsumer} and {@code MockProducer} in tests. */
  public SinkConsumer(SinkConfig config, PostingStore store, Consumer<byte[], byte[]> consumer,
      Producer<byte[], byte[]> dlqProducer) {
    this(config, store, consumer, () -> dlqProducer);
  }

  private SinkConsumer(SinkConfig config, PostingStore store, Consumer<byte[], byte[]> consumer,
      Supplier<Producer<byte[], byte[]>> dlqProducer) {
    this.config = Objects.requireNonNull(config, "config");
    this.store = Objects.requireNonNull(store, "store");
    this.consumer = Objects.requireNonNull(consumer, "consumer");
    this.deadLetters = new DeadLetters(dlqProducer, config.dlqTopic());
    this.backoff = new Backoff(config.retryBackoffMs(), config.retryBackoffMaxMs());
  }

  /** Live counts of rows written, records dead-lettered, tombstones and retries. */
  public SinkCounters counters() {
    return counters;
  }

  /**
   * Consumes until {@link #shutdown()} or {@link #close()}; closes the Kafka clients on return.
   *
   * @throws IllegalStateException when called twice
   * @throws org.apache.kafka.common.KafkaException when Kafka fails for good (e.g. the DLQ is unreachable)
   * @throws IllegalStateException when the database fails permanently for a reason other than a
   *     bad record (permissions, a missing table); nothing past the last stored batch is lost
   */
  @Override
  public void run() {
    if (!started.compareAndSet(false, true)) {
      throw new IllegalStateException("a SinkConsumer runs once");
    }
    try {
      consumer.subscribe(List.of(config.topic()), new Positioner());
      LOG.info("sink consuming {} into {} as group {}", config.topic(), store, config.groupId());
      while (running.get()) {
        step();
      }
    } catch (WakeupException e) {
      if (running.get()) {
        throw e;
      }
    } catch (RuntimeException e) {
      LOG.error("sink failed: {}", e.getMessage());
      throw e;
    } catch (Error e) {
      // A JVM or driver error ends the loop too; say so loudly, since nothing else will.
      LOG.error("sink failed with {}: {}", e.getClass().getName(), e.getMessage());
      throw e;
    } finally {
      if (!batch.isEmpty()) {
        LOG.info("stopping with {} unstored records; they will be read again on restart", batch.size());
      }
      closeClients();
      stopped.countDown();
      LOG.info("sink stopped: {}", counters);
    }
  }

  /** Asks {@link #run()} to stop soon; returns at once. Safe from any thread, e.g. a shutdown hook. */
  public void shutdown() {
    running.set(false);
    if (!clientsClosed.get()) {
      consumer.wakeup();
    }
  }

  /** Stops {@link #run()} and waits for it to finish (up to a minute); does not close the store. */
  @Override
  public void close() {
    shutdown();
    if (!started.get()) {
      closeClients();
      return;
    }
    try {
      if (!stopped.await(CLOSE_WAIT_SECONDS, TimeUnit.SECONDS)) {
        LOG.warn("sink did not stop within {} s", CLOSE_WAIT_SECONDS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void step() {
    positionUnpositioned();
    resumeWhenIdle();
    Duration wait = retryWait != null ? retryWait : Duration.ofMillis(config.pollTimeoutMs());
    for (ConsumerRecord<byte[], byte[]> record : consumer.poll(wait)) {
      accept(record);
    }
    if (!batch.isEmpty()) {
      flush();
    }
  }

  private void accept(ConsumerRecord<byte[], byte[]> record) {
    if (record.value() == null) {
      counters.addTombstone();
      batch.add(record, null);
      return;
    }
    try {
      EnrichedPosting posting = PostingJson.fromBytes(record.value());
      PostingStore.checkStorable(posting);
      batch.add(record, posting);
    } catch (RuntimeException e) {
      deadLetter(record, e);
      batch.add(record, null);
    }
  }

  private void flush() {
    try {
      List<EnrichedPosting> postings = batch.postings();
      store.writeBatch(postings, batch.nextOffsets(config.groupId()));
      counters.addWritten(postings.size());
      batch.clear();
      recovered();
    } catch (SQLException e) {
      if (SqlErrors.isTransient(e)) {
        scheduleRetry("store a batch of " + batch.size(), e);
      } else if (SqlErrors.isBadRecord(e)) {
        LOG.warn("batch of {} rejected ({}); storing record by record to isolate the bad ones",
            batch.size(), brief(e));
        isolate();
      } else {
        throw fatal(e);
      }
    }
  }

  /** Stores each entry alone; the ones the database rejects for good go to the DLQ. */
  private void isolate() {
    for (ListIterator<PendingBatch.Entry> it = batch.iterator(); it.hasNext(); ) {
      PendingBatch.Entry e = it.next();
      Map<OffsetKey, Long> next = Map.of(PendingBatch.key(config.groupId(), e.record()), e.record().offset() + 1);
      try {
        if (e.posting() != null) {
          try {
            store.writeBatch(List.of(e.posting()), next);
            counters.addWritten(1);
            it.remove();
            continue;
          } catch (SQLException rejected) {
            if (!SqlErrors.isBadRecord(rejected)) {
              throw rejected;
            }
            deadLetter(e.record(), rejected);
            it.set(e.offsetOnly()); // never dead-letter it twice, even if the next write fails
          }
        }
        store.writeBatch(List.of(), next);
        it.remove();
      } catch (SQLException failed) {
        if (!SqlErrors.isTransient(failed)) {
          throw fatal(failed);
        }
        scheduleRetry("store records one by one", failed);
        return;
      }
    }
    recovered();
  }

  private void deadLetter(ConsumerRecord<byte[], byte[]> record, Exception cause) {
    // Only the position and a short reason: messages may quote the payload.
    LOG.warn("dead-lettering {}-{}@{}: {}", record.topic(), record.partition(), record.offset(), brief(cause));
    deadLetters.send(record, cause);
    counters.addDeadLettered();
  }

  /** Seeks partitions assigned while the database was unreachable, once it answers again. */
  private void positionUnpositioned() {
    if (unpositioned.isEmpty()) {
      return;
    }
    try {
      Map<OffsetKey, Long> stored = store.committedOffsets(config.groupId(), config.topic());
      for (TopicPartition tp : unpositioned) {
        Long next = stored.get(new OffsetKey(config.groupId(), tp.topic(), tp.partition()));
        if (next == null) {
          consumer.seekToBeginning(List.of(tp));
        } else {
          consumer.seek(tp, next);
        }
      }
      LOG.info("positioned {} from stored offsets", unpositioned);
      unpositioned.clear();
      if (batch.isEmpty()) {
        recovered();
      }
    } catch (SQLException e) {
      if (!SqlErrors.isTransient(e)) {
        throw fatal(e);
      }
      consumer.pause(unpositioned);
      scheduleRetry("read stored offsets", e);
    }
  }

  /** Resumes paused partitions once nothing waits to be stored and every partition is positioned. */
  private void resumeWhenIdle() {
    if (!batch.isEmpty()) {
      return;
    }
    Set<TopicPartition> resumable = new HashSet<>(consumer.paused());
    resumable.removeAll(unpositioned);
    if (!resumable.isEmpty()) {
      consumer.resume(resumable);
    }
  }

  private void scheduleRetry(String what, SQLException e) {
    counters.addRetry();
    retryWait = backoff.next();
    // Paused partitions return nothing, so the next poll is the wait, and it keeps the group alive.
    consumer.pause(consumer.assignment());
    failuresInARow++;
    // Failures 1, 2, 4, 8...: an outage of hours stays readable in the log.
    if (Long.bitCount(failuresInARow) == 1) {
      LOG.warn("database unavailable ({} failures in a row), cannot {} ({}, SQLState {}); retrying in {} ms",
          failuresInARow, what, brief(e), e.getSQLState(), retryWait.toMillis());
    }
  }

  private void recovered() {
    if (retryWait != null) {
      LOG.info("database available again after {} failed attempts", failuresInARow);
    }
    failuresInARow = 0;
    retryWait = null;
    backoff.reset();
  }

  private void closeClients() {
    if (clientsClosed.compareAndSet(false, true)) {
      try {
        consumer.close();
      } finally {
        deadLetters.close();
      }
    }
  }

  /** A permanent failure that is not the data's fault: stop, store nothing more, dead-letter nothing. */
  private static IllegalStateException fatal(SQLException e) {
    return new IllegalStateException("database refuses the sink (" + brief(e) + ", SQLState " + e.getSQLState()
        + "); stopping without advancing offsets, fix the database and restart", e);
  }

  private static String brief(Exception e) {
    String m = SqlErrors.message(e);
    int nl = m.indexOf('\n');
    m = nl >= 0 ? m.substring(0, nl) : m;
    return e.getClass().getSimpleName() + ": " + (m.length() > 200 ? m.substring(0, 200) + "..." : m);
  }

  /** Positions newly assigned partitions from the database; forgets pending records of lost ones. */
  private final class Positioner implements ConsumerRebalanceListener {
    @Override
    public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
      unpositioned.addAll(partitions);
      positionUnpositioned();
    }

    @Override
    public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
      forget(partitions);
    }

    @Override
    public void onPartitionsLost(Collection<TopicPartition> partitions) {
      forget(partitions);
    }

    private void forget(Collection<TopicPartition> partitions) {
      batch.dropPartitions(partitions);
      unpositioned.removeAll(partitions);
    }
  }
}
