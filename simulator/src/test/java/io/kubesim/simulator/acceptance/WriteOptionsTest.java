package io.kubesim.simulator.acceptance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.kubesim.simulator.KubeSimulator;
import io.kubesim.simulator.SimulatorOptions;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * fabric8's {@code dryRun()} on create, update and delete runs the request but persists nothing
 * and consumes no revision; {@code generateName} gives upstream-shaped unique names.
 */
class WriteOptionsTest {

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

  private static ConfigMap configMap(String name) {
    return new ConfigMapBuilder().withNewMetadata().withName(name).endMetadata()
        .addToData("k", "v").build();
  }

  @Test
  void aDryRunCreateAnswersTheObjectButStoresNothing() {
    long revision = sim.store().currentRevision();

    ConfigMap answered = client.configMaps().resource(configMap("dry")).dryRun().create();

    assertThat(answered.getMetadata().getName()).isEqualTo("dry");
    assertThat(answered.getMetadata().getUid()).isNotEmpty();
    assertThat(answered.getData()).containsEntry("k", "v");
    assertThat(client.configMaps().withName("dry").get()).isNull();
    assertThat(sim.store().currentRevision()).isEqualTo(revision);
  }

  @Test
  void aDryRunCreateOfAnExistingNameIsStillAConflict() {
    client.configMaps().resource(configMap("dry-existing")).create();

    assertThatThrownBy(() -> client.configMaps().resource(configMap("dry-existing")).dryRun()
        .create())
        .isInstanceOfSatisfying(KubernetesClientException.class,
            e -> assertThat(e.getStatus().getReason()).isEqualTo("AlreadyExists"));
  }

  @Test
  void aDryRunUpdateAnswersTheChangeButKeepsTheStoredObject() {
    ConfigMap stored = client.configMaps().resource(configMap("dry-update")).create();
    long revision = sim.store().currentRevision();
    ConfigMap changed = client.configMaps().withName("dry-update").get();
    changed.setData(Map.of("k", "changed"));

    ConfigMap answered = client.configMaps().resource(changed).dryRun().update();

    assertThat(answered.getData()).containsEntry("k", "changed");
    assertThat(client.configMaps().withName("dry-update").get()).isEqualTo(stored);
    assertThat(sim.store().currentRevision()).isEqualTo(revision);
  }

  @Test
  void aDryRunDeleteKeepsTheObject() {
    ConfigMap stored = client.configMaps().resource(configMap("dry-delete")).create();
    long revision = sim.store().currentRevision();

    client.configMaps().withName("dry-delete").dryRun().delete();

    assertThat(client.configMaps().withName("dry-delete").get()).isEqualTo(stored);
    assertThat(sim.store().currentRevision()).isEqualTo(revision);
  }

  @Test
  void generateNameGivesEachObjectAFreshUpstreamShapedName() {
    ConfigMap template = new ConfigMapBuilder().withNewMetadata().withGenerateName("gen-")
        .endMetadata().build();

    ConfigMap first = client.configMaps().resource(template).create();
    ConfigMap second = client.configMaps().resource(template).create();

    assertThat(first.getMetadata().getName()).matches("gen-[bcdfghjklmnpqrstvwxz2456789]{5}");
    assertThat(second.getMetadata().getName()).matches("gen-[bcdfghjklmnpqrstvwxz2456789]{5}")
        .isNotEqualTo(first.getMetadata().getName());
    assertThat(first.getMetadata().getGenerateName()).isEqualTo("gen-");
    assertThat(client.configMaps().withName(first.getMetadata().getName()).get()).isEqualTo(first);
  }
}
