/**
 * One publishing run over files, folders and stdin, without any command-line framework: {@link
 * io.jobstream.ingest.run.PublishRun} walks the inputs in a fixed order, publishes each page
 * through a {@link io.jobstream.ingest.PagePublisher}, and returns a {@link
 * io.jobstream.ingest.run.PublishSummary} of what was published and what was skipped, and why.
 *
 * <p>A page that cannot be read or is refused by the broker is skipped and the run goes on; a
 * failure that would fail every page (broker unreachable, authentication) ends the run with a
 * {@link io.jobstream.ingest.run.PublishFailedException}.
 */
package io.jobstream.ingest.run;
