package io.jobstream.bench;

/**
 * One way of turning a page into its main text: jobstream's enricher or a reference extractor.
 * Implementations are stateless and thread-safe.
 */
public interface TextExtractor {
  /** The name shown in tables. */
  String name();

  /**
   * The text this extractor keeps from {@code body}.
   *
   * @param contentType the page's content type, or null to let the extractor infer it
   * @throws RuntimeException when the extractor cannot process the page (callers count it as a failure)
   */
  String text(byte[] body, String contentType);
}
