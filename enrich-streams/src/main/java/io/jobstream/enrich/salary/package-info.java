/**
 * Finding this job's pay in a posting: money phrases, their period and currency, and the
 * context rules that tell pay from every other sum a page mentions. Stateless and thread-safe.
 */
package io.jobstream.enrich.salary;
