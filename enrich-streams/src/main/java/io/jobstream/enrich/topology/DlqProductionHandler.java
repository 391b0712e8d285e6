package io.jobstream.enrich.topology;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.streams.errors.DefaultProductionExceptionHandler;
import org.apache.kafka.streams.errors.ErrorHandlerContext;

/**
 * An enriched record the broker refuses for good (too large, invalid) sends its source page to
 * the dead-letter queue and processing goes on; retriable errors are still retried. The default
 * handler would fail the application instead, stopping the pipeline for one page.
 */
public class DlqProductionHandler extends DefaultProductionExceptionHandler {
  @Override
  public Response handleError(
      ErrorHandlerContext context, ProducerRecord<byte[], byte[]> record, Exception exception) {
    return resumeUnlessRetry(super.handleError(context, record, exception), context);
  }

  @Override
  @SuppressWarnings("rawtypes")
  public Response handleSerializationError(
      ErrorHandlerContext context,
      ProducerRecord record,
      Exception exception,
      SerializationExceptionOrigin origin) {
    return resumeUnlessRetry(super.handleSerializationError(context, record, exception, origin), context);
  }

  private static Response resumeUnlessRetry(Response response, ErrorHandlerContext context) {
    if (response.result() == Result.RETRY) {
      return response;
    }
    return Response.resume(DlqStage.tag(response.deadLetterQueueRecords(), DlqStage.PRODUCE, context.headers()));
  }
}
