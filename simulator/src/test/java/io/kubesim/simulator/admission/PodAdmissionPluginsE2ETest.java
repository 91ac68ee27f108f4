package io.kubesim.simulator.admission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import io.fabric8.kubernetes.api.model.LimitRangeBuilder;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.Toleration;
import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.ConfigBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.http.HttpRequest;
import io.fabric8.kubernetes.client.http.HttpResponse;
import io.fabric8.kubernetes.client.jdkhttp.JdkHttpClientFactory;
import io.kubesim.admission.ObjectMappers;
import io.kubesim.admission.config.AdmissionSettings;
import io.kubesim.simulator.KubeSimulator;
import io.kubesim.simulator.SimulatorOptions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * LimitRanger and DefaultTolerationSeconds in a running simulator, seen through HTTP the way a
 * client sees them: what is stored, what the trace shows, and what a denial looks like.
 */
class PodAdmissionPluginsE2ETest {

  private static KubeSimulator sim;
  private static KubernetesClient client;

  @BeforeAll
  static void start() {
    sim = KubeSimulator.start(SimulatorOptions.builder().admission(AdmissionSettings.builder()
        .enable("LimitRanger", "DefaultTolerationSeconds").build()).build());
    Config config = new ConfigBuilder().withMasterUrl(sim.baseUrl()).build();
    client = new KubernetesClientBuilder().withConfig(config)
        .withHttpClientFactory(new JdkHttpClientFactory()).build();
    client.limitRanges().inNamespace("default").resource(new LimitRangeBuilder()
        .withNewMetadata().withName("cpu-and-memory").endMetadata()
        .withNewSpec().addNewLimit().withType("Container")
        .withMax(Map.of("cpu", new Quantity("1")))
        .withDefault(Map.of("cpu", new Quantity("500m"), "memory", new Quantity("256Mi")))
        .withDefaultRequest(Map.of("cpu", new Quantity("250m"), "memory", new Quantity("128Mi")))
        .endLimit().endSpec().build()).create();
  }

  @AfterAll
  static void stop() {
    client.close();
    sim.close();
  }

  private static Pod pod(String name, Map<String, Quantity> limits) {
    return new PodBuilder().withNewMetadata().withName(name).endMetadata()
        .withNewSpec().addNewContainer().withName("app").withImage("nginx")
        .withNewResources().withLimits(limits).endResources().endContainer().endSpec().build();
  }

  /** POSTs a pod as raw JSON and answers the response, whose Audit-Id names its trace. */
  private static HttpResponse<String> post(Pod pod) throws Exception {
    HttpRequest request = client.getHttpClient().newHttpRequestBuilder()
        .uri(sim.baseUrl() + "/api/v1/namespaces/default/pods")
        .post("application/json", ObjectMappers.json().writeValueAsString(pod)).build();
    return client.getHttpClient().sendAsync(request, String.class).get();
  }

  private static JsonNode trace(String auditId) throws Exception {
    HttpRequest request = client.getHttpClient().newHttpRequestBuilder()
        .uri(sim.baseUrl() + "/kubesim/traces/" + auditId).build();
    HttpResponse<String> response = client.getHttpClient().sendAsync(request, String.class)
        .get();
    assertThat(response.code()).isEqualTo(200);
    return ObjectMappers.json().readTree(response.body()).path("trace");
  }

  @Test
  void limitRangerDefaultsAreStoredAndTracedBeforeSchemaValidation() throws Exception {
    HttpResponse<String> created = post(pod("defaulted", Map.of()));

    assertThat(created.code()).isEqualTo(201);
    Pod stored = client.pods().inNamespace("default").withName("defaulted").get();
    assertThat(stored.getSpec().getContainers().get(0).getResources().getRequests())
        .containsEntry("cpu", new Quantity("250m")).containsEntry("memory", new Quantity("128Mi"));
    assertThat(stored.getSpec().getContainers().get(0).getResources().getLimits())
        .containsEntry("cpu", new Quantity("500m")).containsEntry("memory", new Quantity("256Mi"));
    assertThat(stored.getMetadata().getAnnotations()).containsEntry("kubernetes.io/limit-ranger",
        "LimitRanger plugin set: cpu, memory request for container app; cpu, memory limit for "
            + "container app");

    List<String> steps = new ArrayList<>();
    JsonNode limitRanger = null;
    for (JsonNode entry : trace(created.header("Audit-Id"))) {
      steps.add(entry.path("name").asText());
      if (entry.path("name").asText().equals("LimitRanger")
          && entry.path("phase").asText().equals("mutating")) {
        limitRanger = entry;
      }
    }
    assertThat(limitRanger).isNotNull();
    assertThat(limitRanger.path("decision").asText()).isEqualTo("MUTATED");
    List<String> paths = new ArrayList<>();
    limitRanger.path("patch").forEach(op -> paths.add(op.path("path").asText()));
    assertThat(paths).anyMatch(path -> path.startsWith("/spec/containers/0/resources"));
    assertThat(steps.indexOf("LimitRanger")).isLessThan(steps.indexOf("schema-validation"));
  }

  @Test
  void defaultTolerationSecondsTolerationsAreStored() throws Exception {
    assertThat(post(pod("tolerant", Map.of("cpu", new Quantity("1")))).code()).isEqualTo(201);

    Pod stored = client.pods().inNamespace("default").withName("tolerant").get();

    assertThat(stored.getSpec().getTolerations())
        .extracting(Toleration::getKey, Toleration::getOperator, Toleration::getEffect,
            Toleration::getTolerationSeconds)
        .containsExactly(
            tuple("node.kubernetes.io/not-ready", "Exists", "NoExecute", 300L),
            tuple("node.kubernetes.io/unreachable", "Exists", "NoExecute", 300L));
  }

  @Test
  void aContainersOwnLimitDecidesItsRequestBeforeLimitRangerDefaults() throws Exception {
    assertThat(post(pod("limited", Map.of("cpu", new Quantity("800m")))).code())
        .isEqualTo(201);

    Pod stored = client.pods().inNamespace("default").withName("limited").get();

    // API defaulting copies the limit first, so only memory comes from the LimitRange
    assertThat(stored.getSpec().getContainers().get(0).getResources().getRequests())
        .containsExactlyInAnyOrderEntriesOf(Map.of("cpu", new Quantity("800m"),
            "memory", new Quantity("128Mi")));
    assertThat(stored.getMetadata().getAnnotations()).containsEntry("kubernetes.io/limit-ranger",
        "LimitRanger plugin set: memory request for container app; memory limit for container "
            + "app");
  }

  @Test
  void aLimitAboveTheMaxIsForbiddenWithUpstreamsMessage() {
    KubernetesClientException error = catchThrowableOfType(KubernetesClientException.class,
        () -> client.pods().inNamespace("default")
            .resource(pod("too-big", Map.of("cpu", new Quantity("2")))).create());

    assertThat(error.getCode()).isEqualTo(403);
    assertThat(error.getStatus().getReason()).isEqualTo("Forbidden");
    assertThat(error.getStatus().getMessage()).isEqualTo("pods \"too-big\" is forbidden: "
        + "maximum cpu usage per Container is 1, but limit is 2");
    assertThat(client.pods().inNamespace("default").withName("too-big").get()).isNull();
  }
}
