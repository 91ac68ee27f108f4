package io.kubesim.simulator.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.fabric8.kubernetes.api.model.DeletionPropagation;
import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.api.model.OwnerReferenceBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.Watch;
import io.fabric8.kubernetes.client.Watcher;
import io.fabric8.kubernetes.client.WatcherException;
import io.kubesim.simulator.KubeSimulator;
import io.kubesim.simulator.SimulatorOptions;
import io.kubesim.simulator.store.StoredObject;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A simulator on a data directory survives a restart: every object and the revision counter come
 * back, new writes continue the revision, watches from before the restart get 410 Gone, and the
 * garbage collector still knows which objects own which.
 */
class RestartTest {

  @TempDir
  Path dataDir;

  private SimulatorOptions options() {
    return SimulatorOptions.builder().dataDir(dataDir).build();
  }

  @Test
  void objectsAndTheRevisionSurviveARestartAndOldWatchesAreGone() throws Exception {
    long oldRevision;
    long lastRevision;
    Map<String, JsonNode> before;
    try (KubeSimulator sim = KubeSimulator.start(options());
        KubernetesClient client = Fabric8.clientFor(sim)) {
      client.namespaces().resource(new NamespaceBuilder().withNewMetadata().withName("kept")
          .endMetadata().build()).create();
      oldRevision = Long.parseLong(client.configMaps().inNamespace("kept")
          .resource(configMap("first")).create().getMetadata().getResourceVersion());
      client.configMaps().inNamespace("kept").resource(configMap("second")).create();
      ConfigMap changed = client.configMaps().inNamespace("kept").withName("first").get();
      changed.setData(Map.of("k", "changed"));
      client.configMaps().inNamespace("kept").resource(changed).update();
      client.configMaps().inNamespace("kept").resource(configMap("doomed")).create();
      client.configMaps().inNamespace("kept").withName("doomed").delete();
      client.apps().deployments().inNamespace("kept")
          .resource(StatusSubresourceTest.deployment("web")).create();
      lastRevision = sim.store().currentRevision();
      before = everything(sim);
    }

    try (KubeSimulator sim = KubeSimulator.start(options());
        KubernetesClient client = Fabric8.clientFor(sim)) {
      assertThat(sim.store().currentRevision()).isEqualTo(lastRevision);
      assertThat(everything(sim)).isEqualTo(before);
      assertThat(client.configMaps().inNamespace("kept").withLabel("test").list().getItems())
          .extracting(c -> c.getMetadata().getName() + "=" + c.getData().get("k"))
          .containsExactly("first=changed", "second=v");
      assertThat(client.apps().deployments().inNamespace("kept").withName("web").get()
          .getMetadata().getGeneration()).isEqualTo(1L);

      ConfigMap next = client.configMaps().inNamespace("kept").resource(configMap("third"))
          .create();
      assertThat(Long.parseLong(next.getMetadata().getResourceVersion()))
          .isEqualTo(lastRevision + 1);

      CompletableFuture<WatcherException> closed = new CompletableFuture<>();
      try (Watch ignored = client.configMaps().inNamespace("kept")
          .withResourceVersion(String.valueOf(oldRevision)).watch(new Watcher<ConfigMap>() {
            @Override
            public void eventReceived(Action action, ConfigMap resource) {
              closed.completeExceptionally(new AssertionError("unexpected " + action));
            }

            @Override
            public void onClose(WatcherException cause) {
              closed.complete(cause);
            }
          })) {
        WatcherException gone = closed.get(10, TimeUnit.SECONDS);
        assertThat(gone.isHttpGone()).isTrue();
        assertThat(gone.getMessage())
            .isEqualTo("too old resource version: " + oldRevision + " (" + lastRevision + ")");
      }

      assertThat(firstWatchLine(sim, oldRevision)).isEqualTo("{\"type\":\"ERROR\",\"object\":{"
          + "\"kind\":\"Status\",\"apiVersion\":\"v1\",\"metadata\":{},\"status\":\"Failure\","
          + "\"message\":\"too old resource version: " + oldRevision + " (" + lastRevision
          + ")\",\"reason\":\"Expired\",\"code\":410}}");
    }
  }

  static Stream<Arguments> propagationPolicies() {
    return Stream.of(
        Arguments.of(DeletionPropagation.BACKGROUND, "deletes"),
        Arguments.of(DeletionPropagation.FOREGROUND, "deletes"),
        Arguments.of(DeletionPropagation.ORPHAN, "orphans"));
  }

  @ParameterizedTest(name = "{0} propagation after a restart {1} the dependents made before it")
  @MethodSource("propagationPolicies")
  void ownersDeletedAfterARestartFindTheirDependents(DeletionPropagation policy, String fate) {
    try (KubeSimulator sim = KubeSimulator.start(options());
        KubernetesClient client = Fabric8.clientFor(sim)) {
      ConfigMap owner = client.configMaps().resource(configMap("owner")).create();
      ConfigMap dependent = client.configMaps().resource(configMap("dependent")).create();
      dependent.getMetadata().setOwnerReferences(List.of(new OwnerReferenceBuilder()
          .withApiVersion("v1").withKind("ConfigMap").withName("owner")
          .withUid(owner.getMetadata().getUid()).build()));
      client.configMaps().resource(dependent).update(); // owned since an update, not its create
      client.configMaps().resource(configMap("bystander")).create();
    }

    try (KubeSimulator sim = KubeSimulator.start(options());
        KubernetesClient client = Fabric8.clientFor(sim)) {
      client.configMaps().withName("owner").withPropagationPolicy(policy).delete();

      Eventually.until("the owner is gone",
          () -> client.configMaps().withName("owner").get() == null);
      ConfigMap dependent = client.configMaps().withName("dependent").get();
      if (fate.equals("orphans")) {
        assertThat(dependent.getMetadata().getOwnerReferences()).isNullOrEmpty();
      } else {
        assertThat(dependent).isNull();
      }
      assertThat(client.configMaps().withName("bystander").get()).isNotNull();
    }
  }

  private static Map<String, JsonNode> everything(KubeSimulator sim) {
    return sim.store().list("/").items().stream()
        .collect(Collectors.toMap(StoredObject::key, StoredObject::object));
  }

  private static String firstWatchLine(KubeSimulator sim, long revision) throws Exception {
    HttpResponse<java.io.InputStream> response = HttpClient.newHttpClient().send(
        HttpRequest.newBuilder(URI.create(sim.baseUrl()
            + "/api/v1/namespaces/kept/configmaps?watch=true&resourceVersion=" + revision))
            .build(), HttpResponse.BodyHandlers.ofInputStream());
    assertThat(response.statusCode()).isEqualTo(200);
    try (BufferedReader lines = new BufferedReader(
        new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
      String first = lines.readLine();
      assertThat(lines.readLine()).as("the stream ends after the error").isNull();
      return first;
    }
  }

  private static ConfigMap configMap(String name) {
    return new ConfigMapBuilder().withNewMetadata().withName(name).addToLabels("test", "restart")
        .endMetadata().addToData("k", "v").build();
  }
}
