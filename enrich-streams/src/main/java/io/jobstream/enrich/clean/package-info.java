/**
 * Boilerplate removal: from a parsed HTML document or from plain lines to the clean text of the
 * posting (one paragraph or list item per line) plus an audit of what was removed and why.
 * Every class here is stateless and thread-safe; every pattern runs in linear time.
 */
package io.jobstream.enrich.clean;
