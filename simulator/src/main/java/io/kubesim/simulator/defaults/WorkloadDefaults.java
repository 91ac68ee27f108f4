package io.kubesim.simulator.defaults;

import static io.kubesim.simulator.defaults.GoFields.items;
import static io.kubesim.simulator.defaults.GoFields.pointer;
import static io.kubesim.simulator.defaults.GoFields.setIfNil;
import static io.kubesim.simulator.defaults.GoFields.setIfZero;
import static io.kubesim.simulator.defaults.GoFields.struct;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Defaults of the controllers that keep pods running (apps/v1 and the core ones): replica counts,
 * rollout strategies and history limits, and the pod template of each.
 */
final class WorkloadDefaults {

  private static final String ROLLING_UPDATE = "RollingUpdate";
  private static final int REPLICAS = 1;
  private static final int REVISION_HISTORY_LIMIT = 10;
  private static final int PROGRESS_DEADLINE_SECONDS = 600;

  private WorkloadDefaults() {}

  static void deployment(ObjectNode deployment) {
    ObjectNode spec = struct(deployment, "spec");
    setIfNil(spec, "replicas", REPLICAS);
    ObjectNode strategy = struct(spec, "strategy");
    setIfZero(strategy, "type", ROLLING_UPDATE);
    if (ROLLING_UPDATE.equals(strategy.path("type").asText())) {
      ObjectNode rollingUpdate = struct(strategy, "rollingUpdate");
      setIfNil(rollingUpdate, "maxUnavailable", "25%");
      setIfNil(rollingUpdate, "maxSurge", "25%");
    }
    setIfNil(spec, "revisionHistoryLimit", REVISION_HISTORY_LIMIT);
    setIfNil(spec, "progressDeadlineSeconds", PROGRESS_DEADLINE_SECONDS);
    PodSpecDefaults.template(deployment, "spec", "template");
  }

  static void replicaSet(ObjectNode replicaSet) {
    setIfNil(struct(replicaSet, "spec"), "replicas", REPLICAS);
    PodSpecDefaults.template(replicaSet, "spec", "template");
  }

  static void daemonSet(ObjectNode daemonSet) {
    ObjectNode spec = struct(daemonSet, "spec");
    ObjectNode strategy = struct(spec, "updateStrategy");
    setIfZero(strategy, "type", ROLLING_UPDATE);
    if (ROLLING_UPDATE.equals(strategy.path("type").asText())) {
      ObjectNode rollingUpdate = struct(strategy, "rollingUpdate");
      setIfNil(rollingUpdate, "maxUnavailable", 1);
      setIfNil(rollingUpdate, "maxSurge", 0);
    }
    setIfNil(spec, "revisionHistoryLimit", REVISION_HISTORY_LIMIT);
    PodSpecDefaults.template(daemonSet, "spec", "template");
  }

  static void statefulSet(ObjectNode statefulSet) {
    ObjectNode spec = struct(statefulSet, "spec");
    setIfZero(spec, "podManagementPolicy", "OrderedReady");
    ObjectNode strategy = struct(spec, "updateStrategy");
    if (GoFields.isZero(strategy, "type")) {
      strategy.put("type", ROLLING_UPDATE);
      struct(strategy, "rollingUpdate");
    }
    // Only a rollingUpdate that exists gets a partition: type RollingUpdate alone stays bare.
    ObjectNode rollingUpdate = pointer(strategy, "rollingUpdate");
    if (ROLLING_UPDATE.equals(strategy.path("type").asText()) && rollingUpdate != null) {
      setIfNil(rollingUpdate, "partition", 0);
    }
    ObjectNode retention = struct(spec, "persistentVolumeClaimRetentionPolicy");
    setIfZero(retention, "whenDeleted", "Retain");
    setIfZero(retention, "whenScaled", "Retain");
    setIfNil(spec, "replicas", REPLICAS);
    setIfNil(spec, "revisionHistoryLimit", REVISION_HISTORY_LIMIT);
    PodSpecDefaults.template(statefulSet, "spec", "template");
    items(spec, "volumeClaimTemplates").forEach(StorageDefaults::persistentVolumeClaim);
  }

  /** The template's labels stand in for an empty selector and for empty object labels. */
  static void replicationController(ObjectNode controller) {
    ObjectNode spec = struct(controller, "spec");
    ObjectNode template = pointer(spec, "template");
    ObjectNode labels = template == null ? null : GoFields.at(template, "metadata", "labels");
    if (labels != null) {
      if (GoFields.isZero(spec, "selector")) {
        spec.set("selector", labels.deepCopy());
      }
      ObjectNode meta = struct(controller, "metadata");
      if (GoFields.isZero(meta, "labels")) {
        meta.set("labels", labels.deepCopy());
      }
    }
    setIfNil(spec, "replicas", REPLICAS);
    if (template != null) {
      PodSpecDefaults.apply(struct(template, "spec"));
    }
  }

  static void podTemplate(ObjectNode podTemplate) {
    PodSpecDefaults.template(podTemplate, "template");
  }
}
