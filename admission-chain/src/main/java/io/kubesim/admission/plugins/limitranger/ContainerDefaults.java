package io.kubesim.admission.plugins.limitranger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kubesim.admission.resources.ResourceList;
import io.kubesim.admission.resources.ResourceQuantity;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The default requests and limits a LimitRange's {@code type: Container} items give, and their
 * merge into a pod: every container and init container (not ephemeral ones) gets each default it
 * lacks, and the pod's {@code kubernetes.io/limit-ranger} annotation says what was set.
 *
 * @param requests the items' {@code defaultRequest}s, later items winning
 * @param limits the items' {@code default}s, later items winning
 */
record ContainerDefaults(ResourceList requests, ResourceList limits) {

  /** The annotation naming what the last LimitRange that changed something has set. */
  static final String ANNOTATION = "kubernetes.io/limit-ranger";

  /** The defaults of {@code limitRange}. */
  static ContainerDefaults of(JsonNode limitRange) {
    Map<String, ResourceQuantity> requests = new TreeMap<>();
    Map<String, ResourceQuantity> limits = new TreeMap<>();
    for (JsonNode item : limitRange.path("spec").path("limits")) {
      if (LimitRanger.CONTAINER.equals(item.path("type").asText(""))) {
        requests.putAll(ResourceList.of(item.path("defaultRequest")).quantities());
        limits.putAll(ResourceList.of(item.path("default")).quantities());
      }
    }
    return new ContainerDefaults(new ResourceList(new TreeMap<>(requests)),
        new ResourceList(new TreeMap<>(limits)));
  }

  /** Sets what {@code pod}'s containers lack and annotates the pod if anything was set. */
  void applyTo(ObjectNode pod) {
    List<String> notes = new ArrayList<>();
    merge(pod.path("spec").path("containers"), "container", notes);
    merge(pod.path("spec").path("initContainers"), "init container", notes);
    if (!notes.isEmpty()) {
      pod.withObjectProperty("metadata").withObjectProperty("annotations")
          .put(ANNOTATION, "LimitRanger plugin set: " + String.join("; ", notes));
    }
  }

  private void merge(JsonNode containers, String prefix, List<String> notes) {
    for (JsonNode node : containers) {
      if (!(node instanceof ObjectNode container)) {
        continue;
      }
      String name = container.path("name").asText("");
      List<String> setRequests = fill(container, "requests", requests);
      List<String> setLimits = fill(container, "limits", limits);
      // names come out sorted: both lists are walked in name order
      if (!setRequests.isEmpty()) {
        notes.add(String.join(", ", setRequests) + " request for " + prefix + " " + name);
      }
      if (!setLimits.isEmpty()) {
        notes.add(String.join(", ", setLimits) + " limit for " + prefix + " " + name);
      }
    }
  }

  private static List<String> fill(ObjectNode container, String field, ResourceList defaults) {
    List<String> set = new ArrayList<>();
    JsonNode existing = container.path("resources").path(field);
    for (Map.Entry<String, ResourceQuantity> entry : defaults.quantities().entrySet()) {
      if (!existing.has(entry.getKey())) {
        container.withObjectProperty("resources").withObjectProperty(field)
            .put(entry.getKey(), entry.getValue().toString());
        set.add(entry.getKey());
      }
    }
    return set;
  }
}
