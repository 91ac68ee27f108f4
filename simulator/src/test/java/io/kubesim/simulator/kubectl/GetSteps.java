package io.kubesim.simulator.kubectl;

import static io.kubesim.simulator.kubectl.SuiteStep.step;
import static io.kubesim.simulator.kubectl.TableOutput.AGE;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.kubesim.admission.ObjectMappers;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code kubectl get} in each output format, with set-based label selectors, field selectors
 * and {@code -w}, over what {@link CreateSteps} created.
 */
final class GetSteps {

  private GetSteps() {}

  static List<SuiteStep> steps() {
    return List.of(
        step("get -o wide prints each kind's columns, the wide ones too", cell -> {
          assertThat(TableOutput.rows(cell.kubectl().run("get", "pods", "-o", "wide")
              .succeeded().stdout())).containsExactly(
              List.of("NAME", "READY", "STATUS", "RESTARTS", "AGE", "IP", "NODE",
                  "NOMINATED NODE", "READINESS GATES"),
              List.of("web-0", "0/1", "Pending", "0", AGE, "<none>", "<none>", "<none>",
                  "<none>"));
          assertThat(TableOutput.rows(cell.kubectl().run("get", "deployments", "-o", "wide")
              .succeeded().stdout())).containsExactly(
              List.of("NAME", "READY", "UP-TO-DATE", "AVAILABLE", "AGE", "CONTAINERS", "IMAGES",
                  "SELECTOR"),
              List.of("web", "0/2", "0", "0", AGE, "nginx", "nginx:1.27", "app=web"));
        }),
        step("get -o json prints the stored object", cell -> {
          JsonNode pod = ObjectMappers.json().readTree(cell.kubectl()
              .run("get", "pod", "web-0", "-o", "json").succeeded().stdout());
          assertThat(pod.path("kind").asText()).isEqualTo("Pod");
          assertThat(pod.at("/metadata/labels")).isEqualTo(
              ObjectMappers.json().readTree("{\"app\":\"web\",\"tier\":\"front\"}"));
          assertThat(pod.at("/status/phase").asText()).isEqualTo("Pending");
        }),
        step("get -o yaml prints the stored object", cell -> {
          JsonNode configMap = ObjectMappers.yaml().readTree(cell.kubectl()
              .run("get", "configmap", "settings", "-o", "yaml").succeeded().stdout());
          assertThat(configMap.path("apiVersion").asText()).isEqualTo("v1");
          assertThat(configMap.path("kind").asText()).isEqualTo("ConfigMap");
          assertThat(configMap.at("/metadata/name").asText()).isEqualTo("settings");
          assertThat(configMap.at("/data/mode").asText()).isEqualTo("fast");
        }),
        step("get -o jsonpath prints the selected field", cell ->
            assertThat(cell.kubectl().run("get", "deployment", "web", "-o",
                "jsonpath={.spec.template.spec.containers[0].image}").succeeded().stdout())
                .isEqualTo("nginx:1.27")),
        step("get -l selects on the server with set-based selectors", cell -> {
          assertThat(cell.kubectl().run("get", "pods", "-l",
              "app in (web,api),tier notin (back),!canary", "-o", "name").succeeded().stdout())
              .isEqualTo("pod/web-0\n");
          ProcessResult none = cell.kubectl().run("get", "pods", "-l", "tier in (back)")
              .succeeded();
          assertThat(none.stdout()).isEmpty();
          assertThat(none.stderr()).isEqualTo("No resources found in default namespace.\n");
        }),
        step("get --field-selector selects on the server", cell -> {
          assertThat(cell.kubectl().run("get", "pods", "--field-selector",
              "status.phase=Pending,metadata.name=web-0", "-o", "name").succeeded().stdout())
              .isEqualTo("pod/web-0\n");
          assertThat(cell.kubectl().run("get", "events", "--field-selector",
              "involvedObject.kind=Deployment", "-o", "name").succeeded().stdout())
              .isEqualTo("event/web.scalingreplicaset\n");
        }),
        step("get -w prints the list, then a row per change, under one header", cell -> {
          try (RunningProcess watch = cell.kubectl().start("get", "configmaps", "-w")) {
            List<String> lines = new ArrayList<>(watch.linesUntil(l -> l.startsWith("settings")));
            assertThat(cell.kubectl().run("create", "configmap", "watched",
                "--from-literal=k=v").succeeded().stdout())
                .isEqualTo("configmap/watched created\n");
            lines.addAll(watch.linesUntil(l -> l.startsWith("watched")));

            assertThat(TableOutput.rows(String.join("\n", lines))).containsExactly(
                List.of("NAME", "DATA", "AGE"), List.of("kube-root-ca.crt", "1", AGE),
                List.of("settings", "1", AGE), List.of("watched", "1", AGE));
          }
        }));
  }
}
