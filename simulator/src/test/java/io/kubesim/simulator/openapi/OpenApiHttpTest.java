package io.kubesim.simulator.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kubesim.simulator.KubeSimulator;
import io.kubesim.simulator.SimulatorOptions;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Year;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code /openapi/v3} over HTTP as kubectl uses it: the index, {@code ?hash=} URLs with immutable
 * caching, revalidation with {@code If-None-Match}, 301 for stale hashes, 406 for Accept headers
 * JSON does not satisfy; and {@code /openapi/v2} as protobuf or JSON.
 */
class OpenApiHttpTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newBuilder()
      .followRedirects(HttpClient.Redirect.NEVER).build();

  private static KubeSimulator sim;
  private static String coreUrl;
  private static String coreHash;

  @BeforeAll
  static void start() throws Exception {
    sim = KubeSimulator.start(SimulatorOptions.builder().build());
    JsonNode index = JSON.readTree(get("/openapi/v3", Map.of()).body());
    coreUrl = index.path("paths").path("api/v1").path("serverRelativeURL").asText();
    coreHash = coreUrl.substring(coreUrl.indexOf("?hash=") + "?hash=".length());
  }

  @AfterAll
  static void stop() {
    sim.close();
  }

  @Test
  void indexIsJsonWithAnEtagThatAnswers304WhenRevalidated() throws Exception {
    HttpResponse<String> index = get("/openapi/v3", Map.of("Accept", "application/json, */*"));
    String etag = index.headers().firstValue("Etag").orElseThrow();

    assertThat(index.statusCode()).isEqualTo(200);
    assertThat(index.headers().firstValue("Content-Type")).contains("application/json");
    assertThat(JSON.readTree(index.body()).path("paths").path("apis/apps/v1")
        .path("serverRelativeURL").asText())
        .matches("/openapi/v3/apis/apps/v1\\?hash=[0-9A-F]{128}");
    assertThat(get("/openapi/v3", Map.of("If-None-Match", etag)).statusCode()).isEqualTo(304);
  }

  /**
   * One exchange and what must come back.
   *
   * @param status the expected status
   * @param headers header name to expected value; an empty value means the header is absent
   */
  record Exchange(String name, String path, Map<String, String> request, int status,
      Map<String, String> headers) {

    @Override
    public String toString() {
      return name;
    }
  }

  static Stream<Arguments> exchanges() {
    String etag = '"' + "%HASH%" + '"';
    return Stream.of(
        new Exchange("the hashed URL is immutable", "%URL%",
            Map.of("Accept", "application/json"), 200,
            Map.of("Cache-Control", "public, immutable", "Etag", etag, "Vary", "Accept",
                "Content-Type", "application/json")),
        new Exchange("without a hash the document is not immutable", "/openapi/v3/api/v1",
            Map.of(), 200, Map.of("Cache-Control", "", "Expires", "", "Etag", etag)),
        new Exchange("a cached copy revalidates with 304", "%URL%",
            Map.of("Accept", "application/json", "If-None-Match", etag), 304,
            Map.of("Etag", etag)),
        new Exchange("a stale hash redirects to the current one", "/openapi/v3/api/v1?hash=ABC",
            Map.of(), 301, Map.of("Location", "%URL%")),
        new Exchange("kubectl's discovery Accept gets JSON", "%URL%",
            Map.of("Accept", "application/json, */*"), 200,
            Map.of("Content-Type", "application/json")),
        new Exchange("protobuf only is not acceptable", "%URL%",
            Map.of("Accept", "application/com.github.proto-openapi.spec.v3@v1.0+protobuf"), 406,
            Map.of("Vary", "Accept")),
        new Exchange("an unserved group-version is not found", "/openapi/v3/apis/nope.io/v1",
            Map.of(), 404, Map.of()),
        new Exchange("v2 as kubectl asks for it is protobuf, typed in the spelling Go parses",
            "/openapi/v2",
            Map.of("Accept", "application/com.github.proto-openapi.spec.v2@v1.0+protobuf"), 200,
            Map.of("Content-Type", "application/com.github.proto-openapi.spec.v2.v1.0+protobuf",
                "Vary", "Accept")),
        new Exchange("v2 for anyone else is JSON", "/openapi/v2",
            Map.of("Accept", "application/json"), 200,
            Map.of("Content-Type", "application/json")),
        new Exchange("v2 in neither form is not acceptable", "/openapi/v2",
            Map.of("Accept", "text/html"), 406, Map.of()))
        .map(Arguments::arguments);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("exchanges")
  void groupVersionDocumentFollowsKubeOpenApiCachingRules(Exchange exchange) throws Exception {
    HttpResponse<String> response = get(fill(exchange.path()), fillAll(exchange.request()));

    assertThat(response.statusCode()).isEqualTo(exchange.status());
    List<String> mismatches = new ArrayList<>();
    fillAll(exchange.headers()).forEach((name, expected) -> {
      Optional<String> actual = response.headers().firstValue(name);
      if (expected.isEmpty() ? actual.isPresent() : !actual.equals(Optional.of(expected))) {
        mismatches.add(name + ": " + actual.orElse("<absent>"));
      }
    });
    assertThat(mismatches).isEmpty();
  }

  /**
   * A gnostic {@code openapi.v2.Document} with {@code swagger} (field 1), {@code info} (2: title
   * 1, version 2) and empty {@code paths} (8); kubectl finds no kinds in it and leaves
   * validation to the server.
   */
  @Test
  void v2ProtobufIsAnEmptySwaggerDocumentThatRevalidates() throws Exception {
    String accept = "application/com.github.proto-openapi.spec.v2@v1.0+protobuf";
    HttpResponse<byte[]> response = HTTP.send(HttpRequest.newBuilder(
        URI.create(sim.baseUrl() + "/openapi/v2")).header("Accept", accept).build(),
        HttpResponse.BodyHandlers.ofByteArray());
    String etag = response.headers().firstValue("Etag").orElseThrow();

    assertThat(response.body()).containsExactly(concat(
        new byte[] {0x0a, 3}, "2.0".getBytes(StandardCharsets.UTF_8),
        new byte[] {0x12, 21, 0x0a, 10}, "Kubernetes".getBytes(StandardCharsets.UTF_8),
        new byte[] {0x12, 7}, "v1.33.1".getBytes(StandardCharsets.UTF_8),
        new byte[] {0x42, 0}));
    assertThat(get("/openapi/v2", Map.of("Accept", accept, "If-None-Match", etag)).statusCode())
        .isEqualTo(304);
    assertThat(JSON.readTree(get("/openapi/v2", Map.of()).body()).path("swagger").asText())
        .isEqualTo("2.0");
  }

  @Test
  void immutableDocumentExpiresInAYear() throws Exception {
    HttpResponse<String> response = get(coreUrl, Map.of());

    assertThat(response.headers().firstValue("Expires").orElseThrow())
        .matches("[A-Z][a-z]{2}, \\d{2} [A-Z][a-z]{2} \\d{4} \\d{2}:\\d{2}:\\d{2} GMT")
        .contains(Integer.toString(Year.now(ZoneOffset.UTC).getValue() + 1));
    assertThat(JSON.readTree(response.body()).path("openapi").asText()).isEqualTo("3.0.0");
  }

  private static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] part : parts) {
      out.writeBytes(part);
    }
    return out.toByteArray();
  }

  private static String fill(String text) {
    return text.replace("%URL%", coreUrl).replace("%HASH%", coreHash);
  }

  private static Map<String, String> fillAll(Map<String, String> values) {
    Map<String, String> filled = new TreeMap<>();
    values.forEach((k, v) -> filled.put(k, fill(v)));
    return filled;
  }

  private static HttpResponse<String> get(String path, Map<String, String> headers)
      throws IOException, InterruptedException {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(sim.baseUrl() + path))
        .timeout(Duration.ofSeconds(120));
    headers.forEach(request::header);
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }
}
