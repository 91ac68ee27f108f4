package io.kubesim.simulator.api.table;

import static io.kubesim.simulator.api.table.JsonFields.at;
import static io.kubesim.simulator.api.table.JsonFields.flag;
import static io.kubesim.simulator.api.table.JsonFields.name;
import static io.kubesim.simulator.api.table.JsonFields.number;
import static io.kubesim.simulator.api.table.JsonFields.present;
import static io.kubesim.simulator.api.table.JsonFields.text;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

/**
 * Rows of the kinds that steer where and whether pods run: pod disruption budgets, priority
 * classes and runtime classes.
 */
final class SchedulingRows {

  private SchedulingRows() {}

  static Map<String, RowPrinter> printers() {
    return Map.of(
        "poddisruptionbudgets", SchedulingRows::podDisruptionBudget,
        "priorityclasses", SchedulingRows::priorityClass,
        "runtimeclasses", SchedulingRows::runtimeClass);
  }

  static Row podDisruptionBudget(JsonNode pdb, PrintTime time) {
    return Row.of(name(pdb), intOrString(at(pdb, "spec", "minAvailable")),
        intOrString(at(pdb, "spec", "maxUnavailable")),
        number(pdb, "status", "disruptionsAllowed"), time.age(pdb));
  }

  /** An int-or-string field as upstream prints it, {@code N/A} when unset. */
  private static String intOrString(JsonNode value) {
    return present(value) ? value.asText() : "N/A";
  }

  static Row priorityClass(JsonNode pc, PrintTime time) {
    return Row.of(name(pc), number(pc, "value"), flag(pc, "globalDefault"), time.age(pc),
        text(pc, "preemptionPolicy"));
  }

  static Row runtimeClass(JsonNode rc, PrintTime time) {
    return Row.of(name(rc), text(rc, "handler"), time.age(rc));
  }
}
