package io.kubesim.simulator.acceptance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.fabric8.kubernetes.api.model.ConfigMapList;
import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.client.ConfigBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.Watch;
import io.fabric8.kubernetes.client.Watcher;
import io.fabric8.kubernetes.client.WatcherException;
import io.fabric8.kubernetes.client.dsl.NonNamespaceOperation;
import io.fabric8.kubernetes.client.dsl.Resource;
import io.fabric8.kubernetes.client.jdkhttp.JdkHttpClientFactory;
import io.kubesim.simulator.KubeSimulator;
import io.kubesim.simulator.SimulatorOptions;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.net.http.WebSocketHandshakeException;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * fabric8 watches over both transports the server offers: events arrive in revision order, with
 * upstream's selector enter/leave semantics, from a given resourceVersion, and on a named watch.
 */
class WatchTest {

  private static final String ROOT_CA = "kube-root-ca.crt";

  private static KubeSimulator sim;
  private static KubernetesClient webSocketClient;
  private static KubernetesClient httpClient;

  @BeforeAll
  static void start() {
    sim = KubeSimulator.start(SimulatorOptions.builder().build());
    webSocketClient = Fabric8.clientFor(sim);
    httpClient = new KubernetesClientBuilder()
        .withConfig(new ConfigBuilder().withMasterUrl(sim.baseUrl()).withOnlyHttpWatches(true)
            .build())
        .withHttpClientFactory(new JdkHttpClientFactory()).build();
  }

  @AfterAll
  static void stop() {
    webSocketClient.close();
    httpClient.close();
    sim.close();
  }

  /** One event as a watcher saw it. */
  record Seen(String action, String name, long revision, String label) {

    static Seen of(Watcher.Action action, ConfigMap cm) {
      var labels = cm.getMetadata().getLabels();
      return new Seen(action.name(), cm.getMetadata().getName(),
          Long.parseLong(cm.getMetadata().getResourceVersion()),
          labels == null ? null : labels.get("app"));
    }
  }

  /**
   * Collects a watch's events and its close. Every namespace holds the {@code kube-root-ca.crt}
   * config map the root-CA publisher writes, as in a real cluster; the recorder leaves it out
   * unless asked to see everything.
   */
  static final class Recorder implements Watcher<ConfigMap> {
    final BlockingQueue<Seen> events = new LinkedBlockingQueue<>();
    final CompletableFuture<WatcherException> closed = new CompletableFuture<>();
    private final boolean everything;

    Recorder() {
      this(false);
    }

    private Recorder(boolean everything) {
      this.everything = everything;
    }

    static Recorder everything() {
      return new Recorder(true);
    }

    @Override
    public void eventReceived(Action action, ConfigMap resource) {
      if (everything || !resource.getMetadata().getName().equals(ROOT_CA)) {
        events.add(Seen.of(action, resource));
      }
    }

    @Override
    public void onClose(WatcherException cause) {
      closed.complete(cause);
    }

    Seen next() throws InterruptedException {
      Seen seen = events.poll(10, TimeUnit.SECONDS);
      assertThat(seen).as("a watch event within 10s").isNotNull();
      return seen;
    }

    void expectNothingMore() throws InterruptedException {
      assertThat(events.poll(300, TimeUnit.MILLISECONDS)).isNull();
    }

    /**
     * Returns once the watch is live: fabric8's {@code onlyHttpWatches} returns from
     * {@code watch()} before its request is even sent, so a marker object's ADDED event is the
     * only sign that later writes will be seen.
     */
    void awaitLive(NonNamespaceOperation<ConfigMap, ConfigMapList, Resource<ConfigMap>> cms,
        String app)
        throws InterruptedException {
      cms.resource(configMap("marker", app)).create();
      assertThat(next()).extracting(Seen::action, Seen::name).containsExactly("ADDED", "marker");
    }
  }

