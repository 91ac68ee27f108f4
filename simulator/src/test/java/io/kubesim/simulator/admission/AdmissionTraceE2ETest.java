package io.kubesim.simulator.admission;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.kubesim.admission.ObjectMappers;
import io.kubesim.admission.TraceEntry;
import io.kubesim.admission.config.AdmissionSettings;
import io.kubesim.admission.plugins.BuiltInPlugins;
import io.kubesim.simulator.KubeSimulator;
import io.kubesim.simulator.SimulatorOptions;
import io.kubesim.simulator.journal.RequestRecord;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The admission chain seen from outside: the default plugins run on a plain simulator, in
 * upstream order, each in the request's trace; disabling them restores plain CRUD; the audit log
 * carries the request with its annotations.
 */
class AdmissionTraceE2ETest {

  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final String POD = "{\"apiVersion\":\"v1\",\"kind\":\"Pod\",\"metadata\":"
      + "{\"name\":\"web\"},\"spec\":{\"containers\":[{\"name\":\"c\",\"image\":\"nginx:1.27\"}]}}";

  @Test
  void aPodCreateListsEveryEnabledPluginInUpstreamOrder() throws Exception {
    try (KubeSimulator sim = KubeSimulator.start(SimulatorOptions.builder()
        .admission(AdmissionSettings.builder().enable("AlwaysPullImages").build()).build())) {
      HttpResponse<String> created = post(sim, "/api/v1/namespaces/default/pods", POD);
      assertThat(created.statusCode()).isEqualTo(201);

      RequestRecord record = sim.journal().find(created.headers()
          .firstValue("Audit-Id").orElseThrow()).orElseThrow();
      List<String> mutating = pluginsOf(record, "mutating");
      List<String> validating = pluginsOf(record, "validating");

      assertThat(mutating).contains("NamespaceLifecycle", "LimitRanger", "ServiceAccount",
          "AlwaysPullImages", "DefaultTolerationSeconds").isSortedAccordingTo(upstreamOrder());
      assertThat(validating).contains("LimitRanger", "AlwaysPullImages")
          .isSortedAccordingTo(upstreamOrder());
      assertThat(record.trace()).filteredOn(e -> e.name().equals("AlwaysPullImages")
          && e.phase().equals("mutating")).singleElement()
          .satisfies(e -> assertThat(e.decision()).isEqualTo(TraceEntry.Decision.MUTATED));
      JsonNode pod = ObjectMappers.json().readTree(created.body());
      assertThat(pod.at("/spec/containers/0/imagePullPolicy").asText()).isEqualTo("Always");
    }
  }

  @Test
  void disablingTheDefaultPluginsRestoresPlainCrud() throws Exception {
    AdmissionSettings none = AdmissionSettings.builder()
        .disable(BuiltInPlugins.defaultOn().toArray(String[]::new)).build();
    try (KubeSimulator sim = KubeSimulator.start(SimulatorOptions.builder().admission(none)
        .build())) {
      HttpResponse<String> created = post(sim, "/api/v1/namespaces/nowhere/pods", POD);

      // Without NamespaceLifecycle nothing checks that the namespace exists, as upstream.
      assertThat(created.statusCode()).isEqualTo(201);
      JsonNode pod = ObjectMappers.json().readTree(created.body());
      assertThat(pod.at("/spec/serviceAccountName").isMissingNode()).isTrue();
      assertThat(pod.at("/spec/tolerations").isMissingNode()).isTrue();
      RequestRecord record = sim.journal().last().orElseThrow();
      assertThat(pluginsOf(record, "mutating")).isEmpty();
    }
  }

  @Test
  void theAuditLogRecordsEveryRequestWithItsAnnotations(@TempDir Path dir) throws Exception {
    Path log = dir.resolve("audit/audit.log");
    String auditId;
    try (KubeSimulator sim = KubeSimulator.start(SimulatorOptions.builder().auditLogPath(log)
        .build())) {
      HttpResponse<String> created = post(sim, "/api/v1/namespaces/default/pods", POD);
      auditId = created.headers().firstValue("Audit-Id").orElseThrow();
    }
    JsonNode event = Files.readAllLines(log).stream().map(AdmissionTraceE2ETest::json)
        .filter(e -> e.path("auditID").asText().equals(auditId)).findFirst().orElseThrow();

    assertThat(event.path("apiVersion").asText()).isEqualTo("audit.k8s.io/v1");
    assertThat(event.path("kind").asText()).isEqualTo("Event");
    assertThat(event.path("stage").asText()).isEqualTo("ResponseComplete");
    assertThat(event.path("verb").asText()).isEqualTo("create");
    assertThat(event.at("/user/username").asText()).isEqualTo("kubesim-admin");
    assertThat(event.at("/user/groups/0").asText()).isEqualTo("system:masters");
    assertThat(event.at("/objectRef/resource").asText()).isEqualTo("pods");
    assertThat(event.at("/objectRef/namespace").asText()).isEqualTo("default");
    assertThat(event.at("/objectRef/apiVersion").asText()).isEqualTo("v1");
    assertThat(event.at("/responseStatus/code").asInt()).isEqualTo(201);
    assertThat(event.at("/annotations/authorization.k8s.io~1decision").asText())
        .isEqualTo("allow");
  }

  private static java.util.Comparator<String> upstreamOrder() {
    List<String> order = BuiltInPlugins.names();
    return java.util.Comparator.comparingInt(order::indexOf);
  }

  private static List<String> pluginsOf(RequestRecord record, String phase) {
    return record.trace().stream().filter(e -> e.phase().equals(phase))
        .map(TraceEntry::name).toList();
  }

  private static HttpResponse<String> post(KubeSimulator sim, String path, String body)
      throws IOException, InterruptedException {
    return HTTP.send(HttpRequest.newBuilder(URI.create(sim.baseUrl() + path))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static JsonNode json(String line) {
    try {
      return ObjectMappers.json().readTree(line);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
