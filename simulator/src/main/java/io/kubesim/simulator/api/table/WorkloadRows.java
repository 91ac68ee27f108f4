package io.kubesim.simulator.api.table;

import static io.kubesim.simulator.api.table.JsonFields.at;
import static io.kubesim.simulator.api.table.JsonFields.items;
import static io.kubesim.simulator.api.table.JsonFields.name;
import static io.kubesim.simulator.api.table.JsonFields.number;
import static io.kubesim.simulator.api.table.JsonFields.text;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Rows of the pod controllers: deployments, replica sets, replication controllers, stateful
 * sets, daemon sets, and the pod templates and controller revisions they work with. Their wide
 * columns list the template's containers and images.
 */
final class WorkloadRows {

  private WorkloadRows() {}

  static Map<String, RowPrinter> printers() {
    return Map.of(
        "deployments", WorkloadRows::deployment,
        "replicasets", WorkloadRows::replicaSet,
        "replicationcontrollers", WorkloadRows::replicationController,
        "statefulsets", WorkloadRows::statefulSet,
        "daemonsets", WorkloadRows::daemonSet,
        "podtemplates", WorkloadRows::podTemplate,
        "controllerrevisions", WorkloadRows::controllerRevision);
  }

  static Row deployment(JsonNode d, PrintTime time) {
    Containers c = Containers.of(at(d, "spec", "template"));
    String selector = SelectorText.selector(at(d, "spec", "selector"));
    return Row.of(name(d),
        number(d, "status", "readyReplicas") + "/" + number(d, "spec", "replicas"),
        number(d, "status", "updatedReplicas"), number(d, "status", "availableReplicas"),
        time.age(d), c.names, c.images, selector == null ? "<invalid>" : selector);
  }

  static Row replicaSet(JsonNode rs, PrintTime time) {
    Containers c = Containers.of(at(rs, "spec", "template"));
    return Row.of(name(rs), number(rs, "spec", "replicas"), number(rs, "status", "replicas"),
        number(rs, "status", "readyReplicas"), time.age(rs), c.names, c.images,
        SelectorText.format(at(rs, "spec", "selector")));
  }

  static Row replicationController(JsonNode rc, PrintTime time) {
    Containers c = Containers.of(at(rc, "spec", "template"));
    return Row.of(name(rc), number(rc, "spec", "replicas"), number(rc, "status", "replicas"),
        number(rc, "status", "readyReplicas"), time.age(rc), c.names, c.images,
        SelectorText.labels(at(rc, "spec", "selector")));
  }

  static Row statefulSet(JsonNode s, PrintTime time) {
    Containers c = Containers.of(at(s, "spec", "template"));
    return Row.of(name(s),
        number(s, "status", "readyReplicas") + "/" + number(s, "spec", "replicas"),
        time.age(s), c.names, c.images);
  }

  static Row daemonSet(JsonNode ds, PrintTime time) {
    JsonNode status = ds.path("status");
    Containers c = Containers.of(at(ds, "spec", "template"));
    return Row.of(name(ds), number(status, "desiredNumberScheduled"),
        number(status, "currentNumberScheduled"), number(status, "numberReady"),
        number(status, "updatedNumberScheduled"), number(status, "numberAvailable"),
        SelectorText.labels(at(ds, "spec", "template", "spec", "nodeSelector")), time.age(ds),
        c.names, c.images, SelectorText.format(at(ds, "spec", "selector")));
  }

  static Row podTemplate(JsonNode t, PrintTime time) {
    Containers c = Containers.of(t.path("template"));
    return Row.of(name(t), c.names, c.images,
        SelectorText.labels(at(t, "template", "metadata", "labels")));
  }

  static Row controllerRevision(JsonNode r, PrintTime time) {
    String controller = "<none>";
    for (JsonNode owner : items(r, "metadata", "ownerReferences")) {
      if (owner.path("controller").asBoolean(false)) {
        String apiVersion = text(owner, "apiVersion");
        String group = apiVersion.contains("/") ? apiVersion.split("/")[0] : "";
        String kind = text(owner, "kind");
        String groupKind = group.isEmpty() ? kind : kind + "." + group;
        controller = groupKind.isEmpty() ? text(owner, "name")
            : groupKind.toLowerCase() + "/" + text(owner, "name");
        break;
      }
    }
    return Row.of(name(r), controller, number(r, "revision"), time.age(r));
  }

  /** A pod template's container names and images, each comma-separated. */
  record Containers(String names, String images) {

    static Containers of(JsonNode podTemplate) {
      List<String> names = new ArrayList<>();
      List<String> images = new ArrayList<>();
      for (JsonNode c : items(podTemplate, "spec", "containers")) {
        names.add(text(c, "name"));
        images.add(text(c, "image"));
      }
      return new Containers(String.join(",", names), String.join(",", images));
    }
  }
}
