package io.kubesim.simulator.acceptance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kubesim.admission.GroupResource;
import io.kubesim.admission.ObjectMappers;
import io.kubesim.simulator.KubeSimulator;
import io.kubesim.simulator.SimulatorOptions;
import io.kubesim.simulator.selector.SelectionPredicate;
import io.kubesim.simulator.store.StoredObject;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * GET and LIST pass stored JSON on without decoding it, and writes answer with the JSON the store
 * wrote, and still every answer is byte for byte what encoding the decoded stored objects gives:
 * the same bytes as when answers were built as trees.
 */
class StoredJsonAnswersTest {

  private static final String NS = "/api/v1/namespaces/bytes";
  private static final GroupResource CONFIG_MAPS = new GroupResource("", "configmaps");

  private static KubeSimulator sim;
  private static RawApi api;

  @BeforeAll
  static void start() {
    sim = KubeSimulator.start(SimulatorOptions.builder().build());
    api = RawApi.of(sim);
    api.post("/api/v1/namespaces", "{\"metadata\":{\"name\":\"bytes\"}}");
    api.post(NS + "/pods", json("{'metadata':{'name':'web','labels':{'app':'web'},"
        + "'annotations':{'note':'caf\\u00e9 \\u65e5\\u672c \\ud83d\\ude00'}},"
        + "'spec':{'containers':[{'name':'c','image':'nginx','args':['a\\tb','\\\\x']}]}}"));
    configMap("a", "{'app':'web','tier':'front'}", "{'k':'line\\nbreak \\\"quoted\\\" <&>'}");
    configMap("b", "{'app':'web'}", "{'k':'\\u2028\\u0001'}");
    configMap("c", "{'app':'db'}", "{}");
    configMap("d", "{}", "{'k':''}");
  }

  @AfterAll
  static void stop() {
    sim.close();
  }

  private static void configMap(String name, String labels, String data) {
    RawResponse created = api.post(NS + "/configmaps", json("{'metadata':{'name':'" + name
        + "','labels':" + labels + "},'data':" + data + "}"));
    assertThat(created.code()).as(created.body()).isEqualTo(201);
  }

  private static String json(String singleQuoted) {
    return singleQuoted.replace('\'', '"');
  }

  static Stream<Arguments> gets() {
    return Stream.of(
        arguments("a pod with escaped and non-ASCII text", NS + "/pods/web",
            "/core/pods/bytes/web"),
        arguments("a pod's status", NS + "/pods/web/status", "/core/pods/bytes/web"),
        arguments("a config map with control characters", NS + "/configmaps/b",
            "/core/configmaps/bytes/b"),
        arguments("a cluster-scoped object",
            "/apis/scheduling.k8s.io/v1/priorityclasses/system-node-critical",
            "/scheduling.k8s.io/priorityclasses/system-node-critical"));
  }

  @ParameterizedTest(name = "GET of {0}")
  @MethodSource("gets")
  void aGetAnswersTheEncodedStoredObject(String name, String path, String key)
      throws Exception {
    RawResponse response = api.get(path);
    assertThat(response.code()).isEqualTo(200);
    assertThat(response.body())
        .isEqualTo(encoded(sim.store().get(key).orElseThrow().object()));
  }

  static Stream<Arguments> lists() {
    return Stream.of(
        arguments("every config map", NS + "/configmaps", "", "", 0),
        arguments("config maps by label", NS + "/configmaps?labelSelector=app%3Dweb",
            "app=web", "", 0),
        arguments("config maps by set-based label",
            NS + "/configmaps?labelSelector=app+in+(web,db),!tier", "app in (web,db),!tier",
            "", 0),
        arguments("config maps by field", NS + "/configmaps?fieldSelector=metadata.name%3Da",
            "", "metadata.name=a", 0),
        arguments("config maps by label and field",
            NS + "/configmaps?labelSelector=app&fieldSelector=metadata.name!%3Da", "app",
            "metadata.name!=a", 0),
        arguments("a first page", NS + "/configmaps?limit=2", "", "", 2),
        arguments("a first page by label", NS + "/configmaps?limit=1&labelSelector=app",
            "app", "", 1),
        arguments("nothing", NS + "/configmaps?labelSelector=app%3Dnone", "app=none", "", 0));
  }

  @ParameterizedTest(name = "LIST of {0}")
  @MethodSource("lists")
  void aListAnswersTheEncodedStoredObjects(String name, String path, String labels,
      String fields, int limit) throws Exception {
    RawResponse response = api.get(path);
    assertThat(response.code()).isEqualTo(200);
    SelectionPredicate selection = SelectionPredicate.fromQuery(CONFIG_MAPS, labels, fields);
    List<ObjectNode> selected = sim.store().list("/core/configmaps/bytes/").items().stream()
        .map(StoredObject::object).filter(selection::matches).toList();

    ObjectNode expected = ObjectMappers.json().createObjectNode();
    expected.put("kind", "ConfigMapList").put("apiVersion", "v1");
    JsonNode metadata = response.json().path("metadata"); // revision and paging as read
    expected.set("metadata", metadata);
    ArrayNode items = expected.putArray("items");
    selected.stream().limit(limit == 0 ? Long.MAX_VALUE : limit).forEach(items::add);

    assertThat(metadata.has("continue")).isEqualTo(limit > 0 && selected.size() > limit);
    assertThat(response.body()).isEqualTo(encoded(expected));
  }

  /** What the server's encoder makes of a tree (it escapes characters beyond the BMP). */
  private static String encoded(JsonNode tree) throws Exception {
    return new String(ObjectMappers.json().writeValueAsBytes(tree), StandardCharsets.UTF_8);
  }

  @Test
  void writesAnswerTheEncodedObjectTheyStored() throws Exception {
    RawResponse created = api.post(NS + "/pods", json("{'metadata':{'name':'written',"
        + "'annotations':{'a':'\\ud83d\\ude00 \\u00e9'}},'spec':{'containers':"
        + "[{'name':'c','image':'nginx'}]}}"));
    assertThat(created.code()).isEqualTo(201);
    assertThat(created.body()).isEqualTo(stored("/core/pods/bytes/written"));

    ObjectNode changed = (ObjectNode) api.get(NS + "/configmaps/c").json();
    ((ObjectNode) changed.get("data")).put("k", "changed \u00fc");
    RawResponse updated = api.put(NS + "/configmaps/c", changed.toString());
    assertThat(updated.code()).isEqualTo(200);
    assertThat(updated.body()).isEqualTo(stored("/core/configmaps/bytes/c"));

    ObjectNode last = sim.store().get("/core/pods/bytes/written").orElseThrow().object();
    RawResponse deleted = api.send("DELETE", NS + "/pods/written", null, (byte[]) null);
    assertThat(deleted.code()).isEqualTo(200);
    ((ObjectNode) last.get("metadata"))
        .put("resourceVersion", String.valueOf(sim.store().currentRevision()));
    assertThat(deleted.body()).isEqualTo(encoded(last));
  }

  private static String stored(String key) throws Exception {
    return encoded(sim.store().get(key).orElseThrow().object());
  }
}
