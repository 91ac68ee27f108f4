package io.kubesim.simulator.apply;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kubesim.simulator.KubeSimulator;
import io.kubesim.simulator.SimulatorOptions;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Server-side apply over HTTP: create by apply, update by apply, conflicts with an Update
 * manager (409 with upstream's body), force, removal of fields no longer applied, and the
 * managedFields every other write records.
 */
class ApplyHttpTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final String CM = "/api/v1/namespaces/default/configmaps/";
  private static final String APPLY = "application/apply-patch+yaml";

  private static KubeSimulator sim;

  @BeforeAll
  static void start() {
    sim = KubeSimulator.start(SimulatorOptions.builder()
        .clock(Clock.fixed(Instant.parse("2025-05-15T08:19:08Z"), ZoneOffset.UTC)).build());
  }

  @AfterAll
  static void stop() {
    sim.close();
  }

  @BeforeEach
  void reset() {
    sim.reset();
  }

  @Test
  void applyCreatesAMissingObjectWithAnApplyEntry() throws Exception {
    HttpResponse<String> created = send("PATCH", CM + "bar?fieldManager=kubectl", APPLY,
        "{'apiVersion':'v1','kind':'ConfigMap','metadata':{'name':'bar','labels':{'app':'demo'}},"
            + "'data':{'key1':'value1'}}", "");

    assertThat(created.statusCode()).isEqualTo(201);
    assertThat(JSON.readTree(created.body()).at("/metadata/managedFields")).isEqualTo(json(
        "[{'manager':'kubectl','operation':'Apply','apiVersion':'v1',"
            + "'time':'2025-05-15T08:19:08Z','fieldsType':'FieldsV1','fieldsV1':"
            + "{'f:data':{'f:key1':{}},'f:metadata':{'f:labels':{'f:app':{}}}}}]"));
  }

  @Test
  void updateWritesRecordTheirManagerFromFieldManagerOrUserAgent() throws Exception {
    send("POST", CM, "application/json", "{'metadata':{'name':'bar'},'data':{'a':'1'}}",
        "kubectl-create/v1.33.1 (linux/amd64) kubernetes/8adc0f0");
    HttpResponse<String> patched = send("PATCH", CM + "bar?fieldManager=kubectl-edit",
        "application/merge-patch+json", "{'data':{'b':'2'}}", "");

    assertThat(JSON.readTree(patched.body()).at("/metadata/managedFields")).isEqualTo(json(
        "[{'manager':'kubectl-create','operation':'Update','apiVersion':'v1',"
            + "'time':'2025-05-15T08:19:08Z','fieldsType':'FieldsV1','fieldsV1':"
            + "{'f:data':{'.':{},'f:a':{}}}},"
            + "{'manager':'kubectl-edit','operation':'Update','apiVersion':'v1',"
            + "'time':'2025-05-15T08:19:08Z','fieldsType':'FieldsV1','fieldsV1':"
            + "{'f:data':{'f:b':{}}}}]"));
  }

  static Stream<Arguments> applyAfterEdit() {
    String conflict = "{'kind':'Status','apiVersion':'v1','metadata':{},'status':'Failure',"
        + "'message':'Apply failed with 1 conflict: conflict with \\\"kubectl-edit\\\" using v1: "
        + ".data.key1','reason':'Conflict','details':{'causes':[{'reason':'FieldManagerConflict',"
        + "'message':'conflict with \\\"kubectl-edit\\\" using v1','field':'.data.key1'}]},"
        + "'code':409}";
    return Stream.of(
        Arguments.of("a conflicting apply is 409 with upstream's body", "false", 409, conflict),
        Arguments.of("a forced apply takes the field over", "true", 200, null));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("applyAfterEdit")
  void applyOverAnotherManagersField(String name, String force, int code, String body)
      throws Exception {
    send("PATCH", CM + "bar?fieldManager=kubectl", APPLY,
        "{'apiVersion':'v1','kind':'ConfigMap','metadata':{'name':'bar'},'data':{'key1':'a'}}",
        "");
    send("PATCH", CM + "bar?fieldManager=kubectl-edit", "application/merge-patch+json",
        "{'data':{'key1':'b'}}", "");

    HttpResponse<String> applied = send("PATCH", CM + "bar?fieldManager=kubectl&force=" + force,
        APPLY, "{'apiVersion':'v1','kind':'ConfigMap','metadata':{'name':'bar'},"
            + "'data':{'key1':'c'}}", "");

    assertThat(applied.statusCode()).isEqualTo(code);
    if (body != null) {
      assertThat(JSON.readTree(applied.body())).isEqualTo(json(body));
      return;
    }
    JsonNode object = JSON.readTree(applied.body());
    assertThat(object.at("/data/key1").asText()).isEqualTo("c");
    assertThat(object.at("/metadata/managedFields")).hasSize(1);
    assertThat(object.at("/metadata/managedFields/0/manager").asText()).isEqualTo("kubectl");
  }

  @Test
  void fieldsNoLongerAppliedAreRemoved() throws Exception {
    send("PATCH", CM + "bar?fieldManager=kubectl", APPLY, "{'apiVersion':'v1','kind':'ConfigMap',"
        + "'metadata':{'name':'bar','labels':{'a':'1','b':'2'}},'data':{'k1':'1','k2':'2'}}", "");

    HttpResponse<String> applied = send("PATCH", CM + "bar?fieldManager=kubectl", APPLY,
        "{'apiVersion':'v1','kind':'ConfigMap','metadata':{'name':'bar','labels':{'a':'1'}},"
            + "'data':{'k2':'2'}}", "");

    JsonNode object = JSON.readTree(applied.body());
    assertThat(applied.statusCode()).isEqualTo(200);
    assertThat(object.at("/metadata/labels")).isEqualTo(json("{'a':'1'}"));
    assertThat(object.at("/data")).isEqualTo(json("{'k2':'2'}"));
  }

  @Test
  void reapplyingTheSameConfigurationWritesNothing() throws Exception {
    String config = "{'apiVersion':'v1','kind':'ConfigMap','metadata':{'name':'bar'},"
        + "'data':{'k':'v'}}";
    String first = JSON.readTree(send("PATCH", CM + "bar?fieldManager=m", APPLY, config, "")
        .body()).at("/metadata/resourceVersion").asText();

    HttpResponse<String> again = send("PATCH", CM + "bar?fieldManager=m", APPLY, config, "");

    assertThat(JSON.readTree(again.body()).at("/metadata/resourceVersion").asText())
        .isEqualTo(first);
  }

  @Test
  void aStatusWriteRecordsItsManagerWithTheSubresource() throws Exception {
    String deployments = "/apis/apps/v1/namespaces/default/deployments/";
    send("PATCH", deployments + "web?fieldManager=kubectl", APPLY, "{'apiVersion':'apps/v1',"
        + "'kind':'Deployment','metadata':{'name':'web'},'spec':{'selector':{'matchLabels':"
        + "{'app':'web'}},'template':{'metadata':{'labels':{'app':'web'}},'spec':{'containers':"
        + "[{'name':'app','image':'nginx'}]}}}}", "");

    HttpResponse<String> patched = send("PATCH", deployments + "web/status?fieldManager=ctl",
        "application/merge-patch+json", "{'status':{'observedGeneration':1}}", "");

    JsonNode managed = JSON.readTree(patched.body()).at("/metadata/managedFields");
    assertThat(managed).hasSize(2);
    assertThat(managed.get(0).path("fieldsV1")).isEqualTo(json("{'f:spec':{'f:selector':{"
        + "'f:matchLabels':{'f:app':{}}},'f:template':{'f:metadata':{'f:labels':{'f:app':{}}},"
        + "'f:spec':{'f:containers':{'k:{\\\"name\\\":\\\"app\\\"}':{'.':{},'f:image':{},"
        + "'f:name':{}}}}}}}"));
    assertThat(managed.get(1)).isEqualTo(json("{'manager':'ctl','operation':'Update',"
        + "'apiVersion':'apps/v1','time':'2025-05-15T08:19:08Z','fieldsType':'FieldsV1',"
        + "'fieldsV1':{'f:status':{'f:observedGeneration':{}}},'subresource':'status'}"));
  }

  static Stream<Arguments> badApplies() {
    return Stream.of(
        Arguments.of("no fieldManager", "", "{'apiVersion':'v1','kind':'ConfigMap'}", 422,
            "PatchOptions.meta.k8s.io \"\" is invalid: fieldManager: Required value: is required "
                + "for apply patch"),
        Arguments.of("another version", "?fieldManager=m",
            "{'apiVersion':'v2','kind':'ConfigMap'}", 400,
            "Incorrect version specified in apply patch. Specified patch version: v2, expected: v1"),
        Arguments.of("managedFields in the body", "?fieldManager=m",
            "{'apiVersion':'v1','kind':'ConfigMap','metadata':{'managedFields':[]}}", 400,
            "metadata.managedFields must be nil"),
        Arguments.of("force on a merge patch", "?force=true", "{'data':{'k':'v'}}", 422,
            "PatchOptions.meta.k8s.io \"\" is invalid: force: Forbidden: may not be specified "
                + "for non-apply patch"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badApplies")
  void invalidAppliesAreRefused(String name, String query, String body, int code,
      String message) throws Exception {
    send("POST", CM, "application/json", "{'metadata':{'name':'bar'}}", "");
    HttpResponse<String> response = send("PATCH", CM + "bar" + query,
        query.contains("force") ? "application/merge-patch+json" : APPLY, body, "");

    assertThat(response.statusCode()).isEqualTo(code);
    assertThat(JSON.readTree(response.body()).path("message").asText()).isEqualTo(message);
  }

  private static HttpResponse<String> send(String method, String path, String contentType,
      String body, String userAgent) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(sim.baseUrl() + path))
        .method(method, HttpRequest.BodyPublishers.ofString(body.replace('\'', '"')))
        .header("Content-Type", contentType);
    if (!userAgent.isEmpty()) {
      request.header("User-Agent", userAgent);
    }
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static JsonNode json(String singleQuoted) throws Exception {
    return JSON.readTree(singleQuoted.replace('\'', '"'));
  }
}
