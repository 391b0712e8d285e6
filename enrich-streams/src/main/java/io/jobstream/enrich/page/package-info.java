/**
 * Reading a page: decoding bytes, sniffing the kind of page, and reading the structured data
 * pages carry (front matter, schema.org JSON-LD, OpenGraph tags). All classes are stateless.
 */
package io.jobstream.enrich.page;
