package io.kubesim.simulator.acceptance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import io.kubesim.simulator.KubeSimulator;
import io.kubesim.simulator.SimulatorOptions;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What a DELETE answers: the deleted object for the kinds whose upstream store returns it (the
 * 1.33 OpenAPI documents those responses, and generated clients decode nothing else), a success
 * Status for the others.
 */
class DeleteResponseTest {

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

  static Stream<Arguments> deletes() {
    String core = "/api/v1/namespaces/default/";
    return Stream.of(
        arguments("a Service answers the Service", core + "services",
            "{'metadata':{'name':'gone'},'spec':{'ports':[{'port':80}]}}", "Service"),
        arguments("a PodTemplate answers the PodTemplate", core + "podtemplates",
            "{'metadata':{'name':'gone'},'template':{'spec':{'containers':[{'name':'c',"
                + "'image':'nginx'}]}}}", "PodTemplate"),
        arguments("a ResourceQuota answers the ResourceQuota", core + "resourcequotas",
            "{'metadata':{'name':'gone'},'spec':{'hard':{'pods':'1'}}}", "ResourceQuota"),
        arguments("a CSIDriver answers the CSIDriver", "/apis/storage.k8s.io/v1/csidrivers",
            "{'metadata':{'name':'gone.example.com'}}", "CSIDriver"),
        arguments("a ServiceAccount answers the ServiceAccount", core + "serviceaccounts",
            "{'metadata':{'name':'gone'}}", "ServiceAccount"),
        arguments("a ConfigMap answers a success Status", core + "configmaps",
            "{'metadata':{'name':'gone'}}", "Status"),
        arguments("a Secret answers a success Status", core + "secrets",
            "{'metadata':{'name':'gone'}}", "Status"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("deletes")
  void deleteAnswersTheObjectOrAStatusByKind(String behaviour, String collection, String body,
      String answeredKind) {
    String json = body.replace('\'', '"');
    RawResponse created = api.post(collection, json);
    assertThat(created.code()).as(created.body()).isEqualTo(201);
    String name = created.json().path("metadata").path("name").asText();

    RawResponse deleted = api.send("DELETE", collection + "/" + name, null, (byte[]) null);

    assertThat(deleted.code()).as(deleted.body()).isEqualTo(200);
    assertThat(deleted.json().path("kind").asText()).isEqualTo(answeredKind);
    assertThat(api.get(collection + "/" + name).code()).isEqualTo(404);
  }
}
