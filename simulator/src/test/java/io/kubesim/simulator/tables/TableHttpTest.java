package io.kubesim.simulator.tables;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import com.fasterxml.jackson.databind.JsonNode;
import io.kubesim.admission.ObjectMappers;
import io.kubesim.simulator.KubeSimulator;
import io.kubesim.simulator.SimulatorOptions;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Table answers over HTTP, as kubectl asks for them: lists, single objects, writes and watch
 * events; plain JSON without a Table Accept; 406 and 400 for what cannot be served.
 */
class TableHttpTest {

  static final String TABLE_ACCEPT = "application/json;as=Table;v=v1;g=meta.k8s.io,"
      + "application/json;as=Table;v=v1beta1;g=meta.k8s.io,application/json";
  private static final String CMS = "/api/v1/namespaces/default/configmaps";

  private static final AdjustableClock CLOCK =
      new AdjustableClock(Instant.parse("2025-01-01T12:00:00Z"));
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static KubeSimulator sim;

  @BeforeAll
  static void start() throws Exception {
    sim = KubeSimulator.start(SimulatorOptions.builder().clock(CLOCK).build());
    send("POST", CMS, "application/json",
        "{\"metadata\":{\"name\":\"settings\",\"labels\":{\"app\":\"t\"}},"
            + "\"data\":{\"a\":\"1\",\"b\":\"2\"}}");
    CLOCK.advance(Duration.ofMinutes(5));
  }

  @AfterAll
  static void stop() {
    if (sim != null) {
      sim.close();
    }
  }

