package io.kubesim.simulator.api.openapi;

import io.kubesim.simulator.api.ResourceType;

/**
 * Upstream's operation ids for one resource type, e.g. {@code patchCoreV1NamespacedConfigMap},
 * {@code listAppsV1DeploymentForAllNamespaces}, {@code deleteRbacAuthorizationV1CollectionRole},
 * {@code connectCoreV1GetNamespacedPodExec}.
 */
final class OperationIds {

  private final String groupVersion;
  private final String scope;
  private final String kind;

  OperationIds(ResourceType type) {
    this.groupVersion = groupVersion(type.group(), type.version());
    this.scope = type.namespaced() ? "Namespaced" : "";
    this.kind = type.kind();
  }

  /** e.g. {@code read} + {@code Status} → {@code readCoreV1NamespacedPodStatus}. */
  String of(String verb, String subresource) {
    return verb + groupVersion + scope + kind + subresource;
  }

  String collection() {
    return "delete" + groupVersion + "Collection" + scope + kind;
  }

  String forAllNamespaces() {
    return "list" + groupVersion + kind + "ForAllNamespaces";
  }

  String connect(String method, String subresource) {
    return "connect" + groupVersion + capitalize(method) + scope + kind + subresource;
  }

  /** {@code CoreV1}, {@code AppsV1}, {@code RbacAuthorizationV1}, {@code ResourceV1beta2}. */
  static String groupVersion(String group, String version) {
    if (group.isEmpty()) {
      return "Core" + capitalize(version);
    }
    StringBuilder name = new StringBuilder();
    for (String part : group.replaceFirst("\\.k8s\\.io$", "").split("\\.")) {
      name.append(capitalize(part));
    }
    return name.append(capitalize(version)).toString();
  }

  static String capitalize(String word) {
    return word.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1);
  }
}