  static Stream<Named<KubernetesClient>> transports() {
    return Stream.of(Named.of("WebSocket (fabric8's default)", webSocketClient),
        Named.of("chunked HTTP (onlyHttpWatches)", httpClient));
  }

  private static String namespace(String name) {
    webSocketClient.namespaces().resource(new NamespaceBuilder().withNewMetadata()
        .withName(name).endMetadata().build()).create();
    return name;
  }

  private static ConfigMap configMap(String name, String app) {
    return new ConfigMapBuilder().withNewMetadata().withName(name).addToLabels("app", app)
        .endMetadata().build();
  }

  @ParameterizedTest(name = "{0}", autoCloseArguments = false)
  @MethodSource("transports")
  void addedModifiedAndDeletedArriveInRevisionOrder(KubernetesClient client) throws Exception {
    String ns = namespace("order-" + (client == httpClient ? "http" : "ws"));
    Recorder recorder = new Recorder();
    try (Watch ignored = client.configMaps().inNamespace(ns).watch(recorder)) {
      var cms = client.configMaps().inNamespace(ns);
      recorder.awaitLive(cms, "one");
      ConfigMap created = cms.resource(configMap("w", "one")).create();
      created.setData(java.util.Map.of("k", "v"));
      cms.resource(created).update();
      cms.withName("w").delete();

      Seen added = recorder.next();
      Seen modified = recorder.next();
      Seen deleted = recorder.next();
      assertThat(List.of(added.action(), modified.action(), deleted.action()))
          .containsExactly("ADDED", "MODIFIED", "DELETED");
      assertThat(added.revision()).isLessThan(modified.revision());
      assertThat(modified.revision()).isLessThan(deleted.revision());
      recorder.expectNothingMore();
    }
  }

  @Test
  void writesRightAfterAWebSocketWatchOpensAreNeverMissed() throws Exception {
    // fabric8 returns from watch() once the server answered 101; upstream has created the
    // watcher by then, so nothing written afterwards may be missed.
    var cms = webSocketClient.configMaps().inNamespace(namespace("right-after-ws"));
    for (int i = 0; i < 50; i++) {
      Recorder recorder = new Recorder();
      try (Watch ignored = cms.watch(recorder)) {
        cms.resource(configMap("quick-" + i, "x")).create();
        cms.withName("quick-" + i).delete();

        assertThat(Stream.of(recorder.next(), recorder.next())
            .map(s -> s.action() + " " + s.name()))
            .containsExactly("ADDED quick-" + i, "DELETED quick-" + i);
      }
    }
  }

  @Test
  void writesRightAfterAChunkedWatchAnsweredAreNeverMissed() throws Exception {
    String ns = namespace("right-after-http");
    RawApi api = RawApi.of(sim);
    for (int i = 0; i < 50; i++) {
      HttpResponse<Stream<String>> watch = api.http().send(HttpRequest.newBuilder(URI.create(
          sim.baseUrl() + "/api/v1/namespaces/" + ns + "/configmaps?watch=true&labelSelector="
              + "quick")).build(), HttpResponse.BodyHandlers.ofLines());
      try (Stream<String> lines = watch.body()) {
        String path = "/api/v1/namespaces/" + ns + "/configmaps";
        api.post(path, "{\"metadata\":{\"name\":\"quick-" + i + "\",\"labels\":{\"quick\":"
            + "\"yes\"}}}");
        api.send("DELETE", path + "/quick-" + i, null, (byte[]) null);

        assertThat(lines.limit(2).map(l -> l.substring(0, l.indexOf(',')))
            .toList()).containsExactly("{\"type\":\"ADDED\"", "{\"type\":\"DELETED\"");
      }
    }
  }

