package io.kubesim.admission.plugins.limitranger;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kubesim.admission.AdmissionRequest;
import io.kubesim.admission.Operation;
import io.kubesim.admission.cluster.InMemoryClusterView;
import io.kubesim.admission.cluster.KnownResources;
import io.kubesim.admission.testing.Json;
import io.kubesim.admission.testing.Requests;

/** LimitRanges, pods and claims of upstream's LimitRanger tests, as JSON trees. */
final class LimitRangeFixtures {

  static final String NS = "test";

  private LimitRangeFixtures() {}

  /** Upstream's {@code validLimitRange()}: a Pod item, then a Container item with defaults. */
  static ObjectNode validLimitRange() {
    return limitRange("abc",
        "{'type':'Pod','max':{'cpu':'200m','memory':'4Gi'},'min':{'cpu':'50m','memory':'2Mi'}}",
        "{'type':'Container','max':{'cpu':'100m','memory':'2Gi'},"
            + "'min':{'cpu':'25m','memory':'1Mi'},'default':{'cpu':'75m','memory':'10Mi'},"
            + "'defaultRequest':{'cpu':'50m','memory':'5Mi'}}");
  }

  /** Upstream's {@code validLimitRangeNoDefaults()}. */
  static ObjectNode validLimitRangeNoDefaults() {
    return limitRange("abc",
        "{'type':'Pod','max':{'cpu':'200m','memory':'4Gi'},'min':{'cpu':'50m','memory':'2Mi'}}",
        "{'type':'Container','max':{'cpu':'100m','memory':'2Gi'},"
            + "'min':{'cpu':'25m','memory':'1Mi'}}");
  }

  /** A LimitRange named {@code name} in namespace {@code test} with the given items. */
  static ObjectNode limitRange(String name, String... items) {
    ObjectNode limitRange = Json.object("{'kind':'LimitRange','apiVersion':'v1',"
        + "'metadata':{'name':'" + name + "','namespace':'" + NS + "'},'spec':{}}");
    ArrayNode limits = ((ObjectNode) limitRange.get("spec")).putArray("limits");
    for (String item : items) {
      limits.add(Json.node(item));
    }
    return limitRange;
  }

  /** The plugin over a namespace holding {@code limitRanges}. */
  static LimitRanger plugin(ObjectNode... limitRanges) {
    InMemoryClusterView cluster = new InMemoryClusterView();
    for (ObjectNode limitRange : limitRanges) {
      cluster.put(KnownResources.LIMIT_RANGES, limitRange);
    }
    return new LimitRanger(cluster);
  }

  /** A container: {@code resources} is e.g. {@code {'requests':{'cpu':'1'}}} or null. */
  static ObjectNode container(String name, String resources) {
    ObjectNode container = Json.object("{'image':'foo:V1'}").put("name", name);
    if (resources != null) {
      container.set("resources", Json.node(resources));
    }
    return container;
  }

  /** A pod named {@code name} with the given containers and init containers. */
  static ObjectNode pod(String name, ObjectNode[] containers, ObjectNode... initContainers) {
    ObjectNode pod = Json.object("{'kind':'Pod','apiVersion':'v1','metadata':{'namespace':'"
        + NS + "'},'spec':{}}");
    ((ObjectNode) pod.get("metadata")).put("name", name);
    ObjectNode spec = (ObjectNode) pod.get("spec");
    ArrayNode list = spec.putArray("containers");
    for (ObjectNode container : containers) {
      list.add(container);
    }
    if (initContainers.length > 0) {
      ArrayNode inits = spec.putArray("initContainers");
      for (ObjectNode container : initContainers) {
        inits.add(container);
      }
    }
    return pod;
  }

  /** A pod with one container {@code foo-0} with {@code resources}. */
  static ObjectNode pod(String resources) {
    return pod("pod", new ObjectNode[] {container("foo-0", resources)});
  }

  static AdmissionRequest create(ObjectNode pod) {
    return Requests.pod(Operation.CREATE).namespace(NS)
        .name(pod.path("metadata").path("name").asText()).object(pod).build();
  }

  /** A claim requesting {@code storage}. */
  static ObjectNode claim(String storage) {
    return Json.object("{'kind':'PersistentVolumeClaim','apiVersion':'v1','metadata':{'name':"
        + "'claim','namespace':'" + NS + "'},'spec':{'resources':{'requests':{'storage':'"
        + storage + "'}}}}");
  }

  static Requests claimRequest(Operation operation, ObjectNode claim) {
    return Requests.pod(operation).kind("", "v1", "PersistentVolumeClaim")
        .resource("", "v1", "persistentvolumeclaims").namespace(NS).name("claim").object(claim);
  }
}
