package io.kubesim.simulator.compat;

import io.kubesim.simulator.acceptance.Eventually;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.reflect.TypeToken;
import io.kubernetes.client.custom.V1Patch;
import io.kubernetes.client.informer.ResourceEventHandler;
import io.kubernetes.client.informer.SharedIndexInformer;
import io.kubernetes.client.informer.SharedInformerFactory;
import io.kubernetes.client.openapi.ApiClient;
import io.kubernetes.client.openapi.ApiException;
import io.kubernetes.client.openapi.apis.CoreV1Api;
import io.kubernetes.client.openapi.models.V1ConfigMap;
import io.kubernetes.client.openapi.models.V1ConfigMapList;
import io.kubernetes.client.openapi.models.V1ObjectMeta;
import io.kubernetes.client.openapi.models.V1Status;
import io.kubernetes.client.openapi.models.V1StatusCause;
import io.kubernetes.client.util.PatchUtils;
import io.kubernetes.client.util.Watch;
import io.kubernetes.client.util.generic.dynamic.DynamicKubernetesApi;
import io.kubesim.simulator.KubeSimulator;
import io.kubesim.simulator.SimulatorOptions;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The official Kubernetes Java client ({@code io.kubernetes:client-java}, OkHttp and Gson, a
 * different stack from fabric8) works against the simulator as against a real cluster: it reads
 * the simulator's kubeconfig, lists, watches with {@code Watch.createWatch}, runs a
 * {@code SharedInformerFactory} informer and applies server-side with {@code PatchUtils}, conflicts
 * and forced ownership transfer included.
 */
class OfficialJavaClientTest {

  private static final String NS = "default";

  @TempDir Path dir;
  private KubeSimulator sim;
  private ApiClient client;
  private CoreV1Api api;

  @BeforeEach
  void start() throws IOException {
    sim = KubeSimulator.start(SimulatorOptions.builder().build());
    client = OfficialClient.forSimulator(sim, dir);
    api = new CoreV1Api(client);
  }

  @AfterEach
  void stop() {
    OfficialClient.close(client);
    sim.close();
  }

  @Test
  void listReturnsCreatedObjectsAndWatchStreamsChangesFromTheListsRevision() throws Exception {
    api.createNamespacedConfigMap(NS, configMap("first", "v1")).execute();
    V1ConfigMapList list = api.listNamespacedConfigMap(NS).execute();
    assertThat(list.getItems()).extracting(cm -> cm.getMetadata().getName())
        .contains("first", "kube-root-ca.crt");

    List<String> events = new ArrayList<>();
    try (Watch<V1ConfigMap> watch = Watch.createWatch(client,
        api.listNamespacedConfigMap(NS).watch(true)
            .resourceVersion(list.getMetadata().getResourceVersion()).timeoutSeconds(10)
            .buildCall(null),
        new TypeToken<Watch.Response<V1ConfigMap>>() {}.getType())) {
      api.createNamespacedConfigMap(NS, configMap("second", "v1")).execute();
      api.replaceNamespacedConfigMap("first", NS,
          api.readNamespacedConfigMap("first", NS).execute().data(Map.of("key", "v2"))).execute();
      api.deleteNamespacedConfigMap("second", NS).execute();
      for (Watch.Response<V1ConfigMap> event : watch) {
        events.add(event.type + " " + event.object.getMetadata().getName() + " "
            + event.object.getData().get("key"));
        if (events.size() == 3) {
          break;
        }
      }
    }
    assertThat(events).containsExactly("ADDED second v1", "MODIFIED first v2",
        "DELETED second v1");
  }

  @Test
  void aSharedInformerSeesCreateUpdateAndDelete() throws Exception {
    api.createNamespacedConfigMap(NS, configMap("listed", "v1")).execute();
    SharedInformerFactory factory = new SharedInformerFactory(client);
    SharedIndexInformer<V1ConfigMap> informer = factory.sharedIndexInformerFor(
        params -> api.listNamespacedConfigMap(NS).resourceVersion(params.resourceVersion)
            .timeoutSeconds(params.timeoutSeconds).watch(params.watch).buildCall(null),
        V1ConfigMap.class, V1ConfigMapList.class);
    List<String> seen = new CopyOnWriteArrayList<>();
    informer.addEventHandler(new Recorder(seen));
    factory.startAllRegisteredInformers();
    try {
      Eventually.until("the informer synced", informer::hasSynced);
      api.createNamespacedConfigMap(NS, configMap("made", "v1")).execute();
      api.replaceNamespacedConfigMap("made", NS,
          api.readNamespacedConfigMap("made", NS).execute().data(Map.of("key", "v2"))).execute();
      api.deleteNamespacedConfigMap("made", NS).execute();
      Eventually.until("the informer saw the delete", () -> seen.contains("delete made v2"));
      assertThat(seen).containsSubsequence("add listed v1", "add made v1", "update made v2",
          "delete made v2");
      assertThat(informer.getIndexer().list()).extracting(cm -> cm.getMetadata().getName())
          .contains("listed").doesNotContain("made");
    } finally {
      factory.stopAllRegisteredInformers();
    }
  }

