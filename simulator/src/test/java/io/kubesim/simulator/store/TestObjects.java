package io.kubesim.simulator.store;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Small objects and keys for store tests. */
final class TestObjects {

  private TestObjects() {}

  static String podKey(String namespace, String name) {
    return StoreKeys.objectKey("", "pods", namespace, name);
  }

  static ObjectNode pod(String namespace, String name) {
    ObjectNode pod = JsonNodeFactory.instance.objectNode();
    pod.put("apiVersion", "v1").put("kind", "Pod");
    pod.putObject("metadata").put("name", name).put("namespace", namespace);
    pod.putObject("spec")
        .putArray("containers")
        .addObject()
        .put("name", "app")
        .put("image", "nginx");
    return pod;
  }

  static String resourceVersion(ObjectNode object) {
    return object.path("metadata").path("resourceVersion").asText(null);
  }

  static String image(ObjectNode pod) {
    return pod.path("spec").path("containers").path(0).path("image").asText();
  }

  static ObjectNode withImage(ObjectNode pod, String image) {
    ((ObjectNode) pod.path("spec").path("containers").path(0)).put("image", image);
    return pod;
  }

  /** Creates {@code pod-0} .. in {@code default}. */
  static void createPods(ObjectStore store, int count) {
    createPods(store, "default", 0, count);
  }

  /** Creates pods named {@code pod-<first>} onwards in a namespace. */
  static void createPods(ObjectStore store, String namespace, int first, int count) {
    for (int i = first; i < first + count; i++) {
      store.create(podKey(namespace, "pod-" + i), pod(namespace, "pod-" + i));
    }
  }
}
