package io.kubesim.simulator.selector;

import static io.kubesim.simulator.selector.FieldReader.bool;
import static io.kubesim.simulator.selector.FieldReader.firstNonEmpty;
import static io.kubesim.simulator.selector.FieldReader.integer;
import static io.kubesim.simulator.selector.FieldReader.text;

import io.kubesim.admission.GroupResource;
import io.kubesim.admission.status.GoQuote;
import java.util.Map;
import java.util.Set;

/**
 * The field selectors each built-in resource supports in kube-apiserver 1.33, as data.
 *
 * <p>Sources: the field-label conversion functions in {@code pkg/apis/<group>/<version>/
 * conversion.go} (what is accepted, and the error text) and {@code ToSelectableFields} in
 * {@code pkg/registry/.../strategy.go} (the values). Any resource not listed here, custom
 * resources included, gets upstream's default: {@code metadata.name} and
 * {@code metadata.namespace} only. Notably {@code apps/v1} registers no conversion, so
 * ReplicaSets reject {@code status.replicas} although their registry computes it (upstream
 * issue 135136).
 */
public final class SelectableFieldsTable {

  private static final SelectableFields DEFAULT =
      SelectableFields.namespaced(SelectableFieldsTable::notKnown).build();

  private static final SelectableFields CORE_EVENTS =
      SelectableFields.namespaced(SelectableFieldsTable::notSupported)
          .field("involvedObject.kind", text("/involvedObject/kind"))
          .field("involvedObject.namespace", text("/involvedObject/namespace"))
          .field("involvedObject.name", text("/involvedObject/name"))
          .field("involvedObject.uid", text("/involvedObject/uid"))
          .field("involvedObject.apiVersion", text("/involvedObject/apiVersion"))
          .field("involvedObject.resourceVersion", text("/involvedObject/resourceVersion"))
          .field("involvedObject.fieldPath", text("/involvedObject/fieldPath"))
          .field("reason", text("/reason"))
          .field("reportingComponent", text("/reportingComponent"))
          .field("source", firstNonEmpty(text("/source/component"), text("/reportingComponent")))
          .field("type", text("/type"))
          .build();

  // events.k8s.io/v1 accepts its own spellings and renames them to the core labels.
  private static final SelectableFields EVENTS_K8S_IO =
      SelectableFields.namespaced(SelectableFieldsTable::notSupported)
          .alias("regarding.kind", "involvedObject.kind")
          .alias("regarding.namespace", "involvedObject.namespace")
          .alias("regarding.name", "involvedObject.name")
          .alias("regarding.uid", "involvedObject.uid")
          .alias("regarding.apiVersion", "involvedObject.apiVersion")
          .alias("regarding.resourceVersion", "involvedObject.resourceVersion")
          .alias("regarding.fieldPath", "involvedObject.fieldPath")
          .alias("reportingController", "reportingComponent")
          .readOnly("involvedObject.kind", text("/regarding/kind"))
          .readOnly("involvedObject.namespace", text("/regarding/namespace"))
          .readOnly("involvedObject.name", text("/regarding/name"))
          .readOnly("involvedObject.uid", text("/regarding/uid"))
          .readOnly("involvedObject.apiVersion", text("/regarding/apiVersion"))
          .readOnly("involvedObject.resourceVersion", text("/regarding/resourceVersion"))
          .readOnly("involvedObject.fieldPath", text("/regarding/fieldPath"))
          .readOnly("reportingComponent", text("/reportingController"))
          .field("reason", text("/reason"))
          .field("source",
              firstNonEmpty(text("/deprecatedSource/component"), text("/reportingController")))
          .field("type", text("/type"))
          .build();

  private static final Map<GroupResource, SelectableFields> TABLE = Map.ofEntries(
      Map.entry(core("pods"), SelectableFields.namespaced(SelectableFieldsTable::notSupported)
          .field("spec.nodeName", text("/spec/nodeName"))
          .alias("spec.host", "spec.nodeName") // pre-1.0 clients
          .field("spec.restartPolicy", text("/spec/restartPolicy"))
          .field("spec.schedulerName", text("/spec/schedulerName"))
          .field("spec.serviceAccountName", text("/spec/serviceAccountName"))
          .field("spec.hostNetwork", bool("/spec/hostNetwork"))
          .field("status.phase", text("/status/phase"))
          // upstream reads podIPs[0]; v1 conversion lets a differing podIP win
          .field("status.podIP", firstNonEmpty(text("/status/podIP"), text("/status/podIPs/0/ip")))
          .acceptedButUnset("status.podIPs")
          .field("status.nominatedNodeName", text("/status/nominatedNodeName"))
          .build()),
      Map.entry(core("nodes"), SelectableFields.clusterScoped(SelectableFieldsTable::notSupported)
          .field("spec.unschedulable", bool("/spec/unschedulable"))
          .build()),
      Map.entry(core("namespaces"),
          SelectableFields.clusterScoped(SelectableFieldsTable::notSupported)
              .field("status.phase", text("/status/phase"))
              .build()),
      Map.entry(core("secrets"), SelectableFields.namespaced(SelectableFieldsTable::notSupported)
          .field("type", text("/type"))
          .build()),
      Map.entry(core("services"), SelectableFields.namespaced(SelectableFieldsTable::notSupported)
          .field("spec.clusterIP", text("/spec/clusterIP"))
          .field("spec.type", text("/spec/type"))
          .build()),
      Map.entry(core("replicationcontrollers"),
          SelectableFields.namespaced(SelectableFieldsTable::notSupported)
              .field("status.replicas", integer("/status/replicas"))
              .build()),
      Map.entry(core("events"), CORE_EVENTS),
      Map.entry(new GroupResource("events.k8s.io", "events"), EVENTS_K8S_IO),
      Map.entry(new GroupResource("batch", "jobs"),
          SelectableFields.namespaced(SelectableFieldsTable::notSupportedForJob)
              .field("status.successful", integer("/status/succeeded"))
              .build()),
      Map.entry(new GroupResource("certificates.k8s.io", "certificatesigningrequests"),
          SelectableFields.clusterScoped(SelectableFieldsTable::notSupported)
              .field("spec.signerName", text("/spec/signerName"))
              .build()));

  private SelectableFieldsTable() {}

  /** The contract for {@code resource}; upstream's default for anything not in the table. */
  public static SelectableFields forResource(GroupResource resource) {
    return TABLE.getOrDefault(resource, DEFAULT);
  }

  /** The resources with a contract of their own. */
  public static Set<GroupResource> resources() {
    return TABLE.keySet();
  }

  private static GroupResource core(String resource) {
    return new GroupResource("", resource);
  }

  // runtime.DefaultMetaV1FieldSelectorConversion, for kinds that register no conversion
  private static String notKnown(String label) {
    return GoQuote.quote(label) + " is not a known field selector: only \"metadata.name\","
        + " \"metadata.namespace\"";
  }

  private static String notSupported(String label) {
    return "field label not supported: " + label;
  }

  private static String notSupportedForJob(String label) {
    return "field label " + GoQuote.quote(label) + " not supported for batchv1.Job";
  }
}
