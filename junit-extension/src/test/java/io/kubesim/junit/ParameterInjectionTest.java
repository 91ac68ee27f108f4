package io.kubesim.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.fabric8.kubernetes.client.jdkhttp.JdkHttpClientFactory;
import io.kubesim.admission.TraceEntry;
import io.kubesim.simulator.journal.RequestRecord;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Each injectable parameter, in test methods, lifecycle methods and the constructor. */
@KubeSimulatorTest
class ParameterInjectionTest {

  private final TestCluster constructed;
  private KubernetesClient beforeEachClient;

  ParameterInjectionTest(TestCluster cluster) {
    this.constructed = cluster;
  }

  @BeforeEach
  void keepClient(KubernetesClient client) {
    beforeEachClient = client;
  }

  static ConfigMap configMap(String name) {
    return new ConfigMapBuilder().withNewMetadata().withName(name).endMetadata()
        .addToData("k", "v").build();
  }

  @Test
  void theClientTalksToTheSimulatorInTheDefaultNamespace(KubernetesClient client,
      TestCluster cluster) {
    assertThat(client.getMasterUrl().toString()).isEqualTo(cluster.baseUrl() + "/");
    assertThat(client.getNamespace()).isEqualTo("default").isEqualTo(cluster.namespace());
    assertThat(client.namespaces().list().getItems()).extracting(ns -> ns.getMetadata().getName())
        .contains("default", "kube-system", "kube-public", "kube-node-lease");
  }

  @Test
  void constructorLifecycleMethodsAndTestsShareOneClusterAndClient(TestCluster cluster,
      KubernetesClient client) {
    assertThat(constructed).isSameAs(cluster);
    assertThat(beforeEachClient).isSameAs(client).isSameAs(cluster.client());
    assertThat(cluster.isSimulated()).isTrue();
    assertThat(cluster.simulator().baseUrl()).isEqualTo(cluster.baseUrl());
  }

  @Test
  void theKubeconfigPointsOtherClientsAtTheSimulator(TestCluster cluster) throws Exception {
    assertThat(Files.readString(cluster.kubeconfig())).contains("server: " + cluster.baseUrl());

    try (KubernetesClient other = new KubernetesClientBuilder()
        .withConfig(Config.fromKubeconfig(cluster.kubeconfig().toFile()))
        .withHttpClientFactory(new JdkHttpClientFactory()).build()) {
      other.configMaps().resource(configMap("from-kubeconfig")).create();
    }
    assertThat(cluster.client().configMaps().withName("from-kubeconfig").get()).isNotNull();
  }

  @Test
  void resetGivesAFreshClusterAndAnEmptyJournal(TestCluster cluster, KubernetesClient client,
      AdmissionJournal journal) {
    client.configMaps().resource(configMap("doomed")).create();

    cluster.reset();

    assertThat(client.configMaps().withName("doomed").get()).isNull();
    assertThat(journal.writes()).isEmpty();
  }

  @Test
  void theJournalRecordsEachRequestWithItsTrace(KubernetesClient client,
      AdmissionJournal journal) {
    client.configMaps().resource(configMap("traced")).create();
    client.configMaps().withName("traced").get();

    RequestRecord write = journal.lastWrite("configmaps");
    assertThat(journal.isAvailable()).isTrue();
    assertThat(write.method()).isEqualTo("POST");
    assertThat(write.uri()).isEqualTo("/api/v1/namespaces/default/configmaps");
    assertThat(write.code()).isEqualTo(201);
    assertThat(write.trace()).extracting(TraceEntry::name)
        .contains("mutating-admission", "validating-admission", "storage");
    assertThat(journal.last().verb()).isEqualTo("get");
  }

  @Test
  void theClockStampsObjectsAndMovesWhenTheTestAdvancesIt(MutableClock clock,
      TestCluster cluster, KubernetesClient client) {
    assertThat(clock).isSameAs(cluster.clock());

    clock.advance(Duration.ofDays(3));
    HasMetadata created = client.configMaps().resource(configMap("later")).create();

    Instant stamped = Instant.parse(created.getMetadata().getCreationTimestamp());
    assertThat(stamped).isCloseTo(Instant.now().plus(Duration.ofDays(3)),
        within(1, ChronoUnit.MINUTES));
  }
}
