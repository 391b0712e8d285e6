/**
 * Field extractors: title, organization, location, workplace, employment type, dates, how to
 * apply, requirements and benefits. Each reads the clean lines (and structured data when a page
 * has it) and returns a value with the phrase it came from, or null. {@code Places} is the small
 * gazetteer (countries, first-level regions, large cities) that location parsing relies on.
 * Stateless and thread-safe.
 */
package io.jobstream.enrich.extract;
