package io.kubesim.admission.config;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Collection;
import java.util.Optional;

/**
 * Where each plugin's configuration comes from: a configuration given in code wins, then the
 * admission configuration file; a plugin with neither gets none (upstream's {@code nil} reader).
 */
public final class PluginConfigurations {

  private final AdmissionSettings settings;
  private final AdmissionConfigurationFile file;

  private PluginConfigurations(AdmissionSettings settings, AdmissionConfigurationFile file) {
    this.settings = settings;
    this.file = file;
  }

  /**
   * Reads the configuration file named by {@code settings}, if any.
   *
   * @param enabledPlugins the enabled plugins, for the legacy untyped file format
   * @throws AdmissionConfigurationException when the file is unreadable or malformed
   */
  public static PluginConfigurations load(AdmissionSettings settings,
      Collection<String> enabledPlugins) {
    AdmissionConfigurationFile file = settings.configFile() == null
        ? AdmissionConfigurationFile.empty()
        : AdmissionConfigurationFile.read(settings.configFile(), enabledPlugins);
    return new PluginConfigurations(settings, file);
  }

  /** The configuration for {@code plugin}, or empty when it has none. */
  public Optional<JsonNode> configFor(String plugin) {
    JsonNode inline = settings.pluginConfigurations().get(plugin);
    return inline != null ? Optional.of(inline.deepCopy()) : file.configFor(plugin);
  }
}