  @ParameterizedTest(name = "{0}", autoCloseArguments = false)
  @MethodSource("transports")
  void aLabelWatchSeesObjectsEnterAndLeaveTheSelection(KubernetesClient client)
      throws Exception {
    String ns = namespace("enter-leave-" + (client == httpClient ? "http" : "ws"));
    var cms = client.configMaps().inNamespace(ns);
    cms.resource(configMap("x", "other")).create();
    Recorder recorder = new Recorder();
    try (Watch ignored = cms.withLabel("app", "web").watch(recorder)) {
      recorder.awaitLive(cms, "web");
      ConfigMap x = cms.withName("x").get();
      x.getMetadata().getLabels().put("app", "web");
      x = cms.resource(x).update();
      x.getMetadata().getLabels().put("app", "gone");
      cms.resource(x).update();

      assertThat(recorder.next()).extracting(Seen::action, Seen::label)
          .containsExactly("ADDED", "web");
      assertThat(recorder.next()).extracting(Seen::action, Seen::label)
          .containsExactly("DELETED", "gone");
      recorder.expectNothingMore();
    }
  }

  @Test
  void aWatchWithoutResourceVersionStartsWithTheCurrentObjects() throws Exception {
    String ns = namespace("initial-state");
    var cms = webSocketClient.configMaps().inNamespace(ns);
    cms.resource(configMap("a", "x")).create();
    cms.resource(configMap("b", "x")).create();
    Recorder recorder = Recorder.everything();
    try (Watch ignored = cms.watch(recorder)) {
      assertThat(Stream.of(recorder.next(), recorder.next(), recorder.next())
          .map(s -> s.action() + " " + s.name()))
          .containsExactly("ADDED a", "ADDED b", "ADDED " + ROOT_CA);
      recorder.expectNothingMore();
    }
  }

  @Test
  void aWatchFromAResourceVersionSendsOnlyLaterChanges() throws Exception {
    String ns = namespace("from-rv");
    var cms = webSocketClient.configMaps().inNamespace(ns);
    cms.resource(configMap("before", "x")).create();
    String rv = cms.list().getMetadata().getResourceVersion();
    cms.resource(configMap("after", "x")).create();
    Recorder recorder = new Recorder();
    try (Watch ignored = cms.withResourceVersion(rv).watch(recorder)) {
      assertThat(recorder.next()).extracting(Seen::action, Seen::name)
          .containsExactly("ADDED", "after");
      recorder.expectNothingMore();
    }
  }

  @Test
  void aWatchInAnyNamespaceSeesEveryNamespace() throws Exception {
    String one = namespace("any-one");
    String two = namespace("any-two");
    Recorder recorder = new Recorder();
    try (Watch ignored = webSocketClient.configMaps().inAnyNamespace().withLabel("app", "any")
        .watch(recorder)) {
      recorder.awaitLive(webSocketClient.configMaps().inNamespace(one), "any");
      webSocketClient.configMaps().inNamespace(two).resource(configMap("there", "any")).create();

      assertThat(recorder.next()).extracting(Seen::action, Seen::name)
          .containsExactly("ADDED", "there");
    }
  }

  @Test
  void aNamedWatchSeesOnlyThatObject() throws Exception {
    String ns = namespace("named");
    var cms = webSocketClient.configMaps().inNamespace(ns);
    Recorder recorder = new Recorder();
    try (Watch ignored = cms.withName("mine").watch(recorder)) {
      cms.resource(configMap("other", "x")).create();
      cms.resource(configMap("mine", "x")).create();
      cms.withName("mine").delete();

      assertThat(Stream.of(recorder.next(), recorder.next()).map(s -> s.action() + " " + s.name()))
          .containsExactly("ADDED mine", "DELETED mine");
      recorder.expectNothingMore();
    }
  }

