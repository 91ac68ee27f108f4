package io.kubesim.simulator.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.fabric8.zjsonpatch.JsonPatch;
import io.kubesim.admission.ObjectMappers;
import io.kubesim.simulator.KubeSimulator;
import io.kubesim.simulator.SimulatorOptions;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every answer carries an {@code Audit-Id}, and {@code /kubesim/traces/{id}} shows that
 * request's way through the pipeline, one entry per stage.
 */
class RequestTraceTest {

  private static final String CMS = "/api/v1/namespaces/default/configmaps";
  private static final String UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

  private static KubeSimulator sim;
  private static RawApi api;

  @BeforeAll
  static void start() {
    sim = KubeSimulator.start(SimulatorOptions.builder().build());
    api = RawApi.of(sim);
  }

  @AfterAll
  static void stop() {
    sim.close();
  }

  static Stream<Arguments> exchanges() {
    return Stream.of(
        Arguments.of("a create", "POST", CMS, configMap("audited"), 201),
        Arguments.of("a list", "GET", CMS, null, 200),
        Arguments.of("a get of a missing object", "GET", CMS + "/missing", null, 404),
        Arguments.of("a malformed body", "POST", CMS, "{", 400),
        Arguments.of("an unknown resource", "GET", "/api/v1/widgets", null, 404),
        Arguments.of("a path outside the API", "GET", "/nowhere", null, 404),
        Arguments.of("a method the URL does not allow", "POST", CMS + "/x", "{}", 405),
        Arguments.of("legacy discovery", "GET", "/api", null, 200),
        Arguments.of("a group's discovery", "GET", "/apis/apps/v1", null, 200),
        Arguments.of("the version", "GET", "/version", null, 200),
        Arguments.of("the health check", "GET", "/healthz", null, 200),
        Arguments.of("the journal", "GET", "/kubesim/traces", null, 200),
        Arguments.of("a missing trace", "GET", "/kubesim/traces/nope", null, 404));
  }

  @ParameterizedTest(name = "{0} answers {4} with an Audit-Id")
  @MethodSource("exchanges")
  void everyAnswerCarriesOneAuditId(String name, String method, String path, String body,
      int code) {
    RawResponse response = api.send(method, path, body == null ? null : "application/json",
        body);

    assertThat(response.code()).isEqualTo(code);
    assertThat(response.header("Audit-Id")).singleElement().asString().matches(UUID);
  }

  @Test
  void aWatchStreamCarriesAnAuditIdInItsHeaders() throws Exception {
    HttpResponse<java.io.InputStream> response = HttpClient.newHttpClient().sendAsync(
        HttpRequest.newBuilder(URI.create(sim.baseUrl() + CMS + "?watch=true")).build(),
        HttpResponse.BodyHandlers.ofInputStream()).get(10, TimeUnit.SECONDS);
    try (var ignored = response.body()) {
      assertThat(response.statusCode()).isEqualTo(200);
      assertThat(response.headers().allValues("Audit-Id")).singleElement().asString()
          .matches(UUID);
    }
  }

  @Test
  void everyRequestGetsItsOwnAuditId() {
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < 20; i++) {
      ids.add(api.get(CMS).header("Audit-Id").get(0));
    }
    assertThat(ids).hasSize(20);
  }

  @Test
  void theTraceOfACreateHasOneEntryPerStage() {
    RawResponse created = api.post(CMS, configMap("traced"));
    String id = created.header("Audit-Id").get(0);

    JsonNode record = api.get("/kubesim/traces/" + id).json();

    assertThat(record.path("id").asText()).isEqualTo(id);
    assertThat(record.path("method").asText()).isEqualTo("POST");
    assertThat(record.path("uri").asText()).isEqualTo(CMS);
    assertThat(record.path("verb").asText()).isEqualTo("create");
    assertThat(record.path("resource").asText()).isEqualTo("configmaps");
    assertThat(record.path("namespace").asText()).isEqualTo("default");
    assertThat(record.path("code").asInt()).isEqualTo(201);
    assertThat(stages(record)).containsExactly(
        "authentication ADMITTED", "authorization ADMITTED", "decode ADMITTED",
        "mutating-admission ADMITTED", "schema-validation ADMITTED",
        "validating-admission ADMITTED", "storage ADMITTED");
  }

  @Test
  void theTraceOfARejectedCreateEndsAtTheStageThatDeniedIt() {
    RawResponse rejected = api.post(CMS, configMap("Bad_Name"));
    String id = rejected.header("Audit-Id").get(0);

    JsonNode record = api.get("/kubesim/traces/" + id).json();

    assertThat(record.path("code").asInt()).isEqualTo(422);
    assertThat(stages(record)).containsExactly(
        "authentication ADMITTED", "authorization ADMITTED", "decode ADMITTED",
        "mutating-admission ADMITTED", "schema-validation DENIED");
    assertThat(record.path("trace").findValues("message")).extracting(JsonNode::asText)
        .singleElement().asString().startsWith("ConfigMap \"Bad_Name\" is invalid: ");
  }

  @Test
  void theTraceOfAnUndecodableCreateEndsAtDecode() {
    String id = api.post(CMS, "{").header("Audit-Id").get(0);

    JsonNode record = api.get("/kubesim/traces/" + id).json();

    assertThat(stages(record)).containsExactly(
        "authentication ADMITTED", "authorization ADMITTED", "decode DENIED");
  }

  @Test
  void theMutatingStagePatchTakesTheObjectFromBeforeAdmissionToAfterIt() throws Exception {
    String pod = "{\"apiVersion\":\"v1\",\"kind\":\"Pod\",\"metadata\":{\"name\":\"patched\","
        + "\"namespace\":\"default\"},\"spec\":{\"containers\":[{\"name\":\"c\","
        + "\"image\":\"nginx\"}]}}";
    RawResponse created = api.post("/api/v1/namespaces/default/pods", pod);
    JsonNode record = api.get("/kubesim/traces/" + created.header("Audit-Id").get(0)).json();

    JsonNode patch = stageEntry(record, "mutating-admission").path("patch");
    JsonNode admitted = JsonPatch.apply(patch, ObjectMappers.json().readTree(pod));

    JsonNode stored = created.json();
    assertThat(stageEntry(record, "mutating-admission").path("decision").asText())
        .isEqualTo("MUTATED");
    for (String field : List.of("serviceAccountName", "tolerations", "volumes")) {
      assertThat(stored.path("spec").path(field).isMissingNode()).as(field).isFalse();
      assertThat(admitted.path("spec").path(field)).as(field)
          .isEqualTo(stored.path("spec").path(field));
    }
  }

  private static JsonNode stageEntry(JsonNode record, String stage) {
    for (JsonNode entry : record.path("trace")) {
      if (entry.path("phase").asText().equals("stage")
          && entry.path("name").asText().equals(stage)) {
        return entry;
      }
    }
    throw new AssertionError("no stage " + stage + " in " + record);
  }

  private static List<String> stages(JsonNode record) {
    List<String> stages = new ArrayList<>();
    for (JsonNode entry : record.path("trace")) {
      if (entry.path("phase").asText().equals("stage")) {
        stages.add(entry.path("name").asText() + " " + entry.path("decision").asText());
      }
    }
    return stages;
  }

  private static String configMap(String name) {
    return "{\"apiVersion\":\"v1\",\"kind\":\"ConfigMap\",\"metadata\":{\"name\":\"" + name
        + "\"}}";
  }
}
