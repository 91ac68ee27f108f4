package io.kubesim.simulator.protobuf;

import java.util.Map;
import java.util.Set;

/**
 * What Go's JSON encoding of a field is, where the proto descriptor cannot tell: embedded structs
 * ({@code json:",inline"}), the few proto field names that are not the JSON name, and the
 * pointer fields whose explicit zero means something. Fields are named
 * {@code <message full name>.<proto field name>}.
 *
 * <p>A unit test walks every kind kubectl sends and compares each field with the fabric8 model,
 * so a missing entry in the first two tables fails the build.
 */
final class FieldShapes {

  private static final String CORE = "k8s.io.api.core.v1.";

  /** Embedded structs: their fields belong to the enclosing object in JSON. */
  private static final Set<String> INLINE = Set.of(
      CORE + "ConfigMapEnvSource.localObjectReference",
      CORE + "ConfigMapKeySelector.localObjectReference",
      CORE + "ConfigMapProjection.localObjectReference",
      CORE + "ConfigMapVolumeSource.localObjectReference",
      CORE + "SecretEnvSource.localObjectReference",
      CORE + "SecretKeySelector.localObjectReference",
      CORE + "SecretProjection.localObjectReference",
      CORE + "EphemeralContainer.ephemeralContainerCommon",
      CORE + "Probe.handler",
      CORE + "Volume.volumeSource",
      CORE + "PersistentVolumeSpec.persistentVolumeSource",
      "k8s.io.api.networking.v1.IngressRule.ingressRuleValue",
      "k8s.io.api.admissionregistration.v1.RuleWithOperations.rule",
      "k8s.io.api.admissionregistration.v1.NamedRuleWithOperations.ruleWithOperations");

  /** Proto names that differ from the JSON name. */
  private static final Map<String, String> RENAMED = Map.of(
      "k8s.io.api.authentication.v1.BoundObjectReference.uID", "uid");

  /**
   * Fields whose zero value is kept: pointers where 0 or false differs from unset (a Deployment
   * scaled to zero, a container running as root), and non-pointer fields Go writes without
   * omitempty where the zero is a real answer. gogo-protobuf writes every non-pointer field, so
   * any other zero is a default and is dropped as {@code omitempty} would.
   */
  private static final Set<String> ZERO_KEPT = Set.of(
      "k8s.io.api.apps.v1.DeploymentSpec.replicas",
      "k8s.io.api.apps.v1.DeploymentSpec.revisionHistoryLimit",
      "k8s.io.api.apps.v1.ReplicaSetSpec.replicas",
      "k8s.io.api.apps.v1.StatefulSetSpec.replicas",
      "k8s.io.api.apps.v1.StatefulSetSpec.revisionHistoryLimit",
      "k8s.io.api.apps.v1.DaemonSetSpec.revisionHistoryLimit",
      "k8s.io.api.batch.v1.JobSpec.parallelism",
      "k8s.io.api.batch.v1.JobSpec.completions",
      "k8s.io.api.batch.v1.JobSpec.backoffLimit",
      "k8s.io.api.batch.v1.JobSpec.ttlSecondsAfterFinished",
      "k8s.io.api.batch.v1.JobSpec.suspend",
      "k8s.io.api.batch.v1.CronJobSpec.suspend",
      "k8s.io.api.batch.v1.CronJobSpec.successfulJobsHistoryLimit",
      "k8s.io.api.batch.v1.CronJobSpec.failedJobsHistoryLimit",
      CORE + "ReplicationControllerSpec.replicas",
      CORE + "PodSpec.terminationGracePeriodSeconds",
      CORE + "PodSpec.automountServiceAccountToken",
      CORE + "PodSpec.enableServiceLinks",
      CORE + "PodSpec.hostUsers",
      CORE + "PodSpec.shareProcessNamespace",
      CORE + "PodSecurityContext.runAsUser",
      CORE + "PodSecurityContext.runAsGroup",
      CORE + "PodSecurityContext.runAsNonRoot",
      CORE + "PodSecurityContext.fsGroup",
      CORE + "SecurityContext.runAsUser",
      CORE + "SecurityContext.runAsGroup",
      CORE + "SecurityContext.runAsNonRoot",
      CORE + "SecurityContext.privileged",
      CORE + "SecurityContext.readOnlyRootFilesystem",
      CORE + "SecurityContext.allowPrivilegeEscalation",
      CORE + "ServiceAccount.automountServiceAccountToken",
      CORE + "ServiceSpec.allocateLoadBalancerNodePorts",
      CORE + "PersistentVolumeClaimSpec.storageClassName",
      CORE + "ConfigMap.immutable",
      CORE + "Secret.immutable",
      "k8s.io.api.scheduling.v1.PriorityClass.value",
      "k8s.io.api.authorization.v1.SubjectAccessReviewStatus.allowed");

  private FieldShapes() {}

  /** True when the field is an embedded struct. */
  static boolean isInline(String field) {
    return INLINE.contains(field);
  }

  /** The JSON name of the field whose proto name is {@code protoName}. */
  static String jsonName(String field, String protoName) {
    return RENAMED.getOrDefault(field, protoName);
  }

  /** True when an explicit zero value of the field must stay in the JSON. */
  static boolean keepsZero(String field) {
    return ZERO_KEPT.contains(field);
  }
}
