package io.jobstream.model;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * Collects a service's raw settings from, in rising precedence: a properties file, environment
 * variables, then explicit overrides (command-line options). Each service declares its keys,
 * defaults and docs once in its own {@code ConfigDef}; this class only gathers the strings.
 *
 * <p>An environment variable overrides key {@code a.b-c} when it is named {@code
 * JOBSTREAM_A_B_C}: the key upper-cased, with dots and dashes as underscores.
 */
public final class Settings {
  /** Prefix of environment variables that override settings. */
  public static final String ENV_PREFIX = "JOBSTREAM_";

  private Settings() {}

  /**
   * Gathers settings for the given keys.
   *
   * @param keys the keys the service declares; environment variables are matched only to these
   * @param file a properties file, or null
   * @param env the environment (normally {@code System.getenv()})
   * @param overrides explicit values that win over everything else
   * @throws UncheckedIOException when the file cannot be read
   */
  public static Map<String, Object> gather(
      Iterable<String> keys, Path file, Map<String, String> env, Map<String, ?> overrides) {
    Map<String, Object> out = new TreeMap<>();
    if (file != null) {
      Properties props = new Properties();
      try (InputStream in = Files.newInputStream(file)) {
        props.load(in);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read settings file " + file + ": " + e.getMessage(), e);
      }
      props.stringPropertyNames().forEach(k -> out.put(k, props.getProperty(k)));
    }
    for (String key : keys) {
      String value = env.get(envName(key));
      if (value != null) {
        out.put(key, value);
      }
    }
    overrides.forEach(
        (k, v) -> {
          if (v != null) {
            out.put(k, v);
          }
        });
    return out;
  }

  /** The environment variable that overrides {@code key}. */
  public static String envName(String key) {
    return ENV_PREFIX + key.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
  }

  /**
   * The value to show for a setting in logs and messages: the value itself, or {@code [hidden]}
   * when the key names a secret (password, secret, JAAS config, key material).
   */
  public static Object shown(String key, Object value) {
    String k = key.toLowerCase(Locale.ROOT);
    boolean secret =
        k.contains("password") || k.contains("secret") || k.contains("jaas") || k.endsWith(".key")
            || k.contains("token") || k.contains("credential");
    return secret && value != null ? "[hidden]" : value;
  }
}
