/**
 * Classifying a posting: its role type (a score per category, with the phrases that scored) and
 * its seniority. Keyword tables, title first; stateless and thread-safe.
 */
package io.jobstream.enrich.classify;
