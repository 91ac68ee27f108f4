package io.kubesim.junit.examples;

import static io.kubesim.junit.AdmissionAssertions.assertAdmission;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.kubesim.junit.AdmissionJournal;
import io.kubesim.junit.AdmissionWebhook;
import io.kubesim.junit.KubeSimulatorTest;
import io.kubesim.junit.TestCluster;
import io.kubesim.junit.WebhookResponses;
import org.junit.jupiter.api.Test;

// tag::policy[]
/** The cluster enforces AlwaysPullImages; our image-cache webhook must not undo it. */
@KubeSimulatorTest(enable = "AlwaysPullImages")
class PullPolicyExampleTest {

  static Pod web() {
    return new PodBuilder().withNewMetadata().withName("web").endMetadata().withNewSpec()
        .addNewContainer().withName("app").withImage("registry.example.com/web:1.4")
        .endContainer().endSpec().build();
  }

  @Test
  void podsAlwaysPullTheirImages(KubernetesClient client, AdmissionJournal journal) {
    Pod pod = client.pods().resource(web()).create();

    assertThat(pod.getSpec().getContainers().get(0).getImagePullPolicy()).isEqualTo("Always");
    assertAdmission(journal.lastWrite("pods"))
        .mutatedBy("AlwaysPullImages").at("/spec/containers/0/imagePullPolicy");
  }

  @Test
  void aWebhookThatRelaxesThePolicyIsDenied(TestCluster cluster, KubernetesClient client,
      AdmissionJournal journal) {
    cluster.register(AdmissionWebhook.mutating("image-cache.example.com", review ->
        WebhookResponses.patch("[{\"op\":\"replace\","
            + "\"path\":\"/spec/containers/0/imagePullPolicy\",\"value\":\"IfNotPresent\"}]")));

    KubernetesClientException denied = catchThrowableOfType(KubernetesClientException.class,
        () -> client.pods().resource(web()).create());

    assertThat(denied.getStatus().getMessage()).isEqualTo("pods \"web\" is forbidden: "
        + "spec.containers[0].imagePullPolicy: Unsupported value: \"IfNotPresent\": "
        + "supported values: \"Always\"");
    assertAdmission(journal.lastWrite("pods"))
        .ranInOrder("AlwaysPullImages", "image-cache.example.com")
        .deniedBy("AlwaysPullImages").withMessageContaining("Unsupported value");
  }
}
// end::policy[]