  static HttpResponse<String> send(String method, String path, String accept, String body)
      throws IOException, InterruptedException {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(sim.baseUrl() + path))
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(body))
        .header("Content-Type", "application/json");
    if (accept != null) {
      request.header("Accept", accept);
    }
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  static JsonNode json(String text) throws IOException {
    return ObjectMappers.json().readTree(text);
  }

  @Test
  void aListAnswersATableWithTheListsResourceVersionAndAges() throws Exception {
    HttpResponse<String> response =
        send("GET", CMS + "?labelSelector=app%3Dt&limit=500", TABLE_ACCEPT, null);

    assertThat(response.statusCode()).isEqualTo(200);
    // the real server names plain JSON here, not the Table media type
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
    JsonNode table = json(response.body());
    assertThat(table.path("kind").asText()).isEqualTo("Table");
    assertThat(table.path("metadata").path("resourceVersion").asText()).isNotEmpty();
    assertThat(table.path("columnDefinitions").findValuesAsText("name"))
        .containsExactly("Name", "Data", "Age");
    assertThat(table.path("rows").path(0).path("cells").toString())
        .isEqualTo("[\"settings\",2,\"5m\"]");
    assertThat(table.path("rows").path(0).path("object").path("metadata").path("labels")
        .path("app").asText()).isEqualTo("t");
  }

  @Test
  void aGetAnswersAOneRowTable() throws Exception {
    JsonNode table = json(send("GET", CMS + "/settings", TABLE_ACCEPT, null).body());

    assertThat(table.path("rows").size()).isEqualTo(1);
    assertThat(table.path("rows").path(0).path("cells").path(0).asText()).isEqualTo("settings");
  }

  @Test
  void aCreateAnswersATableToo() throws Exception {
    HttpResponse<String> response = send("POST", CMS, TABLE_ACCEPT,
        "{\"metadata\":{\"name\":\"created\"}}");

    assertThat(response.statusCode()).isEqualTo(201);
    assertThat(json(response.body()).path("rows").path(0).path("cells").toString())
        .isEqualTo("[\"created\",0,\"0s\"]");
  }

  static Stream<Arguments> plainJson() {
    return Stream.of(arguments("no Accept", null), arguments("a wildcard", "*/*"),
        arguments("plain JSON", "application/json"),
        arguments("protobuf first, as client-go prefers",
            "application/vnd.kubernetes.protobuf,application/json"));
  }

  @ParameterizedTest(name = "{0} gets the list itself")
  @MethodSource("plainJson")
  void withoutATableAcceptTheListIsPlainJson(String behaviour, String accept) throws Exception {
    JsonNode list = json(send("GET", CMS, accept, null).body());

    assertThat(list.path("kind").asText()).isEqualTo("ConfigMapList");
  }

  @Test
  void anAcceptTheServerCannotWriteIs406() throws Exception {
    HttpResponse<String> response = send("GET", CMS, "text/html", null);

    assertThat(response.statusCode()).isEqualTo(406);
    assertThat(json(response.body())).isEqualTo(json("{\"kind\":\"Status\",\"apiVersion\":\"v1\","
        + "\"metadata\":{},\"status\":\"Failure\",\"message\":\"only the following media types "
        + "are accepted: application/json, application/yaml, "
        + "application/vnd.kubernetes.protobuf\",\"reason\":\"NotAcceptable\",\"code\":406}"));
  }

  @Test
  void anUnknownIncludeObjectIs400() throws Exception {
    HttpResponse<String> response = send("GET", CMS + "?includeObject=All", TABLE_ACCEPT, null);

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(json(response.body()).path("message").asText()).isEqualTo("Unable to convert to "
        + "Table as requested: includeObject: Invalid value: \"All\": must be 'Metadata', "
        + "'Object', 'None', or empty");
  }

  @Test
  void includeObjectNoneLeavesRowsWithoutObjects() throws Exception {
    JsonNode table = json(send("GET", CMS + "/settings?includeObject=None", TABLE_ACCEPT, null)
        .body());

    assertThat(table.path("rows").path(0).get("object").isNull()).isTrue();
  }

  @Test
  void aMissingObjectIsStillA404Status() throws Exception {
    HttpResponse<String> response = send("GET", CMS + "/nothere", TABLE_ACCEPT, null);

    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(json(response.body()).path("kind").asText()).isEqualTo("Status");
  }

  @Test
  void metadataOnlyClientsGetAPartialObjectMetadataList() throws Exception {
    JsonNode list = json(send("GET", CMS, "application/json;as=PartialObjectMetadataList;"
        + "g=meta.k8s.io;v=v1,application/json", null).body());

    assertThat(list.path("kind").asText()).isEqualTo("PartialObjectMetadataList");
    assertThat(list.path("items").findValuesAsText("kind")).containsOnly("PartialObjectMetadata");
  }

  @Test
  void watchEventsCarryOneRowTablesWithColumnsOnlyInTheFirst() throws Exception {
    HttpRequest request = HttpRequest.newBuilder(URI.create(sim.baseUrl() + CMS
            + "?watch=true&labelSelector=app%3Dw&timeoutSeconds=30"))
        .header("Accept", TABLE_ACCEPT).build();
    send("POST", CMS, "application/json",
        "{\"metadata\":{\"name\":\"w1\",\"labels\":{\"app\":\"w\"}}}");
    HttpResponse<Stream<String>> response = HTTP.send(request,
        HttpResponse.BodyHandlers.ofLines());
    try (Stream<String> lines = response.body()) {
      Iterator<String> events = lines.iterator();
      JsonNode first = json(events.next());
      send("POST", CMS, "application/json",
          "{\"metadata\":{\"name\":\"w2\",\"labels\":{\"app\":\"w\"},"
              + "\"annotations\":{\"x\":\"y\"}},\"data\":{\"k\":\"v\"}}");
      JsonNode second = json(events.next());

      assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
      assertThat(first.path("type").asText()).isEqualTo("ADDED");
      assertThat(first.path("object").path("kind").asText()).isEqualTo("Table");
      assertThat(first.path("object").path("columnDefinitions").size()).isEqualTo(3);
      assertThat(first.path("object").path("rows").path(0).path("cells").path(0).asText())
          .isEqualTo("w1");
      assertThat(second.path("object").get("columnDefinitions").isNull()).isTrue();
      assertThat(second.path("object").path("rows").path(0).path("cells").toString())
          .isEqualTo("[\"w2\",1,\"0s\"]");
      assertThat(second.path("object").path("metadata").path("resourceVersion").asText())
          .isEqualTo(second.path("object").path("rows").path(0).path("object")
              .path("metadata").path("resourceVersion").asText());
    }
  }

  @Test
  void aWatchWithAnAcceptTheServerCannotWriteIs406() throws Exception {
    HttpResponse<String> response = send("GET", CMS + "?watch=true", "text/html", null);

    assertThat(response.statusCode()).isEqualTo(406);
  }
}
