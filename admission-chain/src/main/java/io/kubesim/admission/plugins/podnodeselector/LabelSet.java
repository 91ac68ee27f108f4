package io.kubesim.admission.plugins.podnodeselector;

import com.fasterxml.jackson.databind.JsonNode;
import io.kubesim.admission.labels.LabelSyntax;
import io.kubesim.admission.status.FieldError;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A node selector as a set of {@code key=value} labels (upstream's {@code labels.Set}), with the
 * operations PodNodeSelector needs: parsing a selector string, conflicts, merging and subsets.
 *
 * @param labels the labels, sorted by key
 */
record LabelSet(SortedMap<String, String> labels) {

  LabelSet {
    labels = new TreeMap<>(labels);
  }

  static LabelSet empty() {
    return new LabelSet(new TreeMap<>());
  }

  /** A pod's {@code spec.nodeSelector}. */
  static LabelSet ofNodeSelector(JsonNode nodeSelector) {
    SortedMap<String, String> labels = new TreeMap<>();
    nodeSelector.properties().forEach(e -> labels.put(e.getKey(), e.getValue().asText("")));
    return new LabelSet(labels);
  }

  /**
   * Upstream's {@code ConvertSelectorToLabelsMap}: comma-separated {@code key=value} pairs,
   * blanks around keys and values trimmed; empty text is the empty set.
   *
   * @throws IllegalArgumentException with upstream's message for a malformed pair, key or value
   */
  static LabelSet parse(String selector) {
    SortedMap<String, String> labels = new TreeMap<>();
    if (selector == null || selector.isEmpty()) {
      return new LabelSet(labels);
    }
    for (String pair : selector.split(",", -1)) {
      String[] parts = pair.split("=", -1);
      if (parts.length != 2) {
        // Go prints the []string of parts with %s: [a b c]
        throw new IllegalArgumentException("invalid selector: [" + String.join(" ", parts) + "]");
      }
      String key = parts[0].strip();
      List<String> keyErrors = LabelSyntax.keyErrors(key);
      if (!keyErrors.isEmpty()) {
        // upstream validates against a nil field path, which prints as "<nil>"
        throw new IllegalArgumentException(
            FieldError.invalid("<nil>", key, String.join("; ", keyErrors)).toString());
      }
      String value = parts[1].strip();
      List<String> valueErrors = LabelSyntax.valueErrors(value);
      if (!valueErrors.isEmpty()) {
        throw new IllegalArgumentException(FieldError.invalid("[" + key + "]", value,
            String.join("; ", valueErrors)).toString());
      }
      labels.put(key, value);
    }
    return new LabelSet(labels);
  }

  /** True when a key is in both sets with different values. */
  boolean conflictsWith(LabelSet other) {
    return labels.entrySet().stream().anyMatch(e -> other.labels.containsKey(e.getKey())
        && !other.labels.get(e.getKey()).equals(e.getValue()));
  }

  /** Both sets in one; on a shared key {@code winner}'s value is kept. */
  LabelSet mergedWith(LabelSet winner) {
    SortedMap<String, String> merged = new TreeMap<>(labels);
    merged.putAll(winner.labels);
    return new LabelSet(merged);
  }

  /** True when every label here is in {@code superset}, or {@code superset} is empty. */
  boolean allowedBy(LabelSet superset) {
    if (superset.labels.isEmpty()) {
      return true;
    }
    for (Map.Entry<String, String> label : labels.entrySet()) {
      if (!label.getValue().equals(superset.labels.get(label.getKey()))) {
        return false;
      }
    }
    return true;
  }

  boolean isEmpty() {
    return labels.isEmpty();
  }
}
