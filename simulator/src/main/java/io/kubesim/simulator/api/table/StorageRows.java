package io.kubesim.simulator.api.table;

import static io.kubesim.simulator.api.table.JsonFields.at;
import static io.kubesim.simulator.api.table.JsonFields.flag;
import static io.kubesim.simulator.api.table.JsonFields.items;
import static io.kubesim.simulator.api.table.JsonFields.name;
import static io.kubesim.simulator.api.table.JsonFields.present;
import static io.kubesim.simulator.api.table.JsonFields.size;
import static io.kubesim.simulator.api.table.JsonFields.text;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Rows of storage: persistent volumes and claims (access modes abbreviated {@code RWO},
 * {@code ROX}, {@code RWX}, {@code RWOP}), storage classes and the CSI kinds. Quantities print as
 * stored, which is the canonical form whenever clients send canonical quantities.
 */
final class StorageRows {

  private static final String BETA_CLASS_ANNOTATION = "volume.beta.kubernetes.io/storage-class";
  private static final String DEFAULT_CLASS = "storageclass.kubernetes.io/is-default-class";
  private static final String BETA_DEFAULT_CLASS =
      "storageclass.beta.kubernetes.io/is-default-class";

  private StorageRows() {}

  static Map<String, RowPrinter> printers() {
    return Map.of(
        "persistentvolumes", StorageRows::persistentVolume,
        "persistentvolumeclaims", StorageRows::persistentVolumeClaim,
        "storageclasses", StorageRows::storageClass,
        "volumeattachments", StorageRows::volumeAttachment,
        "csidrivers", StorageRows::csiDriver,
        "csinodes", StorageRows::csiNode);
  }

  static Row persistentVolume(JsonNode pv, PrintTime time) {
    JsonNode spec = pv.path("spec");
    JsonNode claim = spec.path("claimRef");
    String claimText = claim.isObject() ? text(claim, "namespace") + "/" + text(claim, "name") : "";
    String phase = present(pv, "metadata", "deletionTimestamp")
        ? "Terminating" : text(pv, "status", "phase");
    return Row.of(name(pv), quantity(at(spec, "capacity", "storage")),
        accessModes(spec.path("accessModes")), text(spec, "persistentVolumeReclaimPolicy"),
        phase, claimText, className(pv),
        orUnset(spec, "volumeAttributesClassName"), text(pv, "status", "reason"), time.age(pv),
        orUnset(spec, "volumeMode"));
  }

  static Row persistentVolumeClaim(JsonNode pvc, PrintTime time) {
    JsonNode spec = pvc.path("spec");
    String phase = present(pvc, "metadata", "deletionTimestamp")
        ? "Terminating" : text(pvc, "status", "phase");
    String capacity = "";
    String modes = "";
    if (!text(spec, "volumeName").isEmpty()) {
      modes = accessModes(at(pvc, "status", "accessModes"));
      capacity = quantity(at(pvc, "status", "capacity", "storage"));
    }
    return Row.of(name(pvc), phase, text(spec, "volumeName"), capacity, modes,
        className(pvc),
        orUnset(spec, "volumeAttributesClassName"), time.age(pvc), orUnset(spec, "volumeMode"));
  }

  static Row storageClass(JsonNode sc, PrintTime time) {
    JsonNode annotations = at(sc, "metadata", "annotations");
    boolean isDefault = text(annotations, DEFAULT_CLASS).equals("true")
        || text(annotations, BETA_DEFAULT_CLASS).equals("true");
    return Row.of(name(sc) + (isDefault ? " (default)" : ""), text(sc, "provisioner"),
        present(sc, "reclaimPolicy") ? text(sc, "reclaimPolicy") : "Delete",
        present(sc, "volumeBindingMode") ? text(sc, "volumeBindingMode") : "Immediate",
        flag(sc, "allowVolumeExpansion"), time.age(sc));
  }

  static Row volumeAttachment(JsonNode va, PrintTime time) {
    return Row.of(name(va), text(va, "spec", "attacher"),
        text(va, "spec", "source", "persistentVolumeName"), text(va, "spec", "nodeName"),
        flag(va, "status", "attached"), time.age(va));
  }

  static Row csiDriver(JsonNode driver, PrintTime time) {
    JsonNode spec = driver.path("spec");
    String tokenRequests = "<unset>";
    if (present(spec, "tokenRequests")) {
      List<String> audiences = new ArrayList<>();
      items(spec, "tokenRequests").forEach(t -> audiences.add(text(t, "audience")));
      tokenRequests = String.join(",", audiences);
    }
    List<String> modes = new ArrayList<>();
    items(spec, "volumeLifecycleModes").forEach(m -> modes.add(m.asText()));
    return Row.of(name(driver),
        present(spec, "attachRequired") ? flag(spec, "attachRequired") : Boolean.TRUE,
        flag(spec, "podInfoOnMount"), flag(spec, "storageCapacity"), tokenRequests,
        flag(spec, "requiresRepublish"), modes.isEmpty() ? "<none>" : String.join(",", modes),
        time.age(driver));
  }

  static Row csiNode(JsonNode node, PrintTime time) {
    return Row.of(name(node), size(node, "spec", "drivers"), time.age(node));
  }

  /** The beta annotation when present, even empty, else {@code spec.storageClassName}. */
  private static String className(JsonNode volumeOrClaim) {
    JsonNode annotations = at(volumeOrClaim, "metadata", "annotations");
    return annotations.has(BETA_CLASS_ANNOTATION)
        ? annotations.get(BETA_CLASS_ANNOTATION).asText()
        : text(volumeOrClaim, "spec", "storageClassName");
  }

  /** Upstream's abbreviations, in its fixed order, duplicates dropped. */
  private static String accessModes(JsonNode modes) {
    List<String> given = new ArrayList<>();
    modes.forEach(m -> given.add(m.asText()));
    List<String> out = new ArrayList<>();
    String[][] abbreviations = {{"ReadWriteOnce", "RWO"}, {"ReadOnlyMany", "ROX"},
        {"ReadWriteMany", "RWX"}, {"ReadWriteOncePod", "RWOP"}};
    for (String[] a : abbreviations) {
      if (given.contains(a[0])) {
        out.add(a[1]);
      }
    }
    return String.join(",", out);
  }

  /** A quantity as stored; the zero quantity prints {@code 0}. */
  private static String quantity(JsonNode value) {
    return present(value) ? value.asText() : "0";
  }

  private static String orUnset(JsonNode spec, String field) {
    return present(spec, field) ? text(spec, field) : "<unset>";
  }
}
