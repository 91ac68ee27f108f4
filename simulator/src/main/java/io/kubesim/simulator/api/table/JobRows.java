package io.kubesim.simulator.api.table;

import static io.kubesim.simulator.api.table.JsonFields.at;
import static io.kubesim.simulator.api.table.JsonFields.items;
import static io.kubesim.simulator.api.table.JsonFields.name;
import static io.kubesim.simulator.api.table.JsonFields.number;
import static io.kubesim.simulator.api.table.JsonFields.present;
import static io.kubesim.simulator.api.table.JsonFields.size;
import static io.kubesim.simulator.api.table.JsonFields.text;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

/**
 * Rows of batch work: jobs ({@code STATUS COMPLETIONS DURATION AGE} since 1.30) and cron jobs.
 */
final class JobRows {

  private JobRows() {}

  static Map<String, RowPrinter> printers() {
    return Map.of("jobs", JobRows::job, "cronjobs", JobRows::cronJob);
  }

  static Row job(JsonNode job, PrintTime time) {
    JsonNode spec = job.path("spec");
    JsonNode status = job.path("status");
    long succeeded = number(status, "succeeded");
    String completions;
    if (present(spec, "completions")) {
      completions = succeeded + "/" + number(spec, "completions");
    } else if (number(spec, "parallelism") > 1) {
      completions = succeeded + "/1 of " + number(spec, "parallelism");
    } else {
      completions = succeeded + "/1";
    }
    String duration = "";
    if (present(status, "startTime")) {
      duration = present(status, "completionTime")
          ? PrintTime.between(status.path("startTime"), status.path("completionTime"))
          : time.since(status.path("startTime"));
    }
    WorkloadRows.Containers c = WorkloadRows.Containers.of(at(spec, "template"));
    return Row.of(name(job), status(job), completions, duration, time.age(job), c.names(),
        c.images(), SelectorText.format(spec.path("selector")));
  }

  /** The first condition that holds, in upstream's order of precedence. */
  private static String status(JsonNode job) {
    JsonNode status = job.path("status");
    if (conditionTrue(status, "Complete")) {
      return "Complete";
    } else if (conditionTrue(status, "Failed")) {
      return "Failed";
    } else if (present(job, "metadata", "deletionTimestamp")) {
      return "Terminating";
    } else if (conditionTrue(status, "Suspended")) {
      return "Suspended";
    } else if (conditionTrue(status, "FailureTarget")) {
      return "FailureTarget";
    }
    return "Running";
  }

  /** The status of the first condition of {@code type}; later duplicates do not count. */
  private static boolean conditionTrue(JsonNode status, String type) {
    for (JsonNode condition : items(status, "conditions")) {
      if (text(condition, "type").equals(type)) {
        return text(condition, "status").equals("True");
      }
    }
    return false;
  }

  static Row cronJob(JsonNode cj, PrintTime time) {
    JsonNode spec = cj.path("spec");
    JsonNode lastSchedule = at(cj, "status", "lastScheduleTime");
    String suspend = present(spec, "suspend")
        ? (spec.path("suspend").asBoolean() ? "True" : "False") : "<unset>";
    JsonNode jobSpec = at(spec, "jobTemplate", "spec");
    WorkloadRows.Containers c = WorkloadRows.Containers.of(jobSpec.path("template"));
    return Row.of(name(cj), text(spec, "schedule"),
        present(spec, "timeZone") ? text(spec, "timeZone") : "<none>", suspend,
        size(cj, "status", "active"),
        present(lastSchedule) ? time.since(lastSchedule) : "<none>", time.age(cj), c.names(),
        c.images(), SelectorText.format(jobSpec.path("selector")));
  }
}
