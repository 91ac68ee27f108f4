package io.kubesim.simulator.kubectl;

import static io.kubesim.simulator.kubectl.SuiteStep.step;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.kubesim.simulator.store.StoreKeys;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

/**
 * What the session creates, from a manifest and with {@code kubectl create <generator>}; the
 * stored objects are read back with a second {@code get -o json}. The Events about the pod and
 * the deployment stand in for the scheduler and the deployment controller, which the simulator
 * does not run, so that {@code describe} has events to show.
 */
final class CreateSteps {

  private CreateSteps() {}

  static final String POD = """
      apiVersion: v1
      kind: Pod
      metadata:
        name: web-0
        labels: {app: web, tier: front}
      spec:
        containers:
        - name: nginx
          image: nginx:1.27
      """;

  /**
   * Events ten minutes old, which {@code describe} shows with an age of {@code 10m} (below ten
   * minutes kubectl adds the seconds, which would depend on the test's speed).
   */
  private static final String EVENT = """
      apiVersion: v1
      kind: Event
      metadata:
        name: %s
      involvedObject:
        apiVersion: %s
        kind: %s
        name: %s
        namespace: default
        uid: %s
      reason: %s
      message: %s
      type: Normal
      source:
        component: %s
      count: 1
      firstTimestamp: "%s"
      lastTimestamp: "%s"
      """;

  static List<SuiteStep> steps() {
    return List.of(
        step("create -f creates a pod from a manifest", cell -> {
          Kubectl kubectl = cell.kubectl();
          kubectl.file("pod.yaml", POD);

          assertThat(kubectl.run("create", "-f", "pod.yaml").succeeded().stdout())
              .isEqualTo("pod/web-0 created\n");
          assertThat(kubectl.json("get", "pod", "web-0").at("/spec/containers/0/image")
              .asText()).isEqualTo("nginx:1.27");
        }),
        step("create configmap stores the literal it is given", cell -> {
          assertThat(cell.kubectl().run("create", "configmap", "settings",
              "--from-literal=mode=fast").succeeded().stdout())
              .isEqualTo("configmap/settings created\n");
          assertThat(cell.read("configmap", "settings", "/data")).isEqualTo(Map.of("mode", "fast"));
        }),
        step("create secret generic stores the literal base64-encoded", cell -> {
          assertThat(cell.kubectl().run("create", "secret", "generic", "creds",
              "--from-literal=password=s3cret").succeeded().stdout())
              .isEqualTo("secret/creds created\n");
          JsonNode secret = cell.kubectl().json("get", "secret", "creds");
          assertThat(secret.path("type").asText()).isEqualTo("Opaque");
          assertThat(secret.at("/data/password").asText()).isEqualTo("czNjcmV0");
        }),
        step("create namespace makes an Active namespace", cell -> {
          assertThat(cell.kubectl().run("create", "namespace", "team-a").succeeded().stdout())
              .isEqualTo("namespace/team-a created\n");
          assertThat(cell.kubectl().json("get", "namespace", "team-a").at("/status/phase")
              .asText()).isEqualTo("Active");
        }),
        step("create deployment makes a deployment of the image", cell -> {
          assertThat(cell.kubectl().run("create", "deployment", "web", "--image=nginx:1.27",
              "--replicas=2").succeeded().stdout()).isEqualTo("deployment.apps/web created\n");
          JsonNode spec = cell.kubectl().json("get", "deployment", "web").path("spec");
          assertThat(spec.path("replicas").asInt()).isEqualTo(2);
          assertThat(spec.at("/selector/matchLabels/app").asText()).isEqualTo("web");
          assertThat(spec.at("/template/spec/containers/0/image").asText())
              .isEqualTo("nginx:1.27");
        }),
        step("create -f creates the events a scheduler and a controller would have", cell -> {
          Kubectl kubectl = cell.kubectl();
          kubectl.file("events.yaml", event(kubectl, "v1", "Pod", "web-0", "Scheduled",
              "Successfully assigned default/web-0 to node-1", "default-scheduler")
              + "---\n" + event(kubectl, "apps/v1", "Deployment", "web", "ScalingReplicaSet",
              "Scaled up replica set web-5d4b7c6f8 from 0 to 2", "deployment-controller"));

          assertThat(kubectl.run("create", "-f", "events.yaml").succeeded().stdoutLines())
              .containsExactly("event/web-0.scheduled created",
                  "event/web.scalingreplicaset created");
        }),
        step("--dry-run=server answers as the create would and stores nothing", cell -> {
          assertThat(cell.kubectl().run("create", "configmap", "dry", "--from-literal=a=b",
              "--dry-run=server").succeeded().stdout())
              .isEqualTo("configmap/dry created (server dry run)\n");
          assertThat(cell.kubectl().run("get", "configmap", "dry").failed().stderr())
              .isEqualTo("Error from server (NotFound): configmaps \"dry\" not found\n");
          assertThat(cell.simulator().store().get(
              StoreKeys.objectKey("", "configmaps", "default", "dry"))).isEmpty();
        }));
  }

  private static String event(Kubectl kubectl, String apiVersion, String kind, String name,
      String reason, String message, String component) {
    String uid = kubectl.json("get", kind.toLowerCase(), name).at("/metadata/uid").asText();
    String at = Instant.now().minus(Duration.ofMinutes(10)).truncatedTo(ChronoUnit.SECONDS)
        .toString();
    return EVENT.formatted(name + "." + reason.toLowerCase(), apiVersion, kind, name, uid,
        reason, message, component, at, at);
  }
}
