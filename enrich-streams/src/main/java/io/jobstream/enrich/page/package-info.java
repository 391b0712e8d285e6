/**
 * Reading a page: decoding bytes, sniffing the kind of page, and reading the structured data
 * pages carry: TOML and YAML front matter ({@link io.jobstream.enrich.page.FrontMatter}), a
 * schema.org JobPosting written as JSON-LD or as microdata
 * ({@link io.jobstream.enrich.page.JobPostingLd}), and OpenGraph, meta-description and title
 * tags ({@link io.jobstream.enrich.page.HtmlMeta}). All classes are stateless.
 */
package io.jobstream.enrich.page;
