package io.kubesim.admission.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.kubesim.admission.ObjectMappers;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The admission settings of one simulator, exactly kube-apiserver's: the
 * {@code --enable-admission-plugins} and {@code --disable-admission-plugins} flags and the
 * {@code --admission-control-config-file}, plus per-plugin configurations given in code.
 *
 * <p>The command line parses into this type and tests build it with {@link #builder()}; both end
 * up in the same place. Nothing is checked here: names and files are validated when the chain is
 * built, with upstream's messages.
 *
 * @param enablePlugins plugins to enable in addition to the default-on ones
 * @param disablePlugins plugins to disable even if on by default
 * @param configFile the {@code AdmissionConfiguration} file, or {@code null}
 * @param pluginConfigurations configurations given in code, by plugin name; they take precedence
 *     over the file's entries for the same plugin
 */
public record AdmissionSettings(
    List<String> enablePlugins,
    List<String> disablePlugins,
    Path configFile,
    Map<String, JsonNode> pluginConfigurations) {

  public AdmissionSettings {
    enablePlugins = enablePlugins == null ? List.of() : List.copyOf(enablePlugins);
    disablePlugins = disablePlugins == null ? List.of() : List.copyOf(disablePlugins);
    pluginConfigurations =
        pluginConfigurations == null ? Map.of() : Map.copyOf(pluginConfigurations);
  }

  /** kube-apiserver's defaults: the default-on plugins, no configuration file. */
  public static AdmissionSettings defaults() {
    return builder().build();
  }

  /** A builder starting from the defaults. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link AdmissionSettings}; repeated calls add up, as repeated flags do. */
  public static final class Builder {

    private final List<String> enable = new ArrayList<>();
    private final List<String> disable = new ArrayList<>();
    private final Map<String, JsonNode> configurations = new LinkedHashMap<>();
    private Path configFile;

    private Builder() {}

    /** Enables plugins by name. */
    public Builder enable(String... names) {
      enable.addAll(Arrays.asList(names));
      return this;
    }

    /** Disables plugins by name. */
    public Builder disable(String... names) {
      disable.addAll(Arrays.asList(names));
      return this;
    }

    /** Adds the value of a {@code --enable-admission-plugins} flag (comma-separated). */
    public Builder enableAdmissionPlugins(String flagValue) {
      enable.addAll(splitFlag(flagValue));
      return this;
    }

    /** Adds the value of a {@code --disable-admission-plugins} flag (comma-separated). */
    public Builder disableAdmissionPlugins(String flagValue) {
      disable.addAll(splitFlag(flagValue));
      return this;
    }

    /** Sets the {@code --admission-control-config-file}. */
    public Builder admissionControlConfigFile(Path file) {
      this.configFile = file;
      return this;
    }

    /** Gives {@code plugin} a configuration, as an inline {@code configuration:} entry would. */
    public Builder configuration(String plugin, JsonNode configuration) {
      configurations.put(plugin, configuration.deepCopy());
      return this;
    }

    /**
     * Gives {@code plugin} a configuration written as YAML or JSON.
     *
     * @throws IllegalArgumentException when the text is neither
     */
    public Builder configuration(String plugin, String yamlOrJson) {
      try {
        return configuration(plugin, ObjectMappers.yaml().readTree(yamlOrJson));
      } catch (JsonProcessingException e) {
        throw new IllegalArgumentException("configuration of " + plugin + " is not YAML: "
            + e.getOriginalMessage(), e);
      }
    }

    public AdmissionSettings build() {
      return new AdmissionSettings(enable, disable, configFile, configurations);
    }

    // pflag's string slice: comma-separated, nothing trimmed, an empty value means no names
    private static List<String> splitFlag(String flagValue) {
      if (flagValue == null || flagValue.isEmpty()) {
        return List.of();
      }
      return Arrays.asList(flagValue.split(",", -1));
    }
  }
}