  @Test
  void aTimedChunkedWatchEndsWithABookmarkAtTheLatestRevision() throws Exception {
    String ns = namespace("timed");
    long started = System.nanoTime();
    HttpResponse<Stream<String>> watch = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
        URI.create(sim.baseUrl() + "/api/v1/namespaces/" + ns + "/configmaps?watch=true"
            + "&allowWatchBookmarks=true&timeoutSeconds=1&labelSelector=none")).build(),
        HttpResponse.BodyHandlers.ofLines());

    assertThat(watch.statusCode()).isEqualTo(200);
    assertThat(watch.headers().firstValue("Content-Type")).hasValue("application/json");
    assertThat(watch.headers().firstValue("Cache-Control")).hasValue("no-cache, private");
    List<String> lines;
    try (Stream<String> body = watch.body()) {
      lines = body.toList();
    }
    assertThat(System.nanoTime() - started).isBetween(900_000_000L, 5_000_000_000L);
    assertThat(lines).containsExactly("{\"type\":\"BOOKMARK\",\"object\":{\"kind\":"
        + "\"ConfigMap\",\"apiVersion\":\"v1\",\"metadata\":{\"resourceVersion\":\""
        + sim.store().currentRevision() + "\",\"creationTimestamp\":null}}}");
  }

  @Test
  void aWebSocketWatchWithABadSelectorIsRefusedBeforeTheUpgrade() {
    CompletableFuture<WebSocket> socket = HttpClient.newHttpClient().newWebSocketBuilder()
        .buildAsync(URI.create(sim.baseUrl().replace("http:", "ws:")
            + "/api/v1/namespaces/default/configmaps?watch=true&labelSelector=a+in+(b"),
            new WebSocket.Listener() {});

    assertThatThrownBy(() -> socket.get(10, TimeUnit.SECONDS))
        .hasCauseInstanceOf(WebSocketHandshakeException.class)
        .satisfies(e -> assertThat(((WebSocketHandshakeException) e.getCause()).getResponse()
            .statusCode()).isEqualTo(400));
  }

  @Test
  void fabric8FailsAWatchWhoseFieldSelectorTheServerRejects() {
    assertThatThrownBy(() -> webSocketClient.configMaps().withField("spec.x", "1")
        .watch(new Recorder()))
        .isInstanceOfSatisfying(KubernetesClientException.class,
            e -> assertThat(e.getCode()).isEqualTo(400));
  }

  @Test
  void aWatchFromAnUnparsableResourceVersionIsABadRequest() {
    RawResponse response = RawApi.of(sim)
        .get("/api/v1/namespaces/default/configmaps?watch=true&resourceVersion=abc");

    assertThat(response.code()).isEqualTo(400);
    assertThat(response.json().path("reason").asText()).isEqualTo("BadRequest");
  }

  @Test
  void theServerUpgradesAWatchToAWebSocketAndSendsOneTextMessagePerEvent() throws Exception {
    String ns = namespace("raw-websocket");
    webSocketClient.configMaps().inNamespace(ns).resource(configMap("ws", "x")).create();
    BlockingQueue<String> messages = new LinkedBlockingQueue<>();
    WebSocket ws = HttpClient.newHttpClient().newWebSocketBuilder()
        .buildAsync(URI.create(sim.baseUrl().replace("http:", "ws:") + "/api/v1/namespaces/"
            + ns + "/configmaps?watch=true"), new WebSocket.Listener() {
              @Override
              public CompletionStage<?> onText(WebSocket socket, CharSequence data,
                  boolean last) {
                messages.add(data.toString());
                socket.request(1);
                return null;
              }
            })
        .get(10, TimeUnit.SECONDS);
    try {
      List<String> initial = List.of(messages.poll(10, TimeUnit.SECONDS),
          messages.poll(10, TimeUnit.SECONDS));
      assertThat(initial).allSatisfy(m -> assertThat(m).startsWith("{\"type\":\"ADDED\","
          + "\"object\":{\"apiVersion\":\"v1\",\"kind\":\"ConfigMap\"").endsWith("}}\n"))
          .anySatisfy(m -> assertThat(m).contains("\"name\":\"ws\""))
          .anySatisfy(m -> assertThat(m).contains("\"name\":\"" + ROOT_CA + "\""));
    } finally {
      ws.abort();
    }
  }
}
