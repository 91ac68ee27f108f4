package io.kubesim.simulator.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kubesim.simulator.KubeSimulator;
import io.kubesim.simulator.SimulatorOptions;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The {@code scale} subresource over HTTP: an {@code autoscaling/v1 Scale} view of the parent,
 * and writes that land in the parent's {@code spec.replicas}.
 */
class ScaleSubresourceTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final String DEPLOYMENTS = "/apis/apps/v1/namespaces/default/deployments";
  private static KubeSimulator simulator;

  @BeforeAll
  static void start() {
    simulator = KubeSimulator.start(SimulatorOptions.builder().build());
  }

  @AfterAll
  static void stop() {
    simulator.close();
  }

  @BeforeEach
  void reset() {
    simulator.reset();
  }

  static Stream<Arguments> scalableParents() {
    String template = "\"template\":{\"metadata\":{\"labels\":{\"app\":\"web\",\"tier\":\"a\"}},"
        + "\"spec\":{\"containers\":[{\"name\":\"app\",\"image\":\"nginx\"}]}}";
    return Stream.of(
        Arguments.of("a deployment's selector is rendered as a selector string", DEPLOYMENTS,
            "{\"apiVersion\":\"apps/v1\",\"kind\":\"Deployment\",\"metadata\":{\"name\":\"web\"},"
                + "\"spec\":{\"replicas\":2,\"selector\":{\"matchLabels\":{\"app\":\"web\"},"
                + "\"matchExpressions\":[{\"key\":\"tier\",\"operator\":\"In\",\"values\":"
                + "[\"a\",\"b\"]}]}," + template + "}}",
            "{\"replicas\":2}", "app=web,tier in (a,b)"),
        Arguments.of("a stateful set sent without replicas scales from the defaulted one",
            "/apis/apps/v1/namespaces/default/statefulsets",
            "{\"apiVersion\":\"apps/v1\",\"kind\":\"StatefulSet\",\"metadata\":{\"name\":\"web\"},"
                + "\"spec\":{\"selector\":{\"matchLabels\":{\"app\":\"web\"}},"
                + "\"serviceName\":\"web\"," + template + "}}",
            "{\"replicas\":1}", "app=web"),
        Arguments.of("a replication controller's map selector is sorted by key",
            "/api/v1/namespaces/default/replicationcontrollers",
            "{\"apiVersion\":\"v1\",\"kind\":\"ReplicationController\",\"metadata\":"
                + "{\"name\":\"web\"},\"spec\":{\"replicas\":3,\"selector\":{\"tier\":\"a\","
                + "\"app\":\"web\"}," + template + "}}",
            "{\"replicas\":3}", "app=web,tier=a"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("scalableParents")
  void getShowsTheParentAsAScale(String behaviour, String collection, String parent,
      String spec, String selector) throws Exception {
    JsonNode created = send("POST", collection, "application/json", parent).body();

    Reply scale = send("GET", collection + "/web/scale", null, null);

    assertThat(scale.code()).isEqualTo(200);
    assertThat(scale.body().path("kind").asText()).isEqualTo("Scale");
    assertThat(scale.body().path("apiVersion").asText()).isEqualTo("autoscaling/v1");
    assertThat(scale.body().path("metadata")).isEqualTo(JSON.readTree("{"
        + "\"name\":\"web\",\"namespace\":\"default\","
        + "\"uid\":" + created.at("/metadata/uid") + ","
        + "\"resourceVersion\":" + created.at("/metadata/resourceVersion") + ","
        + "\"creationTimestamp\":" + created.at("/metadata/creationTimestamp") + "}"));
    assertThat(scale.body().path("spec")).isEqualTo(JSON.readTree(spec));
    assertThat(scale.body().path("status")).isEqualTo(JSON.readTree(
        "{\"replicas\":0,\"selector\":\"" + selector + "\"}"));
  }

  @Test
  void aMergePatchOfTheScaleSetsTheParentsReplicas() throws Exception {
    createDeployment();

    Reply scale = send("PATCH", DEPLOYMENTS + "/web/scale", "application/merge-patch+json",
        "{\"spec\":{\"replicas\":5}}");

    assertThat(scale.code()).isEqualTo(200);
    assertThat(scale.body().path("kind").asText()).isEqualTo("Scale");
    assertThat(scale.body().at("/spec/replicas").asInt()).isEqualTo(5);
    JsonNode deployment = send("GET", DEPLOYMENTS + "/web", null, null).body();
    assertThat(deployment.at("/spec/replicas").asInt()).isEqualTo(5);
    assertThat(deployment.at("/metadata/generation").asInt()).isEqualTo(2);
    assertThat(scale.body().at("/metadata/resourceVersion"))
        .isEqualTo(deployment.at("/metadata/resourceVersion"));
  }

  @Test
  void aPutWithAStaleResourceVersionIsAConflictOnTheParent() throws Exception {
    createDeployment();

    Reply reply = send("PUT", DEPLOYMENTS + "/web/scale", "application/json",
        "{\"apiVersion\":\"autoscaling/v1\",\"kind\":\"Scale\",\"metadata\":{\"name\":\"web\","
            + "\"resourceVersion\":\"1\"},\"spec\":{\"replicas\":4}}");

    assertThat(reply.code()).isEqualTo(409);
    assertThat(reply.body().path("message").asText()).isEqualTo("Operation cannot be fulfilled "
        + "on deployments.apps \"web\": the object has been modified; please apply your changes "
        + "to the latest version and try again");
  }

  @Test
  void negativeReplicasAreInvalidOnTheScale() throws Exception {
    createDeployment();

    Reply reply = send("PUT", DEPLOYMENTS + "/web/scale", "application/json",
        "{\"apiVersion\":\"autoscaling/v1\",\"kind\":\"Scale\",\"metadata\":{\"name\":\"web\"},"
            + "\"spec\":{\"replicas\":-1}}");

    assertThat(reply.code()).isEqualTo(422);
    assertThat(reply.body().path("message").asText()).isEqualTo("Scale.autoscaling \"web\" is "
        + "invalid: spec.replicas: Invalid value: -1: must be greater than or equal to 0");
  }

  private static void createDeployment() throws Exception {
    Reply created = send("POST", DEPLOYMENTS, "application/json", "{\"apiVersion\":\"apps/v1\","
        + "\"kind\":\"Deployment\",\"metadata\":{\"name\":\"web\"},\"spec\":{\"replicas\":1,"
        + "\"selector\":{\"matchLabels\":{\"app\":\"web\"}},\"template\":{\"metadata\":"
        + "{\"labels\":{\"app\":\"web\"}},\"spec\":{\"containers\":[{\"name\":\"app\","
        + "\"image\":\"nginx\"}]}}}}");
    assertThat(created.code()).as(created.body().toString()).isEqualTo(201);
  }

  private record Reply(int code, JsonNode body) {}

  private static Reply send(String method, String path, String contentType, String body)
      throws IOException, InterruptedException {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(simulator.baseUrl() + path))
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(body));
    if (contentType != null) {
      request.header("Content-Type", contentType);
    }
    HttpResponse<String> response = HTTP.send(request.build(),
        HttpResponse.BodyHandlers.ofString());
    return new Reply(response.statusCode(), JSON.readTree(response.body()));
  }
}
