/**
 * Text-scanning helpers shared by the cleaners and extractors, kept apart so each stays a pure
 * function of its input and can be tested on its own.
 */
package io.jobstream.enrich.text;
