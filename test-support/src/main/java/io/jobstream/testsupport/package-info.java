/**
 * Helpers for the modules' tests: real, throwaway infrastructure rather than mocks.
 *
 * <p>Main-scope code of this module, but every other module depends on it with {@code test}
 * scope only; nothing here may reach a production classpath.
 */
package io.jobstream.testsupport;
