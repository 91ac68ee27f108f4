package io.kubesim.simulator;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kubesim.admission.ObjectMappers;
import io.kubesim.simulator.api.ResourceRegistry;
import io.kubesim.simulator.api.ResourceType;
import io.kubesim.simulator.pipeline.ResourceStore;
import io.kubesim.simulator.pipeline.SystemFields;
import io.kubesim.simulator.pipeline.WriteContext;
import java.util.List;

/**
 * What a fresh cluster has before anyone writes: the four system namespaces, the
 * {@code kubernetes} service in {@code default}, and the built-in PriorityClasses. Seeding skips
 * what already exists, so it is safe on a restarted file store. The namespaces' {@code default}
 * service accounts and {@code kube-root-ca.crt} ConfigMaps come from the namespace controllers,
 * as in a real cluster.
 */
final class ClusterSeed {

  static final List<String> NAMESPACES =
      List.of("default", "kube-system", "kube-public", "kube-node-lease");

  private ClusterSeed() {}

  static void apply(WriteContext ctx) {
    ResourceRegistry registry = ctx.registry();
    ResourceStore store = ctx.store();
    ResourceType namespaces = registry.find("", "v1", "namespaces").orElseThrow();
    ResourceType services = registry.find("", "v1", "services").orElseThrow();
    for (String ns : NAMESPACES) {
      ObjectNode namespace = ObjectMappers.json().createObjectNode();
      namespace.put("apiVersion", "v1").put("kind", "Namespace");
      namespace.putObject("metadata").putObject("labels")
          .put("kubernetes.io/metadata.name", ns);
      createIfAbsent(ctx, namespaces, "", ns, namespace);
    }
    ObjectNode svc = ObjectMappers.json().createObjectNode();
    svc.put("apiVersion", "v1").put("kind", "Service");
    svc.putObject("metadata").putObject("labels").put("component", "apiserver")
        .put("provider", "kubernetes");
    ObjectNode spec = svc.putObject("spec");
    spec.put("type", "ClusterIP").put("clusterIP", "10.96.0.1")
        .put("sessionAffinity", "None").put("internalTrafficPolicy", "Cluster");
    spec.putArray("clusterIPs").add("10.96.0.1");
    spec.putArray("ipFamilies").add("IPv4");
    spec.put("ipFamilyPolicy", "SingleStack");
    spec.putArray("ports").addObject().put("name", "https").put("port", 443)
        .put("protocol", "TCP").put("targetPort", 6443);
    createIfAbsent(ctx, services, "default", "kubernetes", svc);
    ResourceType priorityClasses =
        registry.find("scheduling.k8s.io", "v1", "priorityclasses").orElseThrow();
    for (SystemPriorityClass pc : SystemPriorityClass.values()) {
      createIfAbsent(ctx, priorityClasses, "", pc.className(), pc.toObject());
    }
  }

  private static void createIfAbsent(WriteContext ctx, ResourceType type, String namespace,
      String name, ObjectNode object) {
    if (ctx.store().find(type, namespace, name).isPresent()) {
      return;
    }
    SystemFields.prepareCreate(type, object, namespace, name, ctx);
    ctx.store().create(type, namespace, name, object);
  }
}
