package io.kubesim.simulator.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.kubesim.admission.config.AdmissionSettings;
import io.kubesim.simulator.KubeSimulator;
import io.kubesim.simulator.SimulatorOptions;
import org.junit.jupiter.api.Test;

/** NamespaceAutoProvision, enabled by flag, creating namespaces through the simulator's store. */
class NamespaceAutoProvisionE2ETest {

  @Test
  void aPodInAMissingNamespaceCreatesAFilledNamespaceAndIsAdmitted() {
    SimulatorOptions options = SimulatorOptions.builder()
        .admission(AdmissionSettings.builder().enable("NamespaceAutoProvision").build()).build();
    try (KubeSimulator sim = KubeSimulator.start(options);
        KubernetesClient client = Clients.fabric8(sim)) {
      Pod pod = new PodBuilder().withNewMetadata().withName("web").endMetadata().withNewSpec()
          .addNewContainer().withName("app").withImage("nginx").endContainer().endSpec().build();

      Pod created = client.pods().inNamespace("autumn").resource(pod).create();

      assertThat(client.namespaces().withName("autumn").get().getStatus().getPhase())
          .isEqualTo("Active");
      // ServiceAccount ran after the namespace was created, and found its default account
      assertThat(created.getSpec().getServiceAccountName()).isEqualTo("default");
      assertThat(created.getSpec().getVolumes()).hasSize(1);
    }
  }
}
