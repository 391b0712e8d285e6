/**
 * The contracts every jobstream service shares: the raw page and the enriched posting, their JSON
 * form, and the topics they travel on.
 *
 * <p>This package depends on Jackson only; it must never import Kafka Streams or JDBC, so that a
 * downstream service can take it without the pipeline's machinery.
 */
package io.jobstream.model;
