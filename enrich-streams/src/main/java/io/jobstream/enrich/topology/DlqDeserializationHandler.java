package io.jobstream.enrich.topology;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.apache.kafka.streams.errors.LogAndContinueExceptionHandler;

/**
 * A record whose key or value cannot be read goes to the dead-letter queue and processing
 * continues. Kafka Streams builds the DLQ record and its {@code __streams.errors.*} headers; this
 * adds the stage.
 */
public class DlqDeserializationHandler extends LogAndContinueExceptionHandler {
  @Override
  public Response handleError(
      ErrorHandlerContext context, ConsumerRecord<byte[], byte[]> record, Exception exception) {
    Response response = super.handleError(context, record, exception);
    DlqStage.tag(response.deadLetterQueueRecords(), DlqStage.DESERIALIZE, record.headers());
    return response;
  }
}
