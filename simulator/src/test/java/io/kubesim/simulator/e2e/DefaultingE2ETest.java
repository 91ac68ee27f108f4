package io.kubesim.simulator.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.DeploymentBuilder;
import io.fabric8.kubernetes.api.model.batch.v1.Job;
import io.fabric8.kubernetes.api.model.batch.v1.JobBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.dsl.base.PatchContext;
import io.fabric8.kubernetes.client.dsl.base.PatchType;
import io.kubesim.admission.ObjectMappers;
import io.kubesim.simulator.KubeSimulator;
import io.kubesim.simulator.SimulatorOptions;
import io.kubesim.simulator.store.StoreKeys;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** API defaulting through HTTP: what a fabric8 client gets back and what the store holds. */
class DefaultingE2ETest {

  private static final String NAMESPACE = "apps";

  private static KubeSimulator sim;
  private static KubernetesClient client;

  @BeforeAll
  static void start() {
    sim = KubeSimulator.start(SimulatorOptions.builder().build());
    client = Clients.fabric8(sim);
    client.namespaces().resource(new NamespaceBuilder().withNewMetadata().withName(NAMESPACE)
        .endMetadata().build()).create();
  }

  @AfterAll
  static void stop() {
    client.close();
    sim.close();
  }

  private static JsonNode stored(String group, String resource, String name) {
    return sim.store().get(StoreKeys.objectKey(group, resource, NAMESPACE, name)).orElseThrow()
        .object();
  }

  private static JsonNode json(String singleQuoted) throws Exception {
    return ObjectMappers.json().readTree(singleQuoted.replace('\'', '"'));
  }

  private static DeploymentBuilder deployment(String name) {
    return new DeploymentBuilder().withNewMetadata().withName(name).endMetadata().withNewSpec()
        .withNewSelector().addToMatchLabels("app", name).endSelector().withNewTemplate()
        .withNewMetadata().addToLabels("app", name).endMetadata().withNewSpec()
        .addNewContainer().withName("web").withImage("nginx").endContainer().endSpec()
        .endTemplate().endSpec();
  }

  @Test
  void aMinimalPodIsStoredAndReturnedWithThePodDefaults() throws Exception {
    Pod created = client.pods().inNamespace(NAMESPACE).resource(new PodBuilder()
        .withNewMetadata().withName("minimal").endMetadata().withNewSpec().addNewContainer()
        .withName("app").withImage("nginx").addNewPort().withContainerPort(80).endPort()
        .endContainer().endSpec().build()).create();

    JsonNode spec = stored("", "pods", "minimal").path("spec");
    assertThat(spec.path("restartPolicy").asText()).isEqualTo("Always");
    assertThat(spec.path("dnsPolicy").asText()).isEqualTo("ClusterFirst");
    assertThat(spec.path("schedulerName").asText()).isEqualTo("default-scheduler");
    assertThat(spec.path("terminationGracePeriodSeconds").asInt()).isEqualTo(30);
    assertThat(spec.path("securityContext")).isEqualTo(json("{}"));
    assertThat(spec.path("enableServiceLinks").asBoolean()).isTrue();
    JsonNode container = spec.path("containers").path(0);
    assertThat(container.path("imagePullPolicy").asText()).isEqualTo("Always");
    assertThat(container.path("terminationMessagePath").asText())
        .isEqualTo("/dev/termination-log");
    assertThat(container.path("terminationMessagePolicy").asText()).isEqualTo("File");
    assertThat(container.path("ports")).isEqualTo(json("[{'containerPort':80,'protocol':'TCP'}]"));
    assertThat(created.getSpec().getContainers().get(0).getImagePullPolicy()).isEqualTo("Always");
    assertThat(created.getSpec().getEnableServiceLinks()).isTrue();
  }

