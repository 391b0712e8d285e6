/**
 * The local stack: an in-process KRaft broker from Kafka's own artifacts, the topics, the
 * enrich-streams and sink services, and a summary of what came out, all in one JVM.
 */
package io.jobstream.stack;
