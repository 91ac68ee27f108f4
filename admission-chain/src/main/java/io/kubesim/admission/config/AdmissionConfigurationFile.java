package io.kubesim.admission.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.kubesim.admission.ObjectMappers;
import io.kubesim.admission.status.GoQuote;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A parsed {@code --admission-control-config-file}: {@code kind: AdmissionConfiguration} with one
 * entry per plugin, holding an inline {@code configuration} or a {@code path} to another file.
 *
 * <p>Follows upstream's loader: accepted versions are {@code apiserver.config.k8s.io/v1} and the
 * legacy {@code apiserver.k8s.io/v1alpha1}; unknown fields and unknown plugin names are ignored;
 * the first entry for a plugin wins; a relative {@code path} is resolved against the directory of
 * the configuration file; a file that is not a typed object but has a top-level
 * {@code imagePolicy} or {@code podNodeSelectorPluginConfig} is handed whole to ImagePolicyWebhook
 * and PodNodeSelector.
 */
public final class AdmissionConfigurationFile {

  private static final String KIND = "AdmissionConfiguration";
  private static final List<String> VERSIONS =
      List.of("apiserver.config.k8s.io/v1", "apiserver.k8s.io/v1alpha1");
  private static final List<String> LEGACY_PLUGINS = List.of("ImagePolicyWebhook",
      "PodNodeSelector");

  private record Entry(JsonNode configuration, Path path) {}

  private final Map<String, Entry> entries;

  private AdmissionConfigurationFile(Map<String, Entry> entries) {
    this.entries = entries;
  }

  /** A file with no entries: every plugin gets no configuration. */
  public static AdmissionConfigurationFile empty() {
    return new AdmissionConfigurationFile(Map.of());
  }

  /**
   * Reads and parses {@code file}.
   *
   * @param enabledPlugins the enabled plugins, which the legacy untyped format applies to
   * @throws AdmissionConfigurationException with upstream's message when unreadable or malformed
   */
  public static AdmissionConfigurationFile read(Path file, Collection<String> enabledPlugins) {
    byte[] data;
    try {
      data = FileErrors.read(file);
    } catch (IOException e) {
      throw new AdmissionConfigurationException("unable to read admission control configuration "
          + "from " + GoQuote.quote(file.toString()) + " [" + e.getMessage() + "]");
    }
    String text = new String(data, StandardCharsets.UTF_8);
    JsonNode root;
    try {
      root = parse(text);
    } catch (IllegalArgumentException e) {
      throw new AdmissionConfigurationException(e.getMessage());
    }
    String kind = root.path("kind").asText("");
    String apiVersion = root.path("apiVersion").asText("");
    if (kind.isEmpty() || apiVersion.isEmpty() || !VERSIONS.contains(apiVersion)
        || !KIND.equals(kind)) {
      return legacy(root, file, enabledPlugins).orElseThrow(
          () -> new AdmissionConfigurationException(typeError(kind, apiVersion, text)));
    }
    return new AdmissionConfigurationFile(entries(root, file));
  }

  /**
   * The configuration for {@code plugin}: the inline one, else the contents of its path, else
   * none.
   *
   * @throws AdmissionConfigurationException when the entry's path cannot be read
   * @throws IllegalArgumentException when the path's contents are neither YAML nor JSON
   */
  public Optional<JsonNode> configFor(String plugin) {
    Entry entry = entries.get(plugin);
    if (entry == null || (entry.configuration() == null && entry.path() == null)) {
      return Optional.empty();
    }
    if (entry.configuration() != null) {
      return Optional.of(entry.configuration().deepCopy());
    }
    try {
      String text = new String(FileErrors.read(entry.path()), StandardCharsets.UTF_8);
      return Optional.of(parse(text));
    } catch (IOException e) {
      throw new AdmissionConfigurationException("Couldn't open admission plugin configuration "
          + entry.path() + ": " + e.getMessage());
    }
  }

  private static Map<String, Entry> entries(JsonNode root, Path file) {
    JsonNode plugins = root.path("plugins");
    if (plugins.isMissingNode() || plugins.isNull()) {
      return Map.of();
    }
    if (!plugins.isArray()) {
      throw new AdmissionConfigurationException("json: cannot unmarshal " + jsonType(plugins)
          + " into Go struct field AdmissionConfiguration.plugins of type "
          + "[]v1.AdmissionPluginConfiguration");
    }
    Map<String, Entry> entries = new LinkedHashMap<>();
    for (JsonNode plugin : plugins) {
      JsonNode configuration = plugin.path("configuration");
      String path = plugin.path("path").asText("");
      String name = plugin.path("name").asText("");
      if (!entries.containsKey(name)) {
        entries.put(name, new Entry(
            configuration.isMissingNode() || configuration.isNull() ? null : configuration,
            path.isEmpty() ? null : resolve(file, path)));
      }
    }
    return entries;
  }

  // upstream resolves a relative path against the configuration file's directory
  private static Path resolve(Path file, String path) {
    Path p = Path.of(path);
    if (p.isAbsolute()) {
      return p;
    }
    Path base = file.toAbsolutePath().getParent();
    return base.resolve(p).normalize();
  }

  private static Optional<AdmissionConfigurationFile> legacy(JsonNode root, Path file,
      Collection<String> enabledPlugins) {
    if (!root.has("imagePolicy") && !root.has("podNodeSelectorPluginConfig")) {
      return Optional.empty();
    }
    Map<String, Entry> entries = new LinkedHashMap<>();
    for (String plugin : LEGACY_PLUGINS) {
      if (enabledPlugins.contains(plugin)) {
        entries.put(plugin, new Entry(null, file));
      }
    }
    return Optional.of(new AdmissionConfigurationFile(entries));
  }

  // the messages of upstream's decoder: missing kind, then missing version, then unregistered
  private static String typeError(String kind, String apiVersion, String text) {
    if (kind.isEmpty()) {
      return "Object 'Kind' is missing in '" + text + "'";
    }
    if (apiVersion.isEmpty()) {
      return "Object 'apiVersion' is missing in '" + text + "'";
    }
    return "no kind " + GoQuote.quote(kind) + " is registered for version "
        + GoQuote.quote(apiVersion) + " in scheme "
        + GoQuote.quote("k8s.io/apiserver/pkg/server/options/admission.go");
  }

  private static JsonNode parse(String text) {
    try {
      JsonNode node = ObjectMappers.yaml().readTree(text);
      return node == null || node.isMissingNode() ? ObjectMappers.json().createObjectNode() : node;
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("error converting YAML to JSON: " + e.getOriginalMessage(),
          e);
    }
  }

  private static String jsonType(JsonNode node) {
    return node.isObject() ? "object" : node.isTextual() ? "string" : node.isNumber() ? "number"
        : node.isBoolean() ? "bool" : "value";
  }
}
