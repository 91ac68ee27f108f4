package io.kubesim.simulator.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import com.fasterxml.jackson.databind.JsonNode;
import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.api.model.scheduling.v1.PriorityClassBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.kubesim.admission.ObjectMappers;
import io.kubesim.simulator.KubeSimulator;
import io.kubesim.simulator.SimulatorOptions;
import io.kubesim.simulator.store.StoreKeys;
import io.kubesim.simulator.store.StoredObject;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** ServiceAccount and Priority admission in a running simulator, through HTTP. */
class PodAdmissionE2ETest {

  private static final String NAMESPACE = "shop";

  private static KubeSimulator sim;
  private static KubernetesClient client;

  @BeforeAll
  static void start() {
    sim = KubeSimulator.start(SimulatorOptions.builder().build());
    client = Clients.fabric8(sim);
    client.namespaces().resource(new NamespaceBuilder().withNewMetadata().withName(NAMESPACE)
        .endMetadata().build()).create();
    client.resource(new PriorityClassBuilder().withNewMetadata().withName("high").endMetadata()
        .withValue(1000).withPreemptionPolicy("Never").build()).create();
  }

  @AfterAll
  static void stop() {
    client.close();
    sim.close();
  }

  private static PodBuilder pod(String name) {
    return new PodBuilder().withNewMetadata().withName(name).endMetadata().withNewSpec()
        .addNewContainer().withName("app").withImage("nginx").endContainer().endSpec();
  }

  private static JsonNode stored(String name) {
    StoredObject pod = sim.store().get(StoreKeys.objectKey("", "pods", NAMESPACE, name))
        .orElseThrow();
    return pod.object();
  }

  @Test
  void aPodGetsTheDefaultServiceAccountAndTheKubeApiAccessVolumeInTheStoredObject() {
    client.pods().inNamespace(NAMESPACE).resource(pod("web").build()).create();

    JsonNode spec = stored("web").path("spec");
    assertThat(spec.path("serviceAccountName").asText()).isEqualTo("default");
    assertThat(spec.path("serviceAccount").asText()).isEqualTo("default");
    String volume = spec.at("/volumes/0/name").asText();
    assertThat(volume).matches("kube-api-access-[bcdfghjklmnpqrstvwxz2456789]{5}");
    assertThat(spec.at("/volumes/0/projected")).isEqualTo(json("{\"sources\":["
        + "{\"serviceAccountToken\":{\"expirationSeconds\":3607,\"path\":\"token\"}},"
        + "{\"configMap\":{\"name\":\"kube-root-ca.crt\",\"items\":[{\"key\":\"ca.crt\","
        + "\"path\":\"ca.crt\"}]}},{\"downwardAPI\":{\"items\":[{\"path\":\"namespace\","
        + "\"fieldRef\":{\"apiVersion\":\"v1\",\"fieldPath\":\"metadata.namespace\"}}]}}],"
        + "\"defaultMode\":420}"));
    assertThat(spec.at("/containers/0/volumeMounts/0")).isEqualTo(json("{\"name\":\"" + volume
        + "\",\"readOnly\":true,\"mountPath\":\"/var/run/secrets/kubernetes.io/serviceaccount\"}"));
  }

  @Test
  void aPodNamingAMissingServiceAccountIsForbidden() {
    Pod ghost = pod("ghostly").editSpec().withServiceAccountName("ghost").endSpec().build();

    KubernetesClientException error = catchThrowableOfType(KubernetesClientException.class,
        () -> client.pods().inNamespace(NAMESPACE).resource(ghost).create());

    assertThat(error.getStatus().getCode()).isEqualTo(403);
    assertThat(error.getStatus().getMessage()).isEqualTo("pods \"ghostly\" is forbidden: error "
        + "looking up service account shop/ghost: serviceaccount \"ghost\" not found");
  }

  static Stream<Arguments> priorities() {
    return Stream.of(
        arguments("a class created through the API", "high", 1000, "Never"),
        arguments("the built-in system-node-critical", "system-node-critical", 2000001000,
            "PreemptLowerPriority"),
        arguments("the built-in system-cluster-critical", "system-cluster-critical", 2000000000,
            "PreemptLowerPriority"),
        arguments("no class and no global default", null, 0, "PreemptLowerPriority"));
  }

  @ParameterizedTest(name = "{0} sets spec.priority {2}")
  @MethodSource("priorities")
  void prioritySetsSpecPriorityFromThePriorityClass(String behaviour, String className,
      int priority, String preemptionPolicy) {
    String name = "p-" + (className == null ? "none" : className);

    Pod created = client.pods().inNamespace(NAMESPACE).resource(
        pod(name).editSpec().withPriorityClassName(className).endSpec().build()).create();

    assertThat(created.getSpec().getPriority()).isEqualTo(priority);
    assertThat(created.getSpec().getPreemptionPolicy()).isEqualTo(preemptionPolicy);
    assertThat(stored(name).at("/spec/priority").asInt()).isEqualTo(priority);
  }

  @Test
  void aPodNamingAMissingPriorityClassIsForbidden() {
    Pod pod = pod("nameless").editSpec().withPriorityClassName("nonexistent").endSpec().build();

    KubernetesClientException error = catchThrowableOfType(KubernetesClientException.class,
        () -> client.pods().inNamespace(NAMESPACE).resource(pod).create());

    assertThat(error.getStatus().getMessage()).isEqualTo(
        "pods \"nameless\" is forbidden: no PriorityClass with name nonexistent was found");
  }

  @Test
  void aSecondGlobalDefaultPriorityClassIsForbidden() {
    client.resource(new PriorityClassBuilder().withNewMetadata().withName("first-default")
        .endMetadata().withValue(10).withGlobalDefault(true).build()).create();

    KubernetesClientException error = catchThrowableOfType(KubernetesClientException.class,
        () -> client.resource(new PriorityClassBuilder().withNewMetadata()
            .withName("second-default").endMetadata().withValue(20).withGlobalDefault(true)
            .build()).create());

    assertThat(error.getStatus().getMessage()).isEqualTo("priorityclasses.scheduling.k8s.io "
        + "\"second-default\" is forbidden: PriorityClass first-default is already marked as "
        + "default. Only one default can exist");
    client.resource(new PriorityClassBuilder().withNewMetadata().withName("first-default")
        .endMetadata().build()).delete();
  }

  private static JsonNode json(String text) {
    try {
      return ObjectMappers.json().readTree(text);
    } catch (Exception e) {
      throw new IllegalArgumentException(e);
    }
  }
}
