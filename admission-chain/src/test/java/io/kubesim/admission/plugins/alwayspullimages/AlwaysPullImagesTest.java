package io.kubesim.admission.plugins.alwayspullimages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kubesim.admission.AdmissionRequest;
import io.kubesim.admission.ObjectMappers;
import io.kubesim.admission.Operation;
import io.kubesim.admission.RequestScope;
import io.kubesim.admission.status.StatusException;
import io.kubesim.admission.testing.Json;
import io.kubesim.admission.testing.PluginChecks;
import io.kubesim.admission.testing.Requests;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Spec part 1 §4.3, every case, plus the contracts every plugin keeps. */
class AlwaysPullImagesTest {

  private static final List<String> POLICIES = List.of("", "Never", "IfNotPresent", "Always");

  private final AlwaysPullImages plugin = new AlwaysPullImages();

  private static ObjectNode container(String name, String image, String policy) {
    ObjectNode c = Json.object("{}").put("name", name).put("image", image);
    return policy == null ? c : c.put("imagePullPolicy", policy);
  }

  /** A pod with one init container and one container per policy, and the given volumes. */
  private static ObjectNode podWithEveryPolicy(List<String> volumePolicies) {
    ObjectNode pod = Json.object("{'kind':'Pod','metadata':{'name':'123','namespace':'test'}}");
    ObjectNode spec = pod.putObject("spec");
    ArrayNode init = spec.putArray("initContainers");
    ArrayNode containers = spec.putArray("containers");
    for (int i = 0; i < POLICIES.size(); i++) {
      init.add(container("init" + (i + 1), "image", POLICIES.get(i)));
      containers.add(container("ctr" + (i + 1), "image", POLICIES.get(i)));
    }
    ArrayNode volumes = spec.putArray("volumes");
    for (int i = 0; i < volumePolicies.size(); i++) {
      volumes.addObject().put("name", "volume" + (i + 1)).putObject("image")
          .put("reference", "image").put("pullPolicy", volumePolicies.get(i));
    }
    return pod;
  }

  /** Upstream's single-pod cases: ctr2 with the given image and policy. */
  private static ObjectNode podWithSecondContainer(String image, String policy) {
    ObjectNode pod = Json.object("{'kind':'Pod','metadata':{'name':'123','namespace':'test'}}");
    ArrayNode containers = pod.putObject("spec").putArray("containers");
    containers.add(container("ctr2", image, policy));
    return pod;
  }

  private static List<String> values(JsonNode pod, String pointer, String field) {
    List<String> values = new ArrayList<>();
    pod.at(pointer).forEach(item -> values.add(item.at(field).asText()));
    return values;
  }

  @Test
  void case1And2CreateSetsEveryContainerAndImageVolumeToAlways() {
    ObjectNode pod = podWithEveryPolicy(List.of("Never", "IfNotPresent", "Always"));

    plugin.admit(Requests.pod(Operation.CREATE).name("123").object(pod).build(),
        new RequestScope());

    assertThat(values(pod, "/spec/initContainers", "/imagePullPolicy")).containsOnly("Always")
        .hasSize(4);
    assertThat(values(pod, "/spec/containers", "/imagePullPolicy")).containsOnly("Always")
        .hasSize(4);
    assertThat(values(pod, "/spec/volumes", "/image/pullPolicy")).containsOnly("Always")
        .hasSize(3);
  }

