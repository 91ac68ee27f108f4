package io.kubesim.simulator.api.table;

import static io.kubesim.simulator.api.table.JsonFields.items;
import static io.kubesim.simulator.api.table.JsonFields.name;
import static io.kubesim.simulator.api.table.JsonFields.present;
import static io.kubesim.simulator.api.table.JsonFields.size;
import static io.kubesim.simulator.api.table.JsonFields.text;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Rows of access control: role bindings (the role and, wide, the subjects by kind), certificate
 * signing requests and admission webhook configurations. Roles and cluster roles have no
 * printer upstream, so they print the default {@code NAME CREATED AT} table.
 */
final class AccessRows {

  private AccessRows() {}

  static Map<String, RowPrinter> printers() {
    return Map.of(
        "rolebindings", AccessRows::binding,
        "clusterrolebindings", AccessRows::binding,
        "certificatesigningrequests", AccessRows::certificateSigningRequest,
        "mutatingwebhookconfigurations", AccessRows::webhooks,
        "validatingwebhookconfigurations", AccessRows::webhooks);
  }

  static Row binding(JsonNode binding, PrintTime time) {
    List<String> users = new ArrayList<>();
    List<String> groups = new ArrayList<>();
    List<String> serviceAccounts = new ArrayList<>();
    for (JsonNode s : items(binding, "subjects")) {
      switch (text(s, "kind")) {
        case "ServiceAccount" -> serviceAccounts.add(text(s, "namespace") + "/" + text(s, "name"));
        case "User" -> users.add(text(s, "name"));
        case "Group" -> groups.add(text(s, "name"));
        default -> { }
      }
    }
    return Row.of(name(binding),
        text(binding, "roleRef", "kind") + "/" + text(binding, "roleRef", "name"),
        time.age(binding), String.join(", ", users), String.join(", ", groups),
        String.join(", ", serviceAccounts));
  }

  static Row certificateSigningRequest(JsonNode csr, PrintTime time) {
    JsonNode spec = csr.path("spec");
    String signer = text(spec, "signerName");
    String duration = "<none>";
    if (present(spec, "expirationSeconds")) {
      duration = HumanDuration.format(Duration.ofSeconds(spec.path("expirationSeconds").asLong()));
    }
    return Row.of(name(csr), time.age(csr), signer.isEmpty() ? "<none>" : signer,
        text(spec, "username"), duration, csrCondition(csr));
  }

  /** Denied over Approved over Pending, then {@code ,Failed} and {@code ,Issued}. */
  private static String csrCondition(JsonNode csr) {
    boolean approved = false;
    boolean denied = false;
    boolean failed = false;
    for (JsonNode c : items(csr, "status", "conditions")) {
      switch (text(c, "type")) {
        case "Approved" -> approved = true;
        case "Denied" -> denied = true;
        case "Failed" -> failed = true;
        default -> { }
      }
    }
    String status = denied ? "Denied" : approved ? "Approved" : "Pending";
    if (failed) {
      status += ",Failed";
    }
    if (!text(csr, "status", "certificate").isEmpty()) {
      status += ",Issued";
    }
    return status;
  }

  static Row webhooks(JsonNode config, PrintTime time) {
    return Row.of(name(config), size(config, "webhooks"), time.age(config));
  }
}