  @Test
  void serverSideApplyConflictsWithAnotherManagerUntilForcedThenOwnershipMoves()
      throws Exception {
    assertThat(apply("compat-test", false, "v1").getData()).containsEntry("key", "v1");
    assertThat(owners()).containsExactly("compat-test Apply {\"f:data\":{\"f:key\":{}}}");

    ApiException conflict = catchThrowableOfType(ApiException.class,
        () -> apply("other-manager", false, "v2"));
    assertThat(conflict.getCode()).isEqualTo(409);
    V1Status status = client.getJSON().deserialize(conflict.getResponseBody(), V1Status.class);
    assertThat(status.getReason()).isEqualTo("Conflict");
    assertThat(status.getMessage())
        .isEqualTo("Apply failed with 1 conflict: conflict with \"compat-test\": .data.key");
    assertThat(status.getDetails().getCauses())
        .extracting(V1StatusCause::getReason, V1StatusCause::getMessage, V1StatusCause::getField)
        .containsExactly(tuple("FieldManagerConflict", "conflict with \"compat-test\"",
            ".data.key"));

    assertThat(apply("other-manager", true, "v2").getData()).containsEntry("key", "v2");
    assertThat(owners()).containsExactly("other-manager Apply {\"f:data\":{\"f:key\":{}}}");
  }

  private V1ConfigMap apply(String manager, boolean force, String value) throws Exception {
    String yaml = """
        apiVersion: v1
        kind: ConfigMap
        metadata:
          name: applied
        data:
          key: %s
        """.formatted(value);
    return PatchUtils.patch(V1ConfigMap.class,
        () -> api.patchNamespacedConfigMap("applied", NS, new V1Patch(yaml))
            .fieldManager(manager).force(force).buildCall(null),
        V1Patch.PATCH_FORMAT_APPLY_YAML, client);
  }

  /**
   * The managedFields entries of the applied ConfigMap as {@code "<manager> <operation>
   * <fieldsV1>"}. Read through the dynamic client's raw JSON: since 22.0.0 client-java's typed
   * models drop {@code metadata.managedFields} on purpose (its {@code V1MetadataExclusionStrategy},
   * kubernetes-client/java#3995), so a {@code V1ConfigMap} shows an empty list for any server.
   */
  private List<String> owners() {
    JsonObject meta = new DynamicKubernetesApi("", "v1", "configmaps", client)
        .get(NS, "applied").getObject().getRaw().getAsJsonObject("metadata");
    List<String> owners = new ArrayList<>();
    for (JsonElement entry : meta.getAsJsonArray("managedFields")) {
      JsonObject e = entry.getAsJsonObject();
      owners.add(e.get("manager").getAsString() + " " + e.get("operation").getAsString() + " "
          + e.get("fieldsV1"));
    }
    return owners;
  }

  private static V1ConfigMap configMap(String name, String value) {
    return new V1ConfigMap().metadata(new V1ObjectMeta().name(name)).data(Map.of("key", value));
  }

  /** Records each informer callback as {@code "<kind> <name> <data.key>"}. */
  private record Recorder(List<String> seen) implements ResourceEventHandler<V1ConfigMap> {

    @Override
    public void onAdd(V1ConfigMap obj) {
      seen.add("add " + describe(obj));
    }

    @Override
    public void onUpdate(V1ConfigMap oldObj, V1ConfigMap newObj) {
      seen.add("update " + describe(newObj));
    }

    @Override
    public void onDelete(V1ConfigMap obj, boolean deletedFinalStateUnknown) {
      seen.add("delete " + describe(obj));
    }

    private static String describe(V1ConfigMap cm) {
      return cm.getMetadata().getName() + " "
          + (cm.getData() == null ? null : cm.getData().get("key"));
    }
  }
}
