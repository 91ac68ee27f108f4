package io.kubesim.admission.plugins.podnodeselector;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * PodNodeSelector's configuration, upstream's legacy untyped format: a cluster-wide default node
 * selector and, per namespace, a whitelist of the node labels its pods may select.
 *
 * <pre>
 * podNodeSelectorPluginConfig:
 *   clusterDefaultNodeSelector: "env=development"
 *   team-a: "env=development,team=a"
 * </pre>
 *
 * <p>Upstream parses the selectors on each request and answers 500 for a bad one; kubesim parses
 * them at start-up, so a typo stops the simulator instead of every pod in the namespace.
 *
 * @param clusterDefault the selector for namespaces without the node-selector annotation
 * @param whitelists the whitelist of each namespace that has one
 */
public record PodNodeSelectorConfiguration(Map<String, String> clusterDefault,
    Map<String, Map<String, String>> whitelists) {

  /** The top-level key, matched without regard to case as Go's JSON decoder does. */
  public static final String ROOT = "podNodeSelectorPluginConfig";

  /** The entry that holds the default instead of a namespace's whitelist. */
  public static final String CLUSTER_DEFAULT = "clusterDefaultNodeSelector";

  public PodNodeSelectorConfiguration {
    clusterDefault = Map.copyOf(clusterDefault);
    whitelists = Map.copyOf(whitelists);
  }

  /** No default selector and no whitelists. */
  public static PodNodeSelectorConfiguration none() {
    return new PodNodeSelectorConfiguration(Map.of(), Map.of());
  }

  /**
   * Decodes the configuration; {@code null} or a tree without the top-level key gives
   * {@link #none()}. Values that are not strings are skipped, as upstream's decoder skips them.
   *
   * @throws IllegalArgumentException naming the entry when a selector does not parse
   */
  public static PodNodeSelectorConfiguration from(JsonNode raw) {
    Optional<JsonNode> entries = root(raw);
    if (entries.isEmpty()) {
      return none();
    }
    Map<String, String> clusterDefault = Map.of();
    Map<String, Map<String, String>> whitelists = new TreeMap<>();
    for (Map.Entry<String, JsonNode> entry : entries.get().properties()) {
      if (!entry.getValue().isTextual()) {
        continue;
      }
      Map<String, String> selector = parse(entry.getKey(), entry.getValue().asText());
      if (entry.getKey().equals(CLUSTER_DEFAULT)) {
        clusterDefault = selector;
      } else {
        whitelists.put(entry.getKey(), selector);
      }
    }
    return new PodNodeSelectorConfiguration(clusterDefault, whitelists);
  }

  /** The whitelist of {@code namespace}; empty allows every selector. */
  LabelSet whitelist(String namespace) {
    return new LabelSet(new TreeMap<>(whitelists.getOrDefault(namespace, Map.of())));
  }

  LabelSet clusterDefaultSelector() {
    return new LabelSet(new TreeMap<>(clusterDefault));
  }

  private static Optional<JsonNode> root(JsonNode raw) {
    if (raw == null || !raw.isObject()) {
      return Optional.empty();
    }
    for (Map.Entry<String, JsonNode> field : raw.properties()) {
      if (field.getKey().equalsIgnoreCase(ROOT) && field.getValue().isObject()) {
        return Optional.of(field.getValue());
      }
    }
    return Optional.empty();
  }

  private static Map<String, String> parse(String entry, String selector) {
    try {
      return LabelSet.parse(selector).labels();
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(ROOT + "." + entry + ": " + e.getMessage(), e);
    }
  }
}
