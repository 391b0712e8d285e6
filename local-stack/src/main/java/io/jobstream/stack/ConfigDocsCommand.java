package io.jobstream.stack;

import io.jobstream.enrich.topology.EnrichConfig;
import io.jobstream.ingest.PublishConfig;
import io.jobstream.model.Settings;
import io.jobstream.sink.SinkConfig;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.kafka.common.config.ConfigDef;
import picocli.CommandLine.Command;

/**
 * {@code config-docs}: prints every service's settings as Markdown tables, from the same {@link
 * ConfigDef}s the services parse, so the reference in the docs cannot drift from the code.
 */
@Command(
    name = "config-docs",
    mixinStandardHelpOptions = true,
    description = "Print the configuration reference of every service (Markdown).")
public final class ConfigDocsCommand implements Callable<Integer> {
  @Override
  public Integer call() {
    System.out.print(render(services()));
    return 0;
  }

  /** Every service's settings, in pipeline order. */
  static Map<String, ConfigDef> services() {
    Map<String, ConfigDef> services = new LinkedHashMap<>();
    services.put("publish (ingest-producer)", PublishConfig.CONFIG);
    services.put("streams (enrich-streams)", EnrichConfig.DEF);
    services.put("sink (sink-consumer)", SinkConfig.CONFIG_DEF);
    services.put("dlq (dead-letter tool)", DlqConfig.DEF);
    return services;
  }

  static String render(Map<String, ConfigDef> services) {
    StringBuilder b = new StringBuilder();
    services.forEach(
        (name, def) -> {
          b.append("### ").append(name).append("\n\n");
          b.append("| key | environment variable | type | default | description |\n");
          b.append("| --- | --- | --- | --- | --- |\n");
          for (ConfigDef.ConfigKey key : def.configKeys().values()) {
            b.append("| `").append(key.name).append("` | `").append(Settings.envName(key.name))
                .append("` | ").append(key.type.name().toLowerCase(Locale.ROOT))
                .append(" | ").append(defaultOf(key)).append(" | ")
                .append(key.documentation.replace("|", "\\|").replace("\n", " ")).append(" |\n");
          }
          b.append("\nAny key prefixed `kafka.` is passed, without the prefix, to the Kafka clients ")
              .append("(e.g. `kafka.security.protocol`, `kafka.sasl.jaas.config`).\n\n");
        });
    return b.toString();
  }

  private static String defaultOf(ConfigDef.ConfigKey key) {
    if (!key.hasDefault() || key.defaultValue == null) {
      return "—";
    }
    if (key.type == ConfigDef.Type.PASSWORD) {
      return "(hidden)";
    }
    return "`" + key.defaultValue + "`";
  }
}
