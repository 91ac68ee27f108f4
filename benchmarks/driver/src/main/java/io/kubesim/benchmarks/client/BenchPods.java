package io.kubesim.benchmarks.client;

import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;

/** The small pod every benchmark creates: one label, one container, nothing else set. */
public final class BenchPods {

  /** Namespace all benchmark pods live in; it exists in every target. */
  public static final String NAMESPACE = "default";

  private BenchPods() {}

  /** The name of the {@code index}-th measured pod. */
  public static String name(int index) {
    return String.format("pod-%06d", index);
  }

  /** The pod named {@code name}. */
  public static Pod pod(String name) {
    return new PodBuilder()
        .withNewMetadata()
        .withName(name)
        .withNamespace(NAMESPACE)
        .addToLabels("app", "bench")
        .endMetadata()
        .withNewSpec()
        .addNewContainer()
        .withName("app")
        .withImage("nginx:1.27")
        .endContainer()
        .endSpec()
        .build();
  }

  /** The same pod as raw JSON with {@code metadata.generateName}, for the load drivers. */
  public static String generateNameJson(String prefix) {
    return "{\"apiVersion\":\"v1\",\"kind\":\"Pod\",\"metadata\":{\"generateName\":\""
        + prefix
        + "\",\"labels\":{\"app\":\"bench\"}},\"spec\":{\"containers\":[{\"name\":\"app\",\"image\":\"nginx:1.27\"}]}}";
  }
}
