/**
 * Reading pages from disk or stdin: the bytes, the content type sniffed from name and bytes,
 * and the page URL found inside the page.
 *
 * <p>Nothing here touches Kafka; a file that cannot be read is reported as a {@link
 * io.jobstream.ingest.page.PageSkippedException} carrying the reason, so that a caller walking a
 * folder can go on with the next file.
 */
package io.jobstream.ingest.page;
