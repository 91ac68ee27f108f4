package io.kubesim.simulator.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.kubesim.simulator.KubeSimulator;
import io.kubesim.simulator.SimulatorOptions;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The service-account controller and root-CA publisher: what every namespace contains, from the
 * moment its creation returns, and what comes back when deleted.
 */
class NamespaceControllersE2ETest {

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

  private static void createNamespace(String name) {
    client.namespaces().resource(new NamespaceBuilder().withNewMetadata().withName(name)
        .endMetadata().build()).create();
  }

  @ParameterizedTest(name = "{0} has a default service account and kube-root-ca.crt")
  @ValueSource(strings = {"default", "kube-system", "kube-public", "kube-node-lease"})
  void everySeededNamespaceIsFilled(String namespace) {
    assertThat(client.serviceAccounts().inNamespace(namespace).withName("default").get())
        .isNotNull();
    assertRootCa(client.configMaps().inNamespace(namespace).withName("kube-root-ca.crt").get());
  }

  @Test
  void aNewNamespaceIsFilledByTheTimeItsCreationReturns() {
    createNamespace("fresh");

    // no polling: the create waited for the controllers
    assertThat(client.serviceAccounts().inNamespace("fresh").withName("default").get())
        .isNotNull();
    assertRootCa(client.configMaps().inNamespace("fresh").withName("kube-root-ca.crt").get());
  }

  @Test
  void aDeletedDefaultServiceAccountComesBack() {
    createNamespace("careless");
    String uid = client.serviceAccounts().inNamespace("careless").withName("default").get()
        .getMetadata().getUid();

    client.serviceAccounts().inNamespace("careless").withName("default").delete();

    assertThat(eventually(() -> client.serviceAccounts().inNamespace("careless")
        .withName("default").get())).isNotNull()
        .satisfies(sa -> assertThat(sa.getMetadata().getUid()).isNotEqualTo(uid));
  }

  @Test
  void anEditedRootCaConfigMapIsPutBack() {
    createNamespace("tinkered");

    ConfigMap tinkered = client.configMaps().inNamespace("tinkered").withName("kube-root-ca.crt")
        .get();
    tinkered.getData().put("ca.crt", "not a certificate");
    client.configMaps().inNamespace("tinkered").resource(tinkered).update();

    assertThat(eventually(() -> {
      ConfigMap cm = client.configMaps().inNamespace("tinkered").withName("kube-root-ca.crt")
          .get();
      return cm.getData().get("ca.crt").startsWith("-----BEGIN CERTIFICATE-----") ? cm : null;
    })).isNotNull();
  }

  @Test
  void afterAResetTheSeededAndNewNamespacesAreFilledAgain() {
    try (KubeSimulator other = KubeSimulator.start(SimulatorOptions.builder().build());
        KubernetesClient otherClient = Clients.fabric8(other)) {
      other.reset();
      otherClient.namespaces().resource(new NamespaceBuilder().withNewMetadata()
          .withName("after-reset").endMetadata().build()).create();

      for (String namespace : new String[] {"default", "after-reset"}) {
        assertThat(otherClient.serviceAccounts().inNamespace(namespace).withName("default")
            .get()).as(namespace).isNotNull();
        assertRootCa(otherClient.configMaps().inNamespace(namespace)
            .withName("kube-root-ca.crt").get());
      }
    }
  }

  private static void assertRootCa(ConfigMap configMap) {
    assertThat(configMap.getData()).containsOnlyKeys("ca.crt");
    assertThat(configMap.getData().get("ca.crt")).startsWith("-----BEGIN CERTIFICATE-----\n")
        .endsWith("-----END CERTIFICATE-----\n");
    assertThat(configMap.getMetadata().getAnnotations()).containsEntry(
        "kubernetes.io/description", "Contains a CA bundle that can be used to verify the "
            + "kube-apiserver when using internal endpoints such as the internal service IP or "
            + "kubernetes.default.svc. No other usage is guaranteed across distributions of "
            + "Kubernetes clusters.");
  }

  // repairs after a deletion or edit are asynchronous, as upstream's are
  private static <T> T eventually(Supplier<T> read) {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(5));
    T value = read.get();
    while (value == null && Instant.now().isBefore(deadline)) {
      try {
        Thread.sleep(20);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return null;
      }
      value = read.get();
    }
    return value;
  }
}
