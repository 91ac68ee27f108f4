package io.kubesim.simulator.api.table;

import static io.kubesim.simulator.api.table.JsonFields.at;
import static io.kubesim.simulator.api.table.JsonFields.flag;
import static io.kubesim.simulator.api.table.JsonFields.items;
import static io.kubesim.simulator.api.table.JsonFields.name;
import static io.kubesim.simulator.api.table.JsonFields.text;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The node row: {@code STATUS} from the Ready condition (plus {@code SchedulingDisabled} for a
 * cordoned node), {@code ROLES} from the {@code node-role.kubernetes.io/<role>} labels.
 */
final class NodeRows {

  private static final String ROLE_PREFIX = "node-role.kubernetes.io/";
  private static final String LEGACY_ROLE_LABEL = "kubernetes.io/role";

  private NodeRows() {}

  static Map<String, RowPrinter> printers() {
    return Map.of("nodes", NodeRows::node);
  }

  static Row node(JsonNode node, PrintTime time) {
    List<String> status = new ArrayList<>();
    for (JsonNode condition : items(node, "status", "conditions")) {
      if (text(condition, "type").equals("Ready")) {
        // the last Ready condition wins, as upstream indexes conditions by type
        status.clear();
        status.add(text(condition, "status").equals("True") ? "Ready" : "NotReady");
      }
    }
    if (status.isEmpty()) {
      status.add("Unknown");
    }
    if (flag(node, "spec", "unschedulable")) {
      status.add("SchedulingDisabled");
    }
    JsonNode info = at(node, "status", "nodeInfo");
    return Row.of(name(node), String.join(",", status), roles(node), time.age(node),
        text(info, "kubeletVersion"), address(node, "InternalIP"), address(node, "ExternalIP"),
        orUnknown(text(info, "osImage")), orUnknown(text(info, "kernelVersion")),
        orUnknown(text(info, "containerRuntimeVersion")));
  }

  private static String roles(JsonNode node) {
    TreeSet<String> roles = new TreeSet<>();
    at(node, "metadata", "labels").fields().forEachRemaining(e -> {
      String key = e.getKey();
      if (key.startsWith(ROLE_PREFIX) && key.length() > ROLE_PREFIX.length()) {
        roles.add(key.substring(ROLE_PREFIX.length()));
      } else if (key.equals(LEGACY_ROLE_LABEL) && !e.getValue().asText().isEmpty()) {
        roles.add(e.getValue().asText());
      }
    });
    return roles.isEmpty() ? "<none>" : String.join(",", roles);
  }

  private static String address(JsonNode node, String type) {
    for (JsonNode a : items(node, "status", "addresses")) {
      if (text(a, "type").equals(type)) {
        return text(a, "address");
      }
    }
    return "<none>";
  }

  private static String orUnknown(String value) {
    return value.isEmpty() ? "<unknown>" : value;
  }
}
