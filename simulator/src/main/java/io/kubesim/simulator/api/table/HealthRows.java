package io.kubesim.simulator.api.table;

import static io.kubesim.simulator.api.table.JsonFields.items;
import static io.kubesim.simulator.api.table.JsonFields.name;
import static io.kubesim.simulator.api.table.JsonFields.text;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

/**
 * Rows of liveness signals: leases (node heartbeats and leader election, printed with their
 * holder) and the deprecated component statuses.
 */
final class HealthRows {

  private HealthRows() {}

  static Map<String, RowPrinter> printers() {
    return Map.of("leases", HealthRows::lease, "componentstatuses", HealthRows::componentStatus);
  }

  static Row lease(JsonNode lease, PrintTime time) {
    return Row.of(name(lease), text(lease, "spec", "holderIdentity"), time.age(lease));
  }

  static Row componentStatus(JsonNode cs, PrintTime time) {
    for (JsonNode condition : items(cs, "conditions")) {
      if (text(condition, "type").equals("Healthy")) {
        return Row.of(name(cs),
            text(condition, "status").equals("True") ? "Healthy" : "Unhealthy",
            text(condition, "message"), text(condition, "error"));
      }
    }
    return Row.of(name(cs), "Unknown", "", "");
  }
}
