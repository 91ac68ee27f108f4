package io.kubesim.simulator.e2e;

/** YAML manifests the kubectl tests create; values are quoted so YAML 1.1 never retypes them. */
final class Manifests {

  private Manifests() {}

  /** A ConfigMap with {@code key1: value1} and the given {@code key=value} labels. */
  static String configMap(String name, String... labels) {
    return """
        apiVersion: v1
        kind: ConfigMap
        metadata:
          name: "%s"
        %sdata:
          key1: value1
        """.formatted(name, labels(labels));
  }

  /** A ConfigMap in {@code namespace}, whatever namespace kubectl is pointed at. */
  static String configMapIn(String namespace, String name) {
    return """
        apiVersion: v1
        kind: ConfigMap
        metadata:
          name: "%s"
          namespace: "%s"
        """.formatted(name, namespace);
  }

  /** A ConfigMap that a finalizer keeps after DELETE until someone removes it. */
  static String configMapWithFinalizer(String name) {
    return """
        apiVersion: v1
        kind: ConfigMap
        metadata:
          name: "%s"
          finalizers: ["example.com/hold"]
        """.formatted(name);
  }

  /** A ConfigMap owned by the ConfigMap {@code owner} with {@code ownerUid}. */
  static String ownedConfigMap(String name, String owner, String ownerUid) {
    return """
        apiVersion: v1
        kind: ConfigMap
        metadata:
          name: "%s"
          ownerReferences:
          - apiVersion: v1
            kind: ConfigMap
            name: "%s"
            uid: "%s"
            blockOwnerDeletion: true
        """.formatted(name, owner, ownerUid);
  }

  static String namespace(String name) {
    return """
        apiVersion: v1
        kind: Namespace
        metadata:
          name: "%s"
        """.formatted(name);
  }

  /** A pod on no node, which upstream deletes at once unless a finalizer holds it. */
  static String pod(String name, String... finalizers) {
    return """
        apiVersion: v1
        kind: Pod
        metadata:
          name: "%s"
          finalizers: [%s]
        spec:
          containers:
          - name: app
            image: nginx
        """.formatted(name, quoted(finalizers));
  }

  /** A one-replica Deployment of {@code image} with a container named {@code app}. */
  static String deployment(String name, String image) {
    return """
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: "%s"
        spec:
          replicas: 1
          selector:
            matchLabels: {app: "%1$s"}
          template:
            metadata:
              labels: {app: "%1$s"}
            spec:
              containers:
              - name: app
                image: "%s"
        """.formatted(name, image);
  }

  private static String labels(String... labels) {
    if (labels.length == 0) {
      return "";
    }
    StringBuilder yaml = new StringBuilder("  labels:\n");
    for (String label : labels) {
      String[] kv = label.split("=", 2);
      yaml.append("    \"").append(kv[0]).append("\": \"").append(kv[1]).append("\"\n");
    }
    return yaml.toString();
  }

  private static String quoted(String... values) {
    StringBuilder list = new StringBuilder();
    for (String v : values) {
      list.append(list.isEmpty() ? "" : ", ").append('"').append(v).append('"');
    }
    return list.toString();
  }
}
