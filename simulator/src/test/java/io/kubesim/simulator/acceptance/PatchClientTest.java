package io.kubesim.simulator.acceptance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.dsl.base.PatchContext;
import io.fabric8.kubernetes.client.dsl.base.PatchType;
import io.kubesim.simulator.KubeSimulator;
import io.kubesim.simulator.SimulatorOptions;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * fabric8's PATCH-based operations: {@code edit()} (a JSON patch pinned to the resourceVersion
 * it read), {@code patch()} with each patch type, {@code rolling().restart()} (a strategic merge
 * patch), and {@code editStatus()}.
 */
class PatchClientTest {

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
    return client.configMaps().resource(new ConfigMapBuilder().withNewMetadata().withName(name)
        .endMetadata().addToData("a", "1").build()).create();
  }

  @Test
  void editAppliesTheChangeAsAPatch() {
    ConfigMap created = configMap("edited");

    ConfigMap edited = client.configMaps().withName("edited")
        .edit(cm -> new ConfigMapBuilder(cm).addToData("b", "2").build());

    assertThat(edited.getData()).containsExactlyInAnyOrderEntriesOf(Map.of("a", "1", "b", "2"));
    assertThat(Long.parseLong(edited.getMetadata().getResourceVersion()))
        .isGreaterThan(Long.parseLong(created.getMetadata().getResourceVersion()));
    assertThat(client.configMaps().withName("edited").get()).isEqualTo(edited);
  }

  @Test
  void editIsAConflictWhenTheObjectChangedAfterItWasRead() {
    configMap("raced");

    assertThatThrownBy(() -> client.configMaps().withName("raced").edit(cm -> {
      ConfigMap other = client.configMaps().withName("raced").get();
      other.setData(Map.of("a", "other writer"));
      client.configMaps().resource(other).update();
      return new ConfigMapBuilder(cm).addToData("b", "2").build();
    })).isInstanceOfSatisfying(KubernetesClientException.class, e -> {
      assertThat(e.getCode()).isEqualTo(409);
      assertThat(e.getStatus().getMessage()).isEqualTo("Operation cannot be fulfilled on "
          + "configmaps \"raced\": the object has been modified; please apply your changes to "
          + "the latest version and try again");
    });
    assertThat(client.configMaps().withName("raced").get().getData())
        .containsExactlyEntriesOf(Map.of("a", "other writer"));
  }

  static Stream<Arguments> patchTypes() {
    return Stream.of(
        Arguments.of(PatchType.JSON, "[{\"op\":\"add\",\"path\":\"/data/b\",\"value\":\"2\"}]"),
        Arguments.of(PatchType.JSON_MERGE, "{\"data\":{\"b\":\"2\"}}"),
        Arguments.of(PatchType.STRATEGIC_MERGE, "{\"data\":{\"b\":\"2\"}}"));
  }

  @ParameterizedTest(name = "a {0} patch adds a key")
  @MethodSource("patchTypes")
  void eachPatchTypeChangesTheStoredObject(PatchType type, String patch) {
    String name = "patched-" + type.name().toLowerCase().replace('_', '-');
    configMap(name);

    ConfigMap patched = client.configMaps().withName(name).patch(PatchContext.of(type), patch);

    assertThat(patched.getData()).containsExactlyInAnyOrderEntriesOf(Map.of("a", "1", "b", "2"));
    assertThat(client.configMaps().withName(name).get()).isEqualTo(patched);
  }

  @Test
  void aRollingRestartStampsThePodTemplateAndBumpsTheGeneration() {
    client.apps().deployments().resource(StatusSubresourceTest.deployment("restarted"))
        .create();

    client.apps().deployments().withName("restarted").rolling().restart();

    Deployment restarted = client.apps().deployments().withName("restarted").get();
    assertThat(restarted.getSpec().getTemplate().getMetadata().getAnnotations())
        .containsKey("kubectl.kubernetes.io/restartedAt");
    assertThat(restarted.getSpec().getTemplate().getSpec().getContainers())
        .extracting(c -> c.getName() + ":" + c.getImage()).containsExactly("c:nginx");
    assertThat(restarted.getMetadata().getGeneration()).isEqualTo(2L);
  }

  @Test
  void editStatusOnAPodChangesOnlyTheStatus() {
    Pod created = client.pods().resource(StatusSubresourceTest.pod("edit-status")).create();

    Pod edited = client.pods().withName("edit-status").editStatus(p -> {
      p.getStatus().setMessage("hi");
      p.getSpec().setActiveDeadlineSeconds(5L);
      return p;
    });

    assertThat(edited.getStatus().getMessage()).isEqualTo("hi");
    assertThat(edited.getSpec()).isEqualTo(created.getSpec());
  }

  @Test
  void editStatusOnADeploymentKeepsSpecAndGeneration() {
    client.apps().deployments().resource(StatusSubresourceTest.deployment("edit-status"))
        .create();

    Deployment edited = client.apps().deployments().withName("edit-status").editStatus(d -> {
      d.setStatus(new io.fabric8.kubernetes.api.model.apps.DeploymentStatusBuilder()
          .withReplicas(1).withObservedGeneration(1L).build());
      d.getSpec().setReplicas(9);
      return d;
    });

    assertThat(edited.getStatus().getReplicas()).isEqualTo(1);
    assertThat(edited.getSpec().getReplicas()).isEqualTo(1);
    assertThat(edited.getMetadata().getGeneration()).isEqualTo(1L);
  }

  @Test
  void editOfTheMainResourceKeepsTheStatus() {
    client.pods().resource(StatusSubresourceTest.pod("edit-main")).create();

    Pod edited = client.pods().withName("edit-main").edit(p -> {
      p.getStatus().setPhase("Running");
      p.getMetadata().setLabels(Map.of("edited", "yes"));
      return p;
    });

    assertThat(edited.getMetadata().getLabels()).containsEntry("edited", "yes");
    assertThat(edited.getStatus().getPhase()).isEqualTo("Pending");
  }

  @Test
  void anEditThatRemovesTheLastFinalizerOfADeletedObjectRemovesIt() {
    client.configMaps().resource(new ConfigMapBuilder().withNewMetadata().withName("fin")
        .withFinalizers("example.com/hold").endMetadata().build()).create();
    client.configMaps().withName("fin").delete();

    client.configMaps().withName("fin").edit(cm -> {
      cm.getMetadata().setFinalizers(List.of());
      return cm;
    });

    assertThat(client.configMaps().withName("fin").get()).isNull();
  }
}
