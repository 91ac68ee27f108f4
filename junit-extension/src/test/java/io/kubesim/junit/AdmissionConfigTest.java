package io.kubesim.junit;

import static io.kubesim.junit.AdmissionAssertions.assertAdmission;
import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import org.junit.jupiter.api.Test;

/** A classpath admission configuration reaches the simulator as its configuration file. */
@KubeSimulatorTest(enable = "AlwaysAdmit", admissionConfig = "admission/config.yaml")
class AdmissionConfigTest {

  @Test
  void theSimulatorRunsWithTheConfigurationFile(TestCluster cluster, KubernetesClient client,
      AdmissionJournal journal) {
    assertThat(cluster.simulator().options().admission().configFile())
        .hasFileName("config.yaml").hasContent(
            "apiVersion: apiserver.config.k8s.io/v1\nkind: AdmissionConfiguration\nplugins:\n"
                + "- name: AlwaysPullImages\n  configuration: {}");

    client.configMaps().resource(new ConfigMapBuilder().withNewMetadata().withName("x")
        .endMetadata().build()).create();

    assertAdmission(journal.lastWrite()).admittedBy("AlwaysAdmit");
  }
}
