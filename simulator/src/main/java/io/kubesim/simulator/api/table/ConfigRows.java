package io.kubesim.simulator.api.table;

import static io.kubesim.simulator.api.table.JsonFields.at;
import static io.kubesim.simulator.api.table.JsonFields.name;
import static io.kubesim.simulator.api.table.JsonFields.size;
import static io.kubesim.simulator.api.table.JsonFields.text;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Rows of namespace-level configuration: config maps and secrets (how many keys), service
 * accounts, namespaces and resource quotas ({@code used/hard} per resource).
 */
final class ConfigRows {

  private ConfigRows() {}

  static Map<String, RowPrinter> printers() {
    return Map.of(
        "configmaps", ConfigRows::configMap,
        "secrets", ConfigRows::secret,
        "serviceaccounts", ConfigRows::serviceAccount,
        "namespaces", ConfigRows::namespace,
        "resourcequotas", ConfigRows::resourceQuota);
  }

  static Row configMap(JsonNode cm, PrintTime time) {
    return Row.of(name(cm), size(cm, "data") + size(cm, "binaryData"), time.age(cm));
  }

  static Row secret(JsonNode secret, PrintTime time) {
    return Row.of(name(secret), text(secret, "type"), size(secret, "data"), time.age(secret));
  }

  static Row serviceAccount(JsonNode sa, PrintTime time) {
    return Row.of(name(sa), size(sa, "secrets"), time.age(sa));
  }

  static Row namespace(JsonNode ns, PrintTime time) {
    return Row.of(name(ns), text(ns, "status", "phase"), time.age(ns));
  }

  /** Hard limits sorted by resource name; {@code limits.*} ones go to the LIMIT column. */
  static Row resourceQuota(JsonNode quota, PrintTime time) {
    Map<String, String> hard = new TreeMap<>();
    at(quota, "status", "hard").fields()
        .forEachRemaining(e -> hard.put(e.getKey(), e.getValue().asText()));
    JsonNode used = at(quota, "status", "used");
    List<String> requests = new ArrayList<>();
    List<String> limits = new ArrayList<>();
    hard.forEach((resource, limit) -> {
      String usedText = used.has(resource) ? used.get(resource).asText() : "0";
      String cell = resource + ": " + usedText + "/" + limit;
      String[] pieces = resource.split("\\.");
      (pieces.length > 1 && pieces[0].equals("limits") ? limits : requests).add(cell);
    });
    return Row.of(name(quota), String.join(", ", requests), String.join(", ", limits),
        time.age(quota));
  }
}