  @Test
  void aMinimalDeploymentIsStoredWithDeploymentAndTemplateDefaults() throws Exception {
    Deployment created =
        client.apps().deployments().inNamespace(NAMESPACE).resource(deployment("web").build())
            .create();

    JsonNode stored = stored("apps", "deployments", "web");
    JsonNode spec = stored.path("spec");
    assertThat(spec.path("replicas").asInt()).isEqualTo(1);
    assertThat(spec.path("strategy")).isEqualTo(json("{'type':'RollingUpdate','rollingUpdate':"
        + "{'maxUnavailable':'25%','maxSurge':'25%'}}"));
    assertThat(spec.path("revisionHistoryLimit").asInt()).isEqualTo(10);
    assertThat(spec.path("progressDeadlineSeconds").asInt()).isEqualTo(600);
    JsonNode template = spec.path("template").path("spec");
    assertThat(template.path("restartPolicy").asText()).isEqualTo("Always");
    assertThat(template.path("containers").path(0).path("imagePullPolicy").asText())
        .isEqualTo("Always");
    // enableServiceLinks is a Pod default, never a template default
    assertThat(template.has("enableServiceLinks")).isFalse();
    assertThat(stored.path("metadata").path("generation").asInt()).isEqualTo(1);
    assertThat(created.getSpec().getProgressDeadlineSeconds()).isEqualTo(600);
  }

  @Test
  void sendingTheSameMinimalDeploymentAgainIsNoChange() throws Exception {
    client.apps().deployments().inNamespace(NAMESPACE).resource(deployment("same").build())
        .create();
    JsonNode before = stored("apps", "deployments", "same");

    String body = ObjectMappers.json().writeValueAsString(deployment("same").build());
    Clients.Answer answer = Clients.send(client, "PUT",
        "/apis/apps/v1/namespaces/" + NAMESPACE + "/deployments/same", body);

    assertThat(answer.code()).isEqualTo(200);
    JsonNode after = stored("apps", "deployments", "same");
    assertThat(after.at("/metadata/generation").asInt()).isEqualTo(1);
    assertThat(after.at("/metadata/resourceVersion"))
        .isEqualTo(before.at("/metadata/resourceVersion"));
  }

  @Test
  void aContainerAddedByAPatchIsDefaultedAndBumpsTheGeneration() throws Exception {
    client.apps().deployments().inNamespace(NAMESPACE).resource(deployment("patched").build())
        .create();

    client.apps().deployments().inNamespace(NAMESPACE).withName("patched").patch(
        PatchContext.of(PatchType.JSON), "[{\"op\":\"add\",\"path\":"
            + "\"/spec/template/spec/containers/-\",\"value\":{\"name\":\"sidecar\","
            + "\"image\":\"busybox:1.36\"}}]");

    JsonNode stored = stored("apps", "deployments", "patched");
    assertThat(stored.at("/spec/template/spec/containers/1")).isEqualTo(json("{'name':"
        + "'sidecar','image':'busybox:1.36','imagePullPolicy':'IfNotPresent',"
        + "'terminationMessagePath':'/dev/termination-log','terminationMessagePolicy':'File'}"));
    assertThat(stored.at("/metadata/generation").asInt()).isEqualTo(2);
  }

  @Test
  void aJobGetsItsOwnSelectorAndPodLabelsFromItsUid() throws Exception {
    Job created = client.batch().v1().jobs().inNamespace(NAMESPACE).resource(new JobBuilder()
        .withNewMetadata().withName("pi").endMetadata().withNewSpec().withNewTemplate()
        .withNewSpec().withRestartPolicy("Never").addNewContainer().withName("pi")
        .withImage("perl:5.34").endContainer().endSpec().endTemplate().endSpec().build())
        .create();

    JsonNode stored = stored("batch", "jobs", "pi");
    String uid = stored.at("/metadata/uid").asText();
    JsonNode labels = json("{'batch.kubernetes.io/controller-uid':'" + uid + "',"
        + "'batch.kubernetes.io/job-name':'pi','controller-uid':'" + uid + "','job-name':'pi'}");
    assertThat(stored.at("/spec/selector")).isEqualTo(json("{'matchLabels':"
        + "{'batch.kubernetes.io/controller-uid':'" + uid + "'}}"));
    assertThat(stored.at("/spec/template/metadata/labels")).isEqualTo(labels);
    // read back from storage, the Job is defaulted again and takes its template's labels
    assertThat(stored.at("/metadata/labels")).isEqualTo(labels);
    assertThat(stored.at("/spec/backoffLimit").asInt()).isEqualTo(6);
    assertThat(stored.at("/spec/manualSelector").asBoolean(true)).isFalse();
    assertThat(created.getSpec().getSelector().getMatchLabels())
        .containsEntry("batch.kubernetes.io/controller-uid", uid);
  }
}
