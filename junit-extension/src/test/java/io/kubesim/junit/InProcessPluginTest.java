package io.kubesim.junit;

import static io.kubesim.junit.AdmissionAssertions.assertAdmission;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.kubesim.admission.AdmissionContext;
import io.kubesim.admission.AdmissionRequest;
import io.kubesim.admission.MutatingPlugin;
import io.kubesim.admission.Operation;
import io.kubesim.admission.ValidatingPlugin;
import io.kubesim.admission.config.AdmissionSettings;
import io.kubesim.admission.status.StatusErrors;
import io.kubesim.simulator.SimulatorOptions;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A Java admission plugin passed through {@link SimulatorOptions}: it runs in-process at the
 * webhook positions, keeps its place across resets, and appears in traces under its name.
 */
class InProcessPluginTest {

  /** Labels every ConfigMap with its team, and refuses those without a team to derive. */
  static final class TeamLabels implements MutatingPlugin, ValidatingPlugin {
    @Override
    public String name() {
      return "team-labels.example.com";
    }

    @Override
    public boolean handles(Operation operation) {
      return operation == Operation.CREATE;
    }

    @Override
    public void admit(AdmissionRequest request, AdmissionContext context) {
      String name = request.object().path("metadata").path("name").asText();
      if (request.resource().resource().equals("configmaps") && name.contains("-")) {
        ObjectNode metadata = (ObjectNode) request.object().get("metadata");
        metadata.withObject("/labels").put("team", name.substring(0, name.indexOf('-')));
      }
    }

    @Override
    public void validate(AdmissionRequest request, AdmissionContext context) {
      if (request.resource().resource().equals("configmaps")
          && request.object().path("metadata").path("labels").path("team").isMissingNode()) {
        throw StatusErrors.forbidden(request, "every ConfigMap needs a team");
      }
    }
  }

  // tag::register[]
  @RegisterExtension
  static KubeSimulatorExtension kube = KubeSimulatorExtension.builder()
      .options(SimulatorOptions.builder()
          .admission(AdmissionSettings.builder().enable("AlwaysPullImages").build())
          .plugins(new TeamLabels()).build())
      .build();
  // end::register[]

  static ConfigMapBuilder configMap(String name) {
    return new ConfigMapBuilder().withNewMetadata().withName(name).endMetadata();
  }

  @RepeatedTest(2)
  void thePluginMutatesInProcessAndStaysAcrossResets(KubernetesClient client,
      AdmissionJournal journal) {
    HasMetadata created = client.configMaps().resource(configMap("payments-settings").build())
        .create();

    assertThat(created.getMetadata().getLabels()).containsEntry("team", "payments");
    assertAdmission(journal.lastWrite())
        .mutatedBy("team-labels.example.com").at("/metadata/labels/team");
  }

  @Test
  void thePluginDeniesWithItsOwnStatus(KubernetesClient client, AdmissionJournal journal) {
    KubernetesClientException denied = catchThrowableOfType(KubernetesClientException.class,
        () -> client.configMaps().resource(configMap("orphan").build()).create());

    assertThat(denied.getCode()).isEqualTo(403);
    assertThat(denied.getStatus().getMessage())
        .isEqualTo("configmaps \"orphan\" is forbidden: every ConfigMap needs a team");
    assertAdmission(journal.lastWrite()).deniedBy("team-labels.example.com")
        .withMessageContaining("needs a team");
  }

  @Test
  void itRunsAfterTheInTreePluginsOfEachPhase(KubernetesClient client, AdmissionJournal journal) {
    client.pods().resource(new io.fabric8.kubernetes.api.model.PodBuilder().withNewMetadata()
        .withName("web").endMetadata().withNewSpec().addNewContainer().withName("app")
        .withImage("nginx").endContainer().endSpec().build()).create();

    assertAdmission(journal.lastWrite("pods")).ranInOrder("AlwaysPullImages",
        "team-labels.example.com", "AlwaysPullImages", "team-labels.example.com");
  }
}
