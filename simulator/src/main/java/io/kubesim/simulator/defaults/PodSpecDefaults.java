package io.kubesim.simulator.defaults;

import static io.kubesim.simulator.defaults.GoFields.items;
import static io.kubesim.simulator.defaults.GoFields.setIfNil;
import static io.kubesim.simulator.defaults.GoFields.setIfZero;
import static io.kubesim.simulator.defaults.GoFields.struct;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Defaults of a pod spec wherever one appears — in a Pod and in every pod template (Deployment,
 * ReplicaSet, StatefulSet, DaemonSet, Job, CronJob, ReplicationController, PodTemplate): restart
 * and DNS policy, scheduler, grace period, an empty security context, and the defaults of each
 * container and volume. Pod-only defaults live in {@link PodDefaults}.
 */
final class PodSpecDefaults {

  private static final String[] CONTAINER_LISTS =
      {"initContainers", "containers", "ephemeralContainers"};
  private static final int TERMINATION_GRACE_PERIOD_SECONDS = 30;

  private PodSpecDefaults() {}

  /** Defaults the {@code PodTemplateSpec} at {@code path} (each step a Go struct, never nil). */
  static void template(ObjectNode owner, String... path) {
    ObjectNode template = owner;
    for (String step : path) {
      template = struct(template, step);
    }
    apply(struct(template, "spec"));
  }

  /** Defaults a {@code PodSpec} in place. */
  static void apply(ObjectNode spec) {
    setIfZero(spec, "dnsPolicy", "ClusterFirst");
    setIfZero(spec, "restartPolicy", "Always");
    struct(spec, "securityContext");
    setIfNil(spec, "terminationGracePeriodSeconds", TERMINATION_GRACE_PERIOD_SECONDS);
    setIfZero(spec, "schedulerName", "default-scheduler");
    serviceAccount(spec);
    items(spec, "volumes").forEach(VolumeDefaults::volume);
    for (String list : CONTAINER_LISTS) {
      items(spec, list).forEach(ContainerDefaults::apply);
    }
  }

  /**
   * v1 conversion fills {@code serviceAccountName} from the deprecated {@code serviceAccount}
   * when only the latter is given, and always writes the deprecated field back as a copy.
   */
  private static void serviceAccount(ObjectNode spec) {
    String name = spec.path("serviceAccountName").asText("");
    if (name.isEmpty()) {
      name = spec.path("serviceAccount").asText("");
    }
    if (!name.isEmpty()) {
      spec.put("serviceAccountName", name);
      spec.put("serviceAccount", name);
    }
  }
}