  @Test
  void case3ValidateAloneReportsEveryPolicyInOneAggregate() {
    AdmissionRequest request = Requests.pod(Operation.CREATE).name("123")
        .object(podWithEveryPolicy(POLICIES)).build();

    StatusException error = catchThrowableOfType(StatusException.class,
        () -> plugin.validate(request, new RequestScope()));

    assertThat(error.getMessage()).isEqualTo("[pods \"123\" is forbidden: spec.initContainers[0]"
        + ".imagePullPolicy: Unsupported value: \"\": supported values: \"Always\", pods \"123\" "
        + "is forbidden: spec.initContainers[1].imagePullPolicy: Unsupported value: \"Never\": "
        + "supported values: \"Always\", pods \"123\" is forbidden: spec.initContainers[2]"
        + ".imagePullPolicy: Unsupported value: \"IfNotPresent\": supported values: \"Always\", "
        + "pods \"123\" is forbidden: spec.containers[0].imagePullPolicy: Unsupported value: \"\""
        + ": supported values: \"Always\", pods \"123\" is forbidden: spec.containers[1]"
        + ".imagePullPolicy: Unsupported value: \"Never\": supported values: \"Always\", pods "
        + "\"123\" is forbidden: spec.containers[2].imagePullPolicy: Unsupported value: "
        + "\"IfNotPresent\": supported values: \"Always\", pods \"123\" is forbidden: "
        + "spec.volumes[0].image.pullPolicy: Unsupported value: \"\": supported values: "
        + "\"Always\", pods \"123\" is forbidden: spec.volumes[1].image.pullPolicy: Unsupported "
        + "value: \"Never\": supported values: \"Always\", pods \"123\" is forbidden: "
        + "spec.volumes[2].image.pullPolicy: Unsupported value: \"IfNotPresent\": supported "
        + "values: \"Always\"]");
    // an aggregate is not a StatusError: upstream answers 500 with no reason
    assertThat(error.code()).isEqualTo(500);
    assertThat(error.status().reason()).isEmpty();
  }

  static Stream<Arguments> singleErrors() {
    return Stream.of(
        arguments("an ephemeral container", "ephemeralContainers", "IfNotPresent",
            "pods \"123\" is forbidden: spec.ephemeralContainers[0].imagePullPolicy: Unsupported "
                + "value: \"IfNotPresent\": supported values: \"Always\""),
        arguments("a container without a policy, like an empty one", "containers", null,
            "pods \"123\" is forbidden: spec.containers[0].imagePullPolicy: Unsupported value: "
                + "\"\": supported values: \"Always\""));
  }

  @ParameterizedTest(name = "{0} alone is reported without brackets")
  @MethodSource("singleErrors")
  void aSingleViolationIsStillAPlain500(String behaviour, String list, String policy,
      String message) {
    ObjectNode pod = Json.object("{'kind':'Pod','metadata':{'name':'123'}}");
    pod.putObject("spec").putArray(list).add(container("c", "image", policy));
    AdmissionRequest request = Requests.pod(Operation.CREATE).name("123").object(pod).build();

    StatusException error = catchThrowableOfType(StatusException.class,
        () -> plugin.validate(request, new RequestScope()));

    assertThat(error.getMessage()).isEqualTo(message);
    assertThat(error.code()).isEqualTo(500);
  }

  static Stream<Arguments> ignoredRequests() {
    return Stream.of(
        arguments("case 4: a resource other than pods",
            Requests.pod(Operation.CREATE).kind("", "v1", "Foo").resource("", "v1", "foos")
                .name("123").object(podWithSecondContainer("image", "Never")), "Never"),
        arguments("case 5: the exec subresource",
            Requests.pod(Operation.CREATE).subresource("exec").name("123")
                .object(podWithSecondContainer("image", "Never")), "Never"),
        arguments("case 7: an update that keeps every image",
            Requests.pod(Operation.UPDATE).name("123")
                .oldObject(podWithSecondContainer("image", "IfNotPresent"))
                .object(withAnnotation(podWithSecondContainer("image", "IfNotPresent"))),
            "IfNotPresent"),
        arguments("upstream TestUpdatePod: the finalizers subresource",
            Requests.pod(Operation.UPDATE).subresource("finalizers").name("123")
                .oldObject(podWithSecondContainer("image", "IfNotPresent"))
                .object(podWithSecondContainer("image2", "IfNotPresent")), "IfNotPresent"));
  }

  private static ObjectNode withAnnotation(ObjectNode pod) {
    pod.withObjectProperty("metadata").withObjectProperty("annotations").put("test", "test");
    return pod;
  }

