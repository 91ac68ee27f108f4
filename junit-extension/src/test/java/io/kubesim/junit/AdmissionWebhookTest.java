package io.kubesim.junit;

import static io.kubesim.junit.AdmissionAssertions.assertAdmission;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.api.model.admission.v1.AdmissionResponseBuilder;
import io.fabric8.kubernetes.api.model.admission.v1.AdmissionReview;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.kubesim.admission.Operation;
import io.kubesim.junit.AdmissionWebhook.FailurePolicy;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** In-process webhooks answer as kube-apiserver treats real webhooks' answers. */
@KubeSimulatorTest(enable = "AlwaysPullImages")
class AdmissionWebhookTest {

  static Pod pod(String name) {
    return new PodBuilder().withNewMetadata().withName(name).endMetadata().withNewSpec()
        .addNewContainer().withName("app").withImage("nginx:1.27").endContainer().endSpec()
        .build();
  }

  static Stream<Arguments> outcomes() {
    return Stream.of(
        arguments("a denial answers the webhook's code and message",
            AdmissionWebhook.validating("policy.example.com",
                review -> WebhookResponses.deny("no pods today")),
            403, "admission webhook \"policy.example.com\" denied the request: no pods today"),
        arguments("a denial keeps a code of 400 or more",
            AdmissionWebhook.validating("quota.example.com",
                review -> WebhookResponses.deny(429, "slow down")),
            429, "admission webhook \"quota.example.com\" denied the request: slow down"),
        arguments("a denial without message or reason is explained as such, with 400",
            AdmissionWebhook.validating("mute.example.com",
                review -> WebhookResponses.deny(200, "")),
            400, "admission webhook \"mute.example.com\" denied the request without explanation"),
        arguments("a timeout under failurePolicy Fail rejects with 500",
            AdmissionWebhook.validating("slow.example.com", review -> {
              throw WebhookFailure.timeout();
            }),
            500, "Internal error occurred: failed calling webhook \"slow.example.com\": failed to "
                + "call webhook: Post \"https://slow.example.com/?timeout=10s\": context deadline "
                + "exceeded"),
        arguments("a timeout under failurePolicy Ignore lets the request through",
            AdmissionWebhook.validating("slow.example.com", review -> {
              throw WebhookFailure.timeout();
            }).failurePolicy(FailurePolicy.IGNORE),
            201, ""),
        arguments("a server error under failurePolicy Fail rejects with 500",
            AdmissionWebhook.mutating("broken.example.com", review -> {
              throw WebhookFailure.serverError("boom");
            }),
            500, "failed calling webhook \"broken.example.com\": failed to call webhook: an error "
                + "on the server (\"boom\") has prevented the request from succeeding"),
        arguments("a handler that throws counts as a server error",
            AdmissionWebhook.validating("buggy.example.com", review -> {
              throw new IllegalStateException("null pointer in policy");
            }),
            500, "an error on the server (\"null pointer in policy\")"),
        arguments("an unreachable webhook under failurePolicy Ignore is skipped",
            AdmissionWebhook.mutating("gone.example.com", review -> {
              throw WebhookFailure.connectionRefused();
            }).failurePolicy(FailurePolicy.IGNORE),
            201, ""),
        arguments("a validating webhook may not patch",
            AdmissionWebhook.validating("patcher.example.com",
                review -> WebhookResponses.patch("[]")),
            500, "received invalid webhook response: validating webhook may not return "
                + "response.patch"),
        arguments("a response for another request is invalid",
            AdmissionWebhook.validating("confused.example.com",
                review -> new AdmissionResponseBuilder().withUid("not-the-request")
                    .withAllowed(true).build()),
            500, "received invalid webhook response: expected response.uid="),
        arguments("a webhook for other resources is not called",
            AdmissionWebhook.validating("deployments.example.com",
                review -> WebhookResponses.deny("no deployments")).resources("deployments.apps"),
            201, ""),
        arguments("a webhook for other operations is not called",
            AdmissionWebhook.validating("deletes.example.com",
                review -> WebhookResponses.deny("no deletes")).operations(Operation.DELETE),
            201, ""));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("outcomes")
  void webhookAnswersDecideTheRequest(String behaviour, AdmissionWebhook webhook, int code,
      String message, TestCluster cluster, KubernetesClient client) {
    cluster.register(webhook);

    KubernetesClientException failure = catchThrowableOfType(KubernetesClientException.class,
        () -> client.pods().resource(pod("web")).create());

    if (code == 201) {
      assertThat(failure).isNull();
      assertThat(client.pods().withName("web").get()).isNotNull();
    } else {
      assertThat(failure).isNotNull();
      assertThat(failure.getCode()).isEqualTo(code);
      assertThat(failure.getStatus().getMessage()).contains(message);
    }
  }

  @Test
  void aMutatingWebhookPatchesTheObjectAfterTheBuiltInPlugins(TestCluster cluster,
      KubernetesClient client, AdmissionJournal journal) {
    cluster.register(AdmissionWebhook.mutating("team.example.com", review ->
        WebhookResponses.patch("[{\"op\":\"add\",\"path\":\"/metadata/labels\","
            + "\"value\":{\"team\":\"payments\"}}]")));

    Pod created = client.pods().resource(pod("web")).create();

    assertThat(created.getMetadata().getLabels()).containsEntry("team", "payments");
    assertAdmission(journal.lastWrite())
        .mutatedBy("team.example.com").at("/metadata/labels/team").and()
        .ranInOrder("AlwaysPullImages", "team.example.com", "AlwaysPullImages");
  }

  @Test
  void theHandlerReceivesTheAdmissionReviewARealWebhookWould(TestCluster cluster,
      KubernetesClient client) {
    AtomicReference<AdmissionReview> received = new AtomicReference<>();
    cluster.register(AdmissionWebhook.validating("recorder.example.com", review -> {
      received.set(review);
      return WebhookResponses.allowWithWarning("recorded");
    }));

    client.pods().resource(pod("web")).create();

    var request = received.get().getRequest();
    assertThat(received.get().getApiVersion()).isEqualTo("admission.k8s.io/v1");
    assertThat(request.getOperation()).isEqualTo("CREATE");
    assertThat(request.getKind().getKind()).isEqualTo("Pod");
    assertThat(request.getResource().getResource()).isEqualTo("pods");
    assertThat(request.getNamespace()).isEqualTo("default");
    assertThat(request.getName()).isEqualTo("web");
    assertThat(request.getUserInfo().getUsername()).isEqualTo("kubesim-admin");
    assertThat(request.getDryRun()).isFalse();
    assertThat(request.getObject()).isInstanceOfSatisfying(Pod.class, pod ->
        assertThat(pod.getSpec().getContainers().get(0).getImagePullPolicy())
            .as("the webhook sees the object after in-tree mutation").isEqualTo("Always"));
  }

  @Test
  void aResetRemovesTheRegisteredWebhooks(TestCluster cluster, KubernetesClient client) {
    cluster.register(AdmissionWebhook.validating("deny.example.com",
        review -> WebhookResponses.deny("denied")));
    cluster.reset();

    assertThat(client.pods().resource(pod("web")).create()).isNotNull();
  }
}
