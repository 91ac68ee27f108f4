package io.kubesim.simulator.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.api.model.Status;
import io.fabric8.kubernetes.api.model.StatusCause;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.kubesim.simulator.KubeSimulator;
import io.kubesim.simulator.SimulatorOptions;
import io.kubesim.simulator.e2e.Clients.Answer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** NamespaceLifecycle in a running simulator, through HTTP, with default admission settings. */
class NamespaceAdmissionE2ETest {

  private static KubeSimulator sim;
  private static KubernetesClient client;

  @BeforeAll
  static void start() {
    sim = KubeSimulator.start(SimulatorOptions.builder().build());
    client = Clients.fabric8(sim);
  }

  @AfterAll
  static void stop() {
    client.close();
    sim.close();
  }

  static Pod pod(String name) {
    return new PodBuilder().withNewMetadata().withName(name).endMetadata().withNewSpec()
        .addNewContainer().withName("app").withImage("nginx").endContainer().endSpec().build();
  }

  @Test
  void aPodInAMissingNamespaceIsRejectedByNamespaceLifecycleBeforeAnyOtherPlugin()
      throws Exception {
    Answer answer = Clients.send(client, "POST", "/api/v1/namespaces/missing/pods",
        "{\"apiVersion\":\"v1\",\"kind\":\"Pod\",\"metadata\":{\"name\":\"web\"},"
            + "\"spec\":{\"containers\":[{\"name\":\"app\",\"image\":\"nginx\"}]}}");

    assertThat(answer.code()).isEqualTo(404);
    assertThat(answer.body().path("message").asText())
        .isEqualTo("namespaces \"missing\" not found");
    assertThat(answer.body().path("reason").asText()).isEqualTo("NotFound");
    assertThat(answer.body().path("details").path("kind").asText()).isEqualTo("namespaces");

    JsonNode trace = Clients.send(client, "GET", "/kubesim/traces/" + answer.auditId(), null)
        .body().path("trace");
    List<String> steps = new ArrayList<>();
    trace.forEach(e -> steps.add(e.path("name").asText() + " " + e.path("decision").asText()));
    // the chain stops at its first plugin: nothing after NamespaceLifecycle runs
    assertThat(steps).containsSubsequence("mutating-admission DENIED",
        "NamespaceLifecycle DENIED").doesNotContain("ServiceAccount ADMITTED",
        "ServiceAccount MUTATED", "Priority MUTATED", "schema-validation ADMITTED",
        "storage ADMITTED");
    assertThat(steps.get(steps.size() - 1)).isEqualTo("NamespaceLifecycle DENIED");
    JsonNode denial = trace.get(trace.size() - 1);
    assertThat(denial.path("phase").asText()).isEqualTo("mutating");
    assertThat(denial.path("message").asText()).isEqualTo("namespaces \"missing\" not found");
  }

  @Test
  void creatingInATerminatingNamespaceIsForbiddenWithTheNamespaceTerminatingCause() {
    // a finalizer of our own keeps the namespace Terminating after its content is gone
    client.namespaces().resource(new NamespaceBuilder().withNewMetadata().withName("doomed")
        .withFinalizers("kubesim.test/hold").endMetadata().build()).create();
    client.namespaces().withName("doomed").delete();

    KubernetesClientException error = catchThrowableOfType(KubernetesClientException.class,
        () -> client.pods().inNamespace("doomed").resource(pod("late")).create());

    Status status = error.getStatus();
    assertThat(status.getCode()).isEqualTo(403);
    assertThat(status.getReason()).isEqualTo("Forbidden");
    assertThat(status.getMessage()).isEqualTo("pods \"late\" is forbidden: unable to create new "
        + "content in namespace doomed because it is being terminated");
    StatusCause cause = status.getDetails().getCauses().get(0);
    assertThat(List.of(cause.getReason(), cause.getMessage(), cause.getField())).containsExactly(
        "NamespaceTerminating", "namespace doomed is being terminated", "metadata.namespace");
  }

  @Test
  void theImmortalNamespacesCannotBeDeleted() {
    KubernetesClientException error = catchThrowableOfType(KubernetesClientException.class,
        () -> client.namespaces().withName("kube-system").delete());

    assertThat(error.getStatus().getCode()).isEqualTo(403);
    assertThat(error.getStatus().getMessage())
        .isEqualTo("namespaces \"kube-system\" is forbidden: this namespace may not be deleted");
    assertThat(client.namespaces().withName("kube-system").get().getStatus().getPhase())
        .isEqualTo("Active");
  }
}