  @ParameterizedTest(name = "{0} is left alone")
  @MethodSource("ignoredRequests")
  void ignoredRequestsAreNeitherChangedNorRejected(String behaviour, Requests requests,
      String policy) {
    AdmissionRequest request = requests.build();

    assertThatCode(() -> plugin.admit(request, new RequestScope())).doesNotThrowAnyException();
    assertThatCode(() -> plugin.validate(request, new RequestScope()))
        .doesNotThrowAnyException();
    assertThat(request.object().at("/spec/containers/0/imagePullPolicy").asText())
        .isEqualTo(policy);
  }

  @Test
  void case6AnObjectThatIsNotAPodIsABadRequestInBothPhases() {
    AdmissionRequest request = Requests.pod(Operation.CREATE).name("123")
        .object(Json.object("{'kind':'Service','metadata':{'name':'123'}}")).build();

    for (StatusException error : List.of(
        catchThrowableOfType(StatusException.class,
            () -> plugin.admit(request, new RequestScope())),
        catchThrowableOfType(StatusException.class,
            () -> plugin.validate(request, new RequestScope())))) {
      assertThat(error.code()).isEqualTo(400);
      assertThat(error.status().reason()).isEqualTo("BadRequest");
      assertThat(error.getMessage())
          .isEqualTo("Resource was marked with kind Pod but was unable to be converted");
    }
  }

  @Test
  void case8AnUpdateWithANewImageSetsAlways() {
    AdmissionRequest request = Requests.pod(Operation.UPDATE).name("123")
        .oldObject(podWithSecondContainer("image", "IfNotPresent"))
        .object(podWithSecondContainer("image2", "IfNotPresent")).build();

    plugin.admit(request, new RequestScope());

    assertThat(request.object().at("/spec/containers/0/imagePullPolicy").asText())
        .isEqualTo("Always");
  }

  static Stream<Arguments> operations() {
    return Stream.of(arguments(Operation.CREATE, true), arguments(Operation.UPDATE, true),
        arguments(Operation.DELETE, false), arguments(Operation.CONNECT, false));
  }

  @ParameterizedTest(name = "case 9: handles {0} is {1}")
  @MethodSource("operations")
  void case9HandlesCreateAndUpdateOnly(Operation operation, boolean handled) {
    assertThat(plugin.handles(operation)).isEqualTo(handled);
  }

  @Test
  void case10EphemeralContainersAddedThroughTheirSubresourceAreUntouched() {
    ObjectNode pod = Json.object("{'kind':'Pod','metadata':{'name':'123'}}");
    pod.putObject("spec").putArray("ephemeralContainers")
        .add(container("debugger", "busybox", "IfNotPresent"));
    AdmissionRequest request = Requests.pod(Operation.UPDATE).subresource("ephemeralcontainers")
        .name("123").oldObject(Json.object("{'kind':'Pod'}")).object(pod).build();

    plugin.admit(request, new RequestScope());
    assertThatCode(() -> plugin.validate(request, new RequestScope()))
        .doesNotThrowAnyException();

    assertThat(pod.at("/spec/ephemeralContainers/0/imagePullPolicy").asText())
        .isEqualTo("IfNotPresent");
  }

  @Test
  void admitIsIdempotentAndValidateChangesNothing() {
    PluginChecks.assertIdempotent(plugin, Requests.pod(Operation.CREATE).name("123")
        .object(podWithEveryPolicy(POLICIES)).build());
    PluginChecks.assertDoesNotMutate(plugin, Requests.pod(Operation.CREATE).name("123")
        .object(podWithEveryPolicy(POLICIES)).build());
  }

  @Test
  void aPodMutatedByAdmitPassesValidate() {
    ObjectNode pod = ObjectMappers.toTree(ObjectMappers.toTyped(
        podWithEveryPolicy(POLICIES), io.fabric8.kubernetes.api.model.Pod.class));
    AdmissionRequest request = Requests.pod(Operation.CREATE).name("123").object(pod).build();

    plugin.admit(request, new RequestScope());

    assertThatCode(() -> plugin.validate(request, new RequestScope()))
        .doesNotThrowAnyException();
  }
}
