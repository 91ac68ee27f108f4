package io.kubesim.simulator.apply;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.fabric8.kubernetes.api.model.ManagedFieldsEntry;
import io.fabric8.kubernetes.client.ConfigBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.jdkhttp.JdkHttpClientFactory;
import io.kubesim.simulator.KubeSimulator;
import io.kubesim.simulator.SimulatorOptions;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** fabric8's {@code serverSideApply()}: create, conflict with another manager, force. */
class ApplyFabric8Test {

  private static KubeSimulator sim;
  private static KubernetesClient client;

  @BeforeAll
  static void start() {
    sim = KubeSimulator.start(SimulatorOptions.builder().build());
    client = new KubernetesClientBuilder()
        .withConfig(new ConfigBuilder().withMasterUrl(sim.baseUrl()).build())
        .withHttpClientFactory(new JdkHttpClientFactory()).build();
  }

  @AfterAll
  static void stop() {
    client.close();
    sim.close();
  }

  @Test
  void serverSideApplyCreatesConflictsWithAnotherManagerAndForces() {
    ConfigMap mine = configMap("v");
    ConfigMap created = client.configMaps().inNamespace("default").resource(mine)
        .fieldManager("my-mgr").serverSideApply();
    assertThat(created.getMetadata().getManagedFields()).extracting(
        ManagedFieldsEntry::getManager, ManagedFieldsEntry::getOperation)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("my-mgr", "Apply"));

    assertThatThrownBy(() -> client.configMaps().inNamespace("default").resource(
        configMap("other")).fieldManager("other-mgr").serverSideApply())
        .isInstanceOfSatisfying(KubernetesClientException.class, e -> {
          assertThat(e.getCode()).isEqualTo(409);
          assertThat(e.getStatus().getMessage()).isEqualTo(
              "Apply failed with 1 conflict: conflict with \"my-mgr\": .data.k");
        });

    ConfigMap forced = client.configMaps().inNamespace("default").resource(configMap("other"))
        .fieldManager("other-mgr").forceConflicts().serverSideApply();
    assertThat(forced.getData()).containsEntry("k", "other");
    assertThat(forced.getMetadata().getManagedFields()).extracting(ManagedFieldsEntry::getManager)
        .containsExactly("other-mgr");
  }

  private static ConfigMap configMap(String value) {
    return new ConfigMapBuilder().withNewMetadata().withName("f8ssa").endMetadata()
        .withData(Map.of("k", value)).build();
  }
}
