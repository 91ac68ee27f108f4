package io.kubesim.simulator.api.table;

import static io.kubesim.simulator.api.table.JsonFields.at;
import static io.kubesim.simulator.api.table.JsonFields.flag;
import static io.kubesim.simulator.api.table.JsonFields.items;
import static io.kubesim.simulator.api.table.JsonFields.name;
import static io.kubesim.simulator.api.table.JsonFields.number;
import static io.kubesim.simulator.api.table.JsonFields.present;
import static io.kubesim.simulator.api.table.JsonFields.text;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The pod row: {@code NAME READY STATUS RESTARTS AGE} and the wide {@code IP NODE NOMINATED NODE
 * READINESS GATES}. STATUS is the one word kubectl users read first, so it follows upstream's
 * precedence exactly: the pod's reason, then init containers, then the last container with a
 * waiting or terminated reason, then {@code Terminating} for a pod being deleted.
 */
final class PodRows {

  private static final Row.Completion SUCCEEDED =
      new Row.Completion("Succeeded", "The pod has completed successfully.");
  private static final Row.Completion FAILED = new Row.Completion("Failed", "The pod failed.");
  /** The reason the node lifecycle controller gives pods on an unreachable node. */
  private static final String NODE_UNREACHABLE = "NodeLost";

  private PodRows() {}

  static Map<String, RowPrinter> printers() {
    return Map.of("pods", PodRows::pod);
  }

  static Row pod(JsonNode pod, PrintTime time) {
    JsonNode spec = pod.path("spec");
    JsonNode status = pod.path("status");
    String phase = text(status, "phase");
    Set<String> sidecars = sidecarNames(spec);
    long total = items(spec, "containers").size() + sidecars.size();
    Count count = new Count();
    count.reason = text(status, "reason").isEmpty() ? phase : text(status, "reason");
    for (JsonNode condition : items(status, "conditions")) {
      if (text(condition, "type").equals("PodScheduled")
          && text(condition, "reason").equals("SchedulingGated")) {
        count.reason = "SchedulingGated";
      }
    }
    boolean initializing = initContainers(spec, status, sidecars, count);
    if (!initializing || conditionTrue(status, "Initialized")) {
      containers(status, count);
    }
    boolean deleting = present(pod, "metadata", "deletionTimestamp");
    if (deleting && text(status, "reason").equals(NODE_UNREACHABLE)) {
      count.reason = "Unknown";
    } else if (deleting && !phase.equals("Succeeded") && !phase.equals("Failed")) {
      count.reason = "Terminating";
    }
    String restarts = String.valueOf(count.restarts);
    if (count.restarts != 0 && count.lastRestart != null) {
      restarts = count.restarts + " ("
          + HumanDuration.format(Duration.between(count.lastRestart, time.now())) + " ago)";
    }
    Row.Completion completed =
        phase.equals("Succeeded") ? SUCCEEDED : phase.equals("Failed") ? FAILED : null;
    return new Row(List.of(name(pod), count.ready + "/" + total, count.reason, restarts,
        time.age(pod), orNone(podIp(status)), orNone(text(spec, "nodeName")),
        orNone(text(status, "nominatedNodeName")), readinessGates(spec, status)), completed);
  }

  /** What the container walk accumulates. */
  private static final class Count {
    String reason;
    long restarts;
    long ready;
    Instant lastRestart;

    void restarted(JsonNode container) {
      restarts += number(container, "restartCount");
      Instant finished = PrintTime.parse(
          at(container, "lastState", "terminated", "finishedAt"));
      if (finished != null && (lastRestart == null || lastRestart.isBefore(finished))) {
        lastRestart = finished;
      }
    }
  }

