package io.kubesim.simulator.selector;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kubesim.admission.GroupResource;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The per-kind field selector contracts of kube-apiserver 1.33. */
class SelectableFieldsTableTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  private static GroupResource core(String resource) {
    return new GroupResource("", resource);
  }

  static Stream<Arguments> acceptedLabels() {
    return Stream.of(
        arguments(core("pods"), Set.of("metadata.name", "metadata.namespace", "spec.nodeName",
            "spec.host", "spec.restartPolicy", "spec.schedulerName", "spec.serviceAccountName",
            "spec.hostNetwork", "status.phase", "status.podIP", "status.podIPs",
            "status.nominatedNodeName")),
        arguments(core("nodes"), Set.of("metadata.name", "spec.unschedulable")),
        arguments(core("namespaces"), Set.of("metadata.name", "status.phase")),
        arguments(core("secrets"), Set.of("metadata.name", "metadata.namespace", "type")),
        arguments(core("services"), Set.of("metadata.name", "metadata.namespace",
            "spec.clusterIP", "spec.type")),
        arguments(core("replicationcontrollers"), Set.of("metadata.name", "metadata.namespace",
            "status.replicas")),
        arguments(core("events"), Set.of("metadata.name", "metadata.namespace",
            "involvedObject.kind", "involvedObject.namespace", "involvedObject.name",
            "involvedObject.uid", "involvedObject.apiVersion", "involvedObject.resourceVersion",
            "involvedObject.fieldPath", "reason", "reportingComponent", "source", "type")),
        arguments(new GroupResource("events.k8s.io", "events"), Set.of("metadata.name",
            "metadata.namespace", "regarding.kind", "regarding.namespace", "regarding.name",
            "regarding.uid", "regarding.apiVersion", "regarding.resourceVersion",
            "regarding.fieldPath", "reason", "reportingController", "source", "type")),
        arguments(new GroupResource("batch", "jobs"), Set.of("metadata.name",
            "metadata.namespace", "status.successful")),
        arguments(new GroupResource("certificates.k8s.io", "certificatesigningrequests"),
            Set.of("metadata.name", "spec.signerName")),
        arguments(core("configmaps"), Set.of("metadata.name", "metadata.namespace")),
        arguments(core("persistentvolumeclaims"), Set.of("metadata.name", "metadata.namespace")),
        arguments(new GroupResource("apps", "replicasets"),
            Set.of("metadata.name", "metadata.namespace")),
        arguments(new GroupResource("example.com", "widgets"),
            Set.of("metadata.name", "metadata.namespace")));
  }

  @ParameterizedTest(name = "{0} accepts {1}")
  @MethodSource("acceptedLabels")
  void acceptsUpstreamsLabels(GroupResource resource, Set<String> labels) {
    assertThat(SelectableFieldsTable.forResource(resource).acceptedLabels())
        .containsExactlyInAnyOrderElementsOf(labels);
  }

  static Stream<Arguments> rejections() {
    String onlyMetadata = " is not a known field selector: only \"metadata.name\","
        + " \"metadata.namespace\"";
    return Stream.of(
        arguments(core("pods"), "foo", "field label not supported: foo"),
        arguments(core("pods"), "status.hostIP", "field label not supported: status.hostIP"),
        arguments(core("nodes"), "metadata.namespace",
            "field label not supported: metadata.namespace"),
        arguments(core("namespaces"), "metadata.namespace",
            "field label not supported: metadata.namespace"),
        arguments(new GroupResource("events.k8s.io", "events"), "involvedObject.kind",
            "field label not supported: involvedObject.kind"),
        arguments(new GroupResource("batch", "jobs"), "status.succeeded",
            "field label \"status.succeeded\" not supported for batchv1.Job"),
        arguments(core("configmaps"), "foo.bar", "\"foo.bar\"" + onlyMetadata),
        arguments(new GroupResource("apps", "replicasets"), "status.replicas",
            "\"status.replicas\"" + onlyMetadata),
        arguments(new GroupResource("example.com", "widgets"), "spec.color",
            "\"spec.color\"" + onlyMetadata));
  }

  @ParameterizedTest(name = "{0} rejects {1}")
  @MethodSource("rejections")
  void rejectsOtherLabelsWithTheKindsMessage(GroupResource resource, String label,
      String message) {
    SelectableFields kind = SelectableFieldsTable.forResource(resource);
    assertThatThrownBy(() -> kind.canonicalLabel(label))
        .isInstanceOf(InvalidSelectorException.class)
        .hasMessage(message);
  }

  static Stream<Arguments> selections() {
    GroupResource pods = core("pods");
    GroupResource events = core("events");
    GroupResource newEvents = new GroupResource("events.k8s.io", "events");
    String pod = "{\"metadata\":{\"name\":\"web\",\"namespace\":\"default\"},"
        + "\"spec\":{\"nodeName\":\"node-1\",\"restartPolicy\":\"Always\"},"
        + "\"status\":{\"phase\":\"Running\",\"podIPs\":[{\"ip\":\"10.0.0.5\"}]}}";
    String coreEvent = "{\"metadata\":{\"name\":\"e\",\"namespace\":\"default\"},"
        + "\"involvedObject\":{\"kind\":\"ConfigMap\",\"name\":\"bar\",\"uid\":\"u-1\"},"
        + "\"reason\":\"Created\",\"reportingComponent\":\"kubelet\",\"type\":\"Normal\"}";
    String newEvent = "{\"metadata\":{\"name\":\"e\",\"namespace\":\"default\"},"
        + "\"regarding\":{\"kind\":\"Pod\",\"name\":\"web\"},\"reason\":\"Pulled\","
        + "\"reportingController\":\"kubelet\",\"type\":\"Normal\"}";
    return Stream.of(
        arguments(pods, pod, "spec.nodeName=node-1,status.phase=Running", true),
        arguments(pods, pod, "spec.host=node-1", true),
        arguments(pods, pod, "spec.hostNetwork=false", true),
        arguments(pods, pod, "spec.hostNetwork=true", false),
        arguments(pods, pod, "status.podIP=10.0.0.5", true),
        arguments(pods, pod, "status.podIPs=10.0.0.5", false),
        arguments(pods, pod, "status.podIPs=", true),
        arguments(pods, pod, "spec.schedulerName=", true),
        arguments(pods, "{\"metadata\":{\"name\":\"p\"},\"spec\":{\"nodeName\":null}}",
            "spec.nodeName=", true),
        arguments(pods, pod, "metadata.namespace!=default", false),
        arguments(core("nodes"), "{\"metadata\":{\"name\":\"n\"},\"spec\":"
            + "{\"unschedulable\":true}}", "spec.unschedulable=true", true),
        arguments(core("nodes"), "{\"metadata\":{\"name\":\"n\"}}",
            "spec.unschedulable=false", true),
        arguments(core("namespaces"), "{\"metadata\":{\"name\":\"ns\"},\"status\":"
            + "{\"phase\":\"Terminating\"}}", "status.phase=Terminating", true),
        arguments(core("secrets"), "{\"metadata\":{\"name\":\"s\"},\"type\":"
            + "\"kubernetes.io/tls\"}", "type=kubernetes.io/tls", true),
        arguments(core("services"), "{\"metadata\":{\"name\":\"s\"},\"spec\":"
            + "{\"clusterIP\":\"None\",\"type\":\"ClusterIP\"}}", "spec.clusterIP!=None", false),
        arguments(core("replicationcontrollers"), "{\"metadata\":{\"name\":\"rc\"}}",
            "status.replicas=0", true),
        arguments(events, coreEvent, "involvedObject.kind=ConfigMap,involvedObject.uid=u-1,"
            + "involvedObject.name=bar,involvedObject.namespace=", true),
        arguments(events, coreEvent, "source=kubelet", true),
        arguments(events, coreEvent, "reason=Created,type=Warning", false),
        arguments(newEvents, newEvent, "regarding.kind=Pod,regarding.name=web", true),
        arguments(newEvents, newEvent, "reportingController=kubelet,source=kubelet", true),
        arguments(newEvents, newEvent, "regarding.uid=x", false),
        arguments(new GroupResource("batch", "jobs"), "{\"metadata\":{\"name\":\"j\"},"
            + "\"status\":{\"succeeded\":2}}", "status.successful=2", true),
        arguments(new GroupResource("batch", "jobs"), "{\"metadata\":{\"name\":\"j\"}}",
            "status.successful=0", true),
        arguments(new GroupResource("certificates.k8s.io", "certificatesigningrequests"),
            "{\"metadata\":{\"name\":\"c\"},\"spec\":{\"signerName\":"
                + "\"kubernetes.io/kube-apiserver-client\"}}",
            "spec.signerName=kubernetes.io/kube-apiserver-client", true),
        arguments(core("configmaps"), "{\"metadata\":{\"name\":\"cm\",\"namespace\":\"a\"}}",
            "metadata.namespace=a,metadata.name=cm", true),
        arguments(core("configmaps"), "{\"metadata\":{\"name\":\"cm\",\"namespace\":\"a\"}}",
            "metadata.name=other", false));
  }

  @ParameterizedTest(name = "{0}: \"{2}\" is {3}")
  @MethodSource("selections")
  void readsFieldValuesAsUpstreamComputesThem(GroupResource resource, String object,
      String selector, boolean expected) throws Exception {
    SelectableFields kind = SelectableFieldsTable.forResource(resource);
    FieldSelector converted = kind.convert(FieldSelector.parse(selector));
    assertThat(kind.matches(converted, (ObjectNode) JSON.readTree(object))).isEqualTo(expected);
  }
}
