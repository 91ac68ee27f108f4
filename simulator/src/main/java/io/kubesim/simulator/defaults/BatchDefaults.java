package io.kubesim.simulator.defaults;

import static io.kubesim.simulator.defaults.GoFields.items;
import static io.kubesim.simulator.defaults.GoFields.pointer;
import static io.kubesim.simulator.defaults.GoFields.setIfNil;
import static io.kubesim.simulator.defaults.GoFields.setIfZero;
import static io.kubesim.simulator.defaults.GoFields.struct;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Defaults of batch/v1 Jobs and CronJobs: one pod to completion with six retries, not suspended,
 * replacement only once a pod is terminal; and for CronJobs the concurrency policy and history
 * limits. A CronJob's job template gets only pod-template defaults, as upstream's do.
 */
final class BatchDefaults {

  private static final int BACKOFF_LIMIT = 6;
  private static final int BACKOFF_LIMIT_WITH_PER_INDEX = Integer.MAX_VALUE;
  private static final int SUCCESSFUL_JOBS_HISTORY_LIMIT = 3;
  private static final int FAILED_JOBS_HISTORY_LIMIT = 1;

  private BatchDefaults() {}

  static void job(ObjectNode job) {
    ObjectNode spec = struct(job, "spec");
    if (GoFields.isNil(spec, "completions") && GoFields.isNil(spec, "parallelism")) {
      spec.put("completions", 1);
      spec.put("parallelism", 1);
    }
    setIfNil(spec, "parallelism", 1);
    setIfNil(spec, "backoffLimit", GoFields.isNil(spec, "backoffLimitPerIndex")
        ? BACKOFF_LIMIT : BACKOFF_LIMIT_WITH_PER_INDEX);
    ObjectNode templateLabels = GoFields.at(spec, "template", "metadata", "labels");
    ObjectNode meta = struct(job, "metadata");
    if (templateLabels != null && GoFields.isZero(meta, "labels")) {
      meta.set("labels", templateLabels.deepCopy());
    }
    setIfNil(spec, "completionMode", "NonIndexed");
    setIfNil(spec, "suspend", false);
    ObjectNode failurePolicy = pointer(spec, "podFailurePolicy");
    if (failurePolicy != null) {
      for (ObjectNode rule : items(failurePolicy, "rules")) {
        items(rule, "onPodConditions").forEach(p -> setIfZero(p, "status", "True"));
      }
    }
    setIfNil(spec, "podReplacementPolicy",
        failurePolicy != null ? "Failed" : "TerminatingOrFailed");
    setIfNil(spec, "manualSelector", false);
    PodSpecDefaults.template(job, "spec", "template");
  }

  static void cronJob(ObjectNode cronJob) {
    ObjectNode spec = struct(cronJob, "spec");
    setIfZero(spec, "concurrencyPolicy", "Allow");
    setIfNil(spec, "suspend", false);
    setIfNil(spec, "successfulJobsHistoryLimit", SUCCESSFUL_JOBS_HISTORY_LIMIT);
    setIfNil(spec, "failedJobsHistoryLimit", FAILED_JOBS_HISTORY_LIMIT);
    PodSpecDefaults.template(cronJob, "spec", "jobTemplate", "spec", "template");
  }
}
