package io.kubesim.junit;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;

/** {@code tls = true}: the simulator serves HTTPS, and what the extension hands out trusts it. */
@KubeSimulatorTest(tls = true)
class TlsTest {

  @Test
  void theInjectedClientTalksHttpsToTheSimulator(KubernetesClient client, TestCluster cluster)
      throws Exception {
    assertThat(cluster.baseUrl()).startsWith("https://");
    assertThat(client.getMasterUrl().getProtocol()).isEqualTo("https");

    client.configMaps().resource(new ConfigMapBuilder().withNewMetadata().withName("secure")
        .endMetadata().addToData("k", "v").build()).create();

    assertThat(client.configMaps().withName("secure").get().getData()).containsEntry("k", "v");
    assertThat(Files.readString(cluster.kubeconfig()))
        .contains("certificate-authority-data:", cluster.baseUrl());
  }
}
