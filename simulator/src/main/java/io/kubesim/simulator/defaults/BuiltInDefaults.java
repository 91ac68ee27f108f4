package io.kubesim.simulator.defaults;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kubesim.admission.GroupVersionKind;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The API defaulting of kube-apiserver 1.33's built-in kinds: which kinds it defaults, and the
 * {@link Defaulter} of each. Upstream runs these on every decode — of a request body, of a patch
 * result, of an object read back from storage — so a stored object shows every default, and
 * admission plugins see defaulted objects. Kinds absent from the table (ConfigMap,
 * ServiceAccount, Ingress, PodDisruptionBudget, Role, Lease, ...) have no defaults in 1.33.
 */
public final class BuiltInDefaults {

  private static final BuiltInDefaults KUBERNETES_133 = new BuiltInDefaults(Map.ofEntries(
      kind("", "v1", "Pod", PodDefaults::pod),
      kind("", "v1", "PodTemplate", WorkloadDefaults::podTemplate),
      kind("", "v1", "ReplicationController", WorkloadDefaults::replicationController),
      kind("", "v1", "Service", ServiceDefaults::service),
      kind("", "v1", "Endpoints", ServiceDefaults::endpoints),
      kind("", "v1", "Secret", CoreObjectDefaults::secret),
      kind("", "v1", "Namespace", CoreObjectDefaults::namespace),
      kind("", "v1", "Node", CoreObjectDefaults::node),
      kind("", "v1", "LimitRange", CoreObjectDefaults::limitRange),
      kind("", "v1", "PersistentVolume", StorageDefaults::persistentVolume),
      kind("", "v1", "PersistentVolumeClaim", StorageDefaults::persistentVolumeClaim),
      kind("apps", "v1", "Deployment", WorkloadDefaults::deployment),
      kind("apps", "v1", "ReplicaSet", WorkloadDefaults::replicaSet),
      kind("apps", "v1", "StatefulSet", WorkloadDefaults::statefulSet),
      kind("apps", "v1", "DaemonSet", WorkloadDefaults::daemonSet),
      kind("batch", "v1", "Job", BatchDefaults::job),
      kind("batch", "v1", "CronJob", BatchDefaults::cronJob),
      kind("autoscaling", "v1", "HorizontalPodAutoscaler", AutoscalingDefaults::autoscalerV1),
      kind("autoscaling", "v2", "HorizontalPodAutoscaler", AutoscalingDefaults::autoscalerV2),
      kind("networking.k8s.io", "v1", "NetworkPolicy", NetworkingDefaults::networkPolicy),
      kind("networking.k8s.io", "v1", "IngressClass", NetworkingDefaults::ingressClass),
      kind("discovery.k8s.io", "v1", "EndpointSlice", ServiceDefaults::endpointSlice),
      kind("rbac.authorization.k8s.io", "v1", "RoleBinding", RbacDefaults::binding),
      kind("rbac.authorization.k8s.io", "v1", "ClusterRoleBinding", RbacDefaults::binding),
      kind("scheduling.k8s.io", "v1", "PriorityClass", PriorityDefaults::priorityClass),
      kind("flowcontrol.apiserver.k8s.io", "v1", "FlowSchema", PriorityDefaults::flowSchema),
      kind("flowcontrol.apiserver.k8s.io", "v1", "PriorityLevelConfiguration",
          PriorityDefaults::priorityLevel),
      kind("storage.k8s.io", "v1", "StorageClass", StorageDefaults::storageClass),
      kind("storage.k8s.io", "v1", "CSIDriver", StorageDefaults::csiDriver),
      kind("admissionregistration.k8s.io", "v1", "ValidatingWebhookConfiguration",
          ExtensionPointDefaults::validatingWebhooks),
      kind("admissionregistration.k8s.io", "v1", "MutatingWebhookConfiguration",
          ExtensionPointDefaults::mutatingWebhooks),
      kind("admissionregistration.k8s.io", "v1", "ValidatingAdmissionPolicy",
          ExtensionPointDefaults::validatingAdmissionPolicy),
      kind("admissionregistration.k8s.io", "v1", "ValidatingAdmissionPolicyBinding",
          ExtensionPointDefaults::validatingAdmissionPolicyBinding),
      kind("apiregistration.k8s.io", "v1", "APIService", ExtensionPointDefaults::apiService)));

  private final Map<GroupVersionKind, Defaulter> defaulters;

  private BuiltInDefaults(Map<GroupVersionKind, Defaulter> defaulters) {
    this.defaulters = Map.copyOf(defaulters);
  }

  /** The defaulting of Kubernetes 1.33 (feature gates at their 1.33 defaults). */
  public static BuiltInDefaults kubernetes133() {
    return KUBERNETES_133;
  }

  /** The defaulter of {@code kind}, if the kind has defaults. */
  public Optional<Defaulter> find(GroupVersionKind kind) {
    return Optional.ofNullable(defaulters.get(kind));
  }

  /** The kinds that have defaults. */
  public Set<GroupVersionKind> kinds() {
    return defaulters.keySet();
  }

  /** Defaults {@code object} of {@code kind} in place; objects of other kinds are left alone. */
  public void apply(GroupVersionKind kind, ObjectNode object) {
    Defaulter defaulter = defaulters.get(kind);
    if (defaulter != null) {
      defaulter.apply(object);
    }
  }

  private static Map.Entry<GroupVersionKind, Defaulter> kind(String group, String version,
      String kind, Defaulter defaulter) {
    return Map.entry(new GroupVersionKind(group, version, kind), defaulter);
  }
}
