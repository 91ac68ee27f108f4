package io.kubesim.simulator.acceptance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.api.model.PersistentVolumeBuilder;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.SecretBuilder;
import io.fabric8.kubernetes.api.model.ServiceBuilder;
import io.fabric8.kubernetes.api.model.apps.DeploymentBuilder;
import io.fabric8.kubernetes.api.model.rbac.ClusterRoleBindingBuilder;
import io.fabric8.kubernetes.api.model.rbac.ClusterRoleBuilder;
import io.fabric8.kubernetes.api.model.storage.StorageClassBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.kubesim.simulator.KubeSimulator;
import io.kubesim.simulator.SimulatorOptions;
import java.util.HashMap;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * fabric8 drives the full life of namespaced and cluster-scoped objects of several groups:
 * create, get, list, update with optimistic concurrency, delete.
 */
class ResourceCrudTest {

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

  static Stream<Named<Function<String, HasMetadata>>> resources() {
    return Stream.of(
        Named.of("configmap (core, namespaced)", name -> new ConfigMapBuilder()
            .withNewMetadata().withName(name).withNamespace("default").endMetadata()
            .addToData("k", "v").build()),
        Named.of("secret (core, namespaced)", name -> new SecretBuilder()
            .withNewMetadata().withName(name).withNamespace("default").endMetadata()
            .addToStringData("password", "s3cret").build()),
        Named.of("service (core, namespaced)", name -> new ServiceBuilder()
            .withNewMetadata().withName(name).withNamespace("default").endMetadata()
            .withNewSpec().addNewPort().withPort(80).endPort().endSpec().build()),
        Named.of("pod (core, namespaced, returns the deleted object)", name -> new PodBuilder()
            .withNewMetadata().withName(name).withNamespace("default").endMetadata()
            .withNewSpec().addNewContainer().withName("c").withImage("nginx").endContainer()
            .endSpec().build()),
        Named.of("deployment (apps, namespaced)", name -> new DeploymentBuilder()
            .withNewMetadata().withName(name).withNamespace("default").endMetadata()
            .withNewSpec().withNewSelector().addToMatchLabels("app", name).endSelector()
            .withNewTemplate().withNewMetadata().addToLabels("app", name).endMetadata()
            .withNewSpec().addNewContainer().withName("c").withImage("nginx").endContainer()
            .endSpec().endTemplate().endSpec().build()),
        Named.of("namespace (core, cluster-scoped)", name -> new NamespaceBuilder()
            .withNewMetadata().withName(name).endMetadata().build()),
        Named.of("clusterrole (rbac, cluster-scoped)", name -> new ClusterRoleBuilder()
            .withNewMetadata().withName(name).endMetadata()
            .addNewRule().withApiGroups("").withResources("pods").withVerbs("get").endRule()
            .build()),
        Named.of("clusterrolebinding (rbac, cluster-scoped)", name ->
            new ClusterRoleBindingBuilder()
                .withNewMetadata().withName(name).endMetadata()
                .withNewRoleRef("rbac.authorization.k8s.io", "ClusterRole", "view")
                .addNewSubject().withKind("User").withName("alice")
                .withApiGroup("rbac.authorization.k8s.io").endSubject().build()),
        Named.of("storageclass (storage, cluster-scoped)", name -> new StorageClassBuilder()
            .withNewMetadata().withName(name).endMetadata()
            .withProvisioner("kubernetes.io/no-provisioner").build()),
        Named.of("persistentvolume (core, cluster-scoped)", name -> new PersistentVolumeBuilder()
            .withNewMetadata().withName(name).endMetadata()
            .withNewSpec().addToCapacity("storage", new Quantity("1Gi"))
            .withAccessModes("ReadWriteOnce").withNewHostPath().withPath("/tmp/pv")
            .endHostPath().endSpec().build()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("resources")
  void createGetListUpdateAndDeleteThroughFabric8(Function<String, HasMetadata> object) {
    HasMetadata desired = object.apply("crud-" + Math.abs(object.hashCode()));
    String name = desired.getMetadata().getName();
    long before = sim.store().currentRevision();

    HasMetadata created = client.resource(desired).create();

    assertThat(created.getMetadata().getName()).isEqualTo(name);
    assertThat(created.getMetadata().getUid()).matches("[0-9a-f-]{36}");
    assertThat(created.getMetadata().getCreationTimestamp())
        .matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ");
    assertThat(Long.parseLong(created.getMetadata().getResourceVersion())).isGreaterThan(before);
    assertThat(client.resource(desired).get()).isEqualTo(created);
    assertThat(namesListed(created)).contains(name);

    HasMetadata edited = client.resource(desired).get();
    if (edited.getMetadata().getLabels() == null) {
      edited.getMetadata().setLabels(new HashMap<>());
    }
    edited.getMetadata().getLabels().put("updated", "yes");
    HasMetadata updated = client.resource(edited).update();

    assertThat(updated.getMetadata().getLabels()).containsEntry("updated", "yes");
    assertThat(updated.getMetadata().getUid()).isEqualTo(created.getMetadata().getUid());
    assertThat(updated.getMetadata().getCreationTimestamp())
        .isEqualTo(created.getMetadata().getCreationTimestamp());
    assertThat(Long.parseLong(updated.getMetadata().getResourceVersion()))
        .isGreaterThan(Long.parseLong(created.getMetadata().getResourceVersion()));
    assertThat(updated.getMetadata().getGeneration()).isEqualTo(created.getMetadata()
        .getGeneration());
    assertThatThrownBy(() -> client.resource(created).update())
        .isInstanceOfSatisfying(KubernetesClientException.class,
            e -> assertThat(e.getCode()).isEqualTo(409));

    assertThat(client.resource(updated).delete()).hasSize(1);
    Eventually.until(name + " is gone", () -> client.resource(desired).get() == null);
    assertThat(namesListed(created)).doesNotContain(name);
  }

  private static List<String> namesListed(HasMetadata like) {
    return list(like.getClass(), like.getMetadata().getNamespace());
  }

  private static <T extends HasMetadata> List<String> list(Class<T> type, String namespace) {
    var resources = client.resources(type);
    var list = namespace == null ? resources.list() : resources.inNamespace(namespace).list();
    return list.getItems().stream().map(o -> o.getMetadata().getName()).toList();
  }
}