  /** Walks init containers; true when the pod is still initializing. */
  private static boolean initContainers(JsonNode spec, JsonNode status, Set<String> sidecars,
      Count count) {
    long sidecarRestarts = 0;
    Count sidecarCount = new Count();
    List<JsonNode> statuses = items(status, "initContainerStatuses");
    int total = items(spec, "initContainers").size();
    boolean initializing = false;
    for (int i = 0; i < statuses.size(); i++) {
      JsonNode c = statuses.get(i);
      count.restarted(c);
      boolean sidecar = sidecars.contains(text(c, "name"));
      if (sidecar) {
        sidecarCount.restarted(c);
      }
      JsonNode terminated = at(c, "state", "terminated");
      String waiting = text(c, "state", "waiting", "reason");
      if (terminated.isObject() && number(terminated, "exitCode") == 0) {
        continue;
      } else if (sidecar && flag(c, "started")) {
        if (flag(c, "ready")) {
          count.ready++;
        }
        continue;
      } else if (terminated.isObject()) {
        count.reason = "Init:" + terminatedReason(terminated);
      } else if (!waiting.isEmpty() && !waiting.equals("PodInitializing")) {
        count.reason = "Init:" + waiting;
      } else {
        count.reason = "Init:" + i + "/" + total;
      }
      initializing = true;
      break;
    }
    if (!initializing || conditionTrue(status, "Initialized")) {
      // only restartable init containers (sidecars) count once the pod has initialized
      count.restarts = sidecarCount.restarts;
      count.lastRestart = sidecarCount.lastRestart;
    }
    return initializing;
  }

  /** Walks app containers from last to first, so the first container's reason wins. */
  private static void containers(JsonNode status, Count count) {
    List<JsonNode> statuses = items(status, "containerStatuses");
    boolean hasRunning = false;
    for (int i = statuses.size() - 1; i >= 0; i--) {
      JsonNode c = statuses.get(i);
      count.restarted(c);
      String waiting = text(c, "state", "waiting", "reason");
      JsonNode terminated = at(c, "state", "terminated");
      if (!waiting.isEmpty()) {
        count.reason = waiting;
      } else if (terminated.isObject()) {
        count.reason = terminatedReason(terminated);
      } else if (flag(c, "ready") && at(c, "state", "running").isObject()) {
        hasRunning = true;
        count.ready++;
      }
    }
    if (count.reason.equals("Completed") && hasRunning) {
      count.reason = conditionTrue(status, "Ready") ? "Running" : "NotReady";
    }
  }

  private static String terminatedReason(JsonNode terminated) {
    String reason = text(terminated, "reason");
    if (!reason.isEmpty()) {
      return reason;
    }
    long signal = number(terminated, "signal");
    return signal != 0 ? "Signal:" + signal : "ExitCode:" + number(terminated, "exitCode");
  }

  /** Init containers with {@code restartPolicy: Always}, which count like app containers. */
  private static Set<String> sidecarNames(JsonNode spec) {
    Set<String> names = new HashSet<>();
    for (JsonNode c : items(spec, "initContainers")) {
      if (text(c, "restartPolicy").equals("Always")) {
        names.add(text(c, "name"));
      }
    }
    return names;
  }

  private static boolean conditionTrue(JsonNode status, String type) {
    for (JsonNode condition : items(status, "conditions")) {
      if (text(condition, "type").equals(type)) {
        return text(condition, "status").equals("True");
      }
    }
    return false;
  }

  /** {@code status.podIPs[0]}, which the internal type also fills from a lone {@code podIP}. */
  private static String podIp(JsonNode status) {
    List<JsonNode> ips = items(status, "podIPs");
    return ips.isEmpty() ? text(status, "podIP") : text(ips.get(0), "ip");
  }

  private static String readinessGates(JsonNode spec, JsonNode status) {
    List<JsonNode> gates = items(spec, "readinessGates");
    if (gates.isEmpty()) {
      return "<none>";
    }
    long satisfied = gates.stream()
        .filter(g -> conditionTrue(status, text(g, "conditionType"))).count();
    return satisfied + "/" + gates.size();
  }

  static String orNone(String value) {
    return value.isEmpty() ? "<none>" : value;
  }
}
