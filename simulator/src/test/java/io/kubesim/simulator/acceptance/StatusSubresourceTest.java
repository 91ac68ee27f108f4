package io.kubesim.simulator.acceptance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.DeploymentBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.kubesim.simulator.KubeSimulator;
import io.kubesim.simulator.SimulatorOptions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The status subresource through fabric8's {@code updateStatus()}: writes to the main resource
 * keep the status, writes to {@code /status} change only the status, and the generation moves
 * only when the spec changes.
 */
class StatusSubresourceTest {

  private static KubeSimulator sim;
  private static KubernetesClient client;

  @BeforeAll
  static void start() {
    sim = KubeSimulator.start(SimulatorOptions.builder().build());
    client = Fabric8.clientFor(sim);
  }

  @AfterAll
  static void stop() {
    client.close();
    sim.close();
  }

  static Pod pod(String name) {
    return new PodBuilder().withNewMetadata().withName(name).endMetadata().withNewSpec()
        .addNewContainer().withName("c").withImage("nginx").endContainer().endSpec().build();
  }

  static Deployment deployment(String name) {
    return new DeploymentBuilder().withNewMetadata().withName(name).endMetadata()
        .withNewSpec().withReplicas(1).withNewSelector().addToMatchLabels("app", name)
        .endSelector().withNewTemplate().withNewMetadata().addToLabels("app", name)
        .endMetadata().withNewSpec().addNewContainer().withName("c").withImage("nginx")
        .endContainer().endSpec().endTemplate().endSpec().build();
  }

  @Test
  void aNewPodStartsPendingWhateverStatusItWasSentWith() {
    Pod sent = pod("sent-status");
    sent.setStatus(new io.fabric8.kubernetes.api.model.PodStatusBuilder().withPhase("Running")
        .build());

    Pod created = client.pods().resource(sent).create();

    assertThat(created.getStatus().getPhase()).isEqualTo("Pending");
  }

  @Test
  void updateStatusOnAPodChangesTheStatusAndIgnoresTheSpec() {
    Pod created = client.pods().resource(pod("status-only")).create();
    Pod changed = client.pods().withName("status-only").get();
    changed.getStatus().setPhase("Running");
    changed.getStatus().setMessage("hi");
    changed.getSpec().setActiveDeadlineSeconds(5L);

    Pod updated = client.pods().resource(changed).updateStatus();

    assertThat(updated.getStatus().getPhase()).isEqualTo("Running");
    assertThat(updated.getStatus().getMessage()).isEqualTo("hi");
    assertThat(updated.getSpec()).isEqualTo(created.getSpec());
    assertThat(client.pods().withName("status-only").get()).isEqualTo(updated);
  }

  @Test
  void anUpdateOfThePodKeepsItsStatus() {
    client.pods().resource(pod("keeps-status")).create();
    Pod changed = client.pods().withName("keeps-status").get();
    changed.getStatus().setPhase("Succeeded");
    changed.getMetadata().setLabels(java.util.Map.of("touched", "yes"));

    Pod updated = client.pods().resource(changed).update();

    assertThat(updated.getMetadata().getLabels()).containsEntry("touched", "yes");
    assertThat(updated.getStatus().getPhase()).isEqualTo("Pending");
  }

  @Test
  void updateStatusWithAStaleResourceVersionIsAConflict() {
    Pod created = client.pods().resource(pod("stale-status")).create();
    Pod first = client.pods().withName("stale-status").get();
    first.getStatus().setMessage("first");
    client.pods().resource(first).updateStatus();
    created.getStatus().setMessage("stale");

    assertThatThrownBy(() -> client.pods().resource(created).updateStatus())
        .isInstanceOfSatisfying(KubernetesClientException.class,
            e -> assertThat(e.getStatus().getMessage()).isEqualTo(
                "Operation cannot be fulfilled on pods \"stale-status\": the object has been "
                    + "modified; please apply your changes to the latest version and try again"));
  }

  @Test
  void aDeploymentsGenerationMovesOnSpecChangesOnly() {
    Deployment created = client.apps().deployments().resource(deployment("gen")).create();
    assertThat(created.getMetadata().getGeneration()).isEqualTo(1L);
    assertThat(created.getStatus()).isNull();

    Deployment labelled = client.apps().deployments().withName("gen").get();
    labelled.getMetadata().setLabels(java.util.Map.of("team", "a"));
    labelled = client.apps().deployments().resource(labelled).update();
    assertThat(labelled.getMetadata().getGeneration()).isEqualTo(1L);

    labelled.getSpec().setReplicas(3);
    Deployment scaled = client.apps().deployments().resource(labelled).update();
    assertThat(scaled.getMetadata().getGeneration()).isEqualTo(2L);

    scaled.setStatus(new io.fabric8.kubernetes.api.model.apps.DeploymentStatusBuilder()
        .withReplicas(3).withObservedGeneration(2L).build());
    scaled.getSpec().setReplicas(7);
    Deployment reported = client.apps().deployments().resource(scaled).updateStatus();
    assertThat(reported.getMetadata().getGeneration()).isEqualTo(2L);
    assertThat(reported.getStatus().getReplicas()).isEqualTo(3);
    assertThat(reported.getSpec().getReplicas()).isEqualTo(3);

    reported.getStatus().setReplicas(0);
    reported.getSpec().setReplicas(4);
    Deployment rescaled = client.apps().deployments().resource(reported).update();
    assertThat(rescaled.getMetadata().getGeneration()).isEqualTo(3L);
    assertThat(rescaled.getStatus().getReplicas()).isEqualTo(3);
    assertThat(rescaled.getSpec().getReplicas()).isEqualTo(4);
  }
}
