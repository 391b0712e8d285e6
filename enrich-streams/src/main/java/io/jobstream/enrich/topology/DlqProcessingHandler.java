package io.jobstream.enrich.topology;

import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.apache.kafka.streams.errors.LogAndContinueProcessingExceptionHandler;
import org.apache.kafka.streams.processor.api.Record;

/** A page the enricher rejects goes to the dead-letter queue; the next page is processed. */
public class DlqProcessingHandler extends LogAndContinueProcessingExceptionHandler {
  @Override
  public Response handleError(ErrorHandlerContext context, Record<?, ?> record, Exception exception) {
    Response response = super.handleError(context, record, exception);
    DlqStage.tag(response.deadLetterQueueRecords(), DlqStage.ENRICH, context.headers());
    return response;
  }
}
