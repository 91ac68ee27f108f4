package io.kubesim.simulator.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import io.kubesim.simulator.KubeSimulator;
import io.kubesim.simulator.SimulatorOptions;
import io.kubesim.simulator.kubectl.Kubectl;
import io.kubesim.simulator.kubectl.KubectlBinary;
import io.kubesim.simulator.kubectl.ProcessResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Real kubectl 1.33 with its default validation ({@code --validate=strict}): it reads the OpenAPI
 * v3 documents, finds {@code fieldValidation} on the kind's PATCH and lets the server validate;
 * client-side apply computes strategic merge patches; explain renders the schemas. Only List
 * files take kubectl to {@code /openapi/v2}, which names no kinds, so the server validates their
 * items too.
 */
class KubectlValidationTest {

  private static final KubectlBinary KUBECTL = KubectlBinary.locate();

  @TempDir
  static Path home;

  private static KubeSimulator sim;

  @BeforeAll
  static void start() {
    Assumptions.assumeTrue(KUBECTL.found(), KUBECTL.missing());
    sim = KubeSimulator.start(SimulatorOptions.builder().kubeconfig(home.resolve("config"))
        .build());
  }

  @AfterAll
  static void stop() {
    if (sim != null) {
      sim.close();
    }
  }

  /**
   * One kubectl run and what it must print.
   *
   * @param exitCode the expected exit code
   * @param printed fragments of stdout or stderr that must appear
   * @param absent fragments that must not appear
   */
  record Step(List<String> args, Map<String, String> env, int exitCode, List<String> printed,
      List<String> absent) {

    static Step succeeds(List<String> args, String... printed) {
      return new Step(args, Map.of(), 0, List.of(printed), List.of());
    }
  }

  /** A named scenario: files written to the work directory, then steps run in order. */
  record Scenario(String name, Map<String, String> files, List<Step> steps) {
    @Override
    public String toString() {
      return name;
    }
  }

  static Stream<Arguments> scenarios() {
    return Stream.of(
        new Scenario("create -f is validated by the server after reading OpenAPI v3",
            Map.of("cm.yaml", configMap("created", "a: \"1\"")),
            List.of(new Step(List.of("create", "-f", "cm.yaml", "-v=6"), Map.of(), 0,
                List.of("configmap/created created", "/openapi/v3/api/v1?hash=",
                    "fieldValidation=Strict"),
                List.of("/openapi/v2", "--validate=false")))),
        new Scenario("create -f with an unknown field fails strict validation",
            Map.of("bad.yaml", configMap("bad", "a: \"1\"") + "spec:\n  x: 1\n"),
            List.of(new Step(List.of("create", "-f", "bad.yaml"), Map.of(), 1,
                List.of("Error from server (BadRequest): error when creating \"bad.yaml\": "
                    + "ConfigMap in version \"v1\" cannot be handled as a ConfigMap: "
                    + "strict decoding error: unknown field \"spec\""),
                List.of("/openapi/v2")))),
        new Scenario("a List file is validated item by item on the server",
            Map.of("list.yaml", list(configMap("listed", "a: \"1\"")),
                "bad-list.yaml", list(configMap("listed-bad", "a: \"1\"") + "spec:\n  x: 1\n")),
            List.of(Step.succeeds(List.of("apply", "-f", "list.yaml"), "configmap/listed created"),
                new Step(List.of("apply", "-f", "bad-list.yaml"), Map.of(), 1,
                    List.of("Error from server (BadRequest): error when creating "
                        + "\"bad-list.yaml\": ConfigMap in version \"v1\" cannot be handled as "
                        + "a ConfigMap: strict decoding error: unknown field \"spec\""),
                    List.of("error validating data")))),
        new Scenario("apply -f creates, then patches by the containers' merge key",
            Map.of("web1.yaml", deployment("nginx:1"), "web2.yaml", deployment("nginx:2")),
            List.of(Step.succeeds(List.of("apply", "-f", "web1.yaml"),
                    "deployment.apps/web created"),
                new Step(List.of("apply", "-f", "web2.yaml", "-v=6"), Map.of(), 0,
                    List.of("deployment.apps/web configured", "/openapi/v3/apis/apps/v1?hash="),
                    List.of("/openapi/v2")),
                Step.succeeds(List.of("get", "deployment", "web", "-o",
                    "jsonpath={.spec.template.spec.containers[*].image}"), "nginx:2 busybox"))),
        new Scenario("replace -f replaces the object",
            Map.of("v1.yaml", configMap("replaced", "a: \"1\""),
                "v2.yaml", configMap("replaced", "a: \"2\"")),
            List.of(Step.succeeds(List.of("create", "-f", "v1.yaml"), "created"),
                Step.succeeds(List.of("replace", "-f", "v2.yaml"), "configmap/replaced replaced"),
                Step.succeeds(List.of("get", "cm", "replaced", "-o", "jsonpath={.data.a}"),
                    "2"))),
        new Scenario("edit validates and patches what the editor changed",
            Map.of("cm.yaml", configMap("edited", "a: before")),
            List.of(Step.succeeds(List.of("create", "-f", "cm.yaml"), "created"),
                new Step(List.of("edit", "cm", "edited"),
                    Map.of("KUBE_EDITOR", "sed -i s/before/after/"), 0,
                    List.of("configmap/edited edited"), List.of("/openapi/v2")),
                Step.succeeds(List.of("get", "cm", "edited", "-o", "jsonpath={.data.a}"),
                    "after"))),
        new Scenario("diff shows what apply would change",
            Map.of("v1.yaml", configMap("diffed", "a: \"1\""),
                "v2.yaml", configMap("diffed", "a: \"2\"")),
            List.of(Step.succeeds(List.of("create", "-f", "v1.yaml"), "created"),
                new Step(List.of("diff", "-f", "v2.yaml"), Map.of(), 1,
                    List.of("-  a: \"1\"", "+  a: \"2\""), List.of("error")))),
        new Scenario("explain prints a field of a core kind",
            Map.of(), List.of(Step.succeeds(List.of("explain", "configmap.data"),
                "KIND:       ConfigMap", "FIELD: data <map[string]string>"))),
        new Scenario("explain follows references into nested types",
            Map.of(), List.of(Step.succeeds(List.of("explain", "pod.spec.containers"),
                "FIELD: containers <[]Container>", "ports\t<[]ContainerPort>",
                "resources\t<ResourceRequirements>"))),
        new Scenario("explain knows cluster-scoped kinds of named groups",
            Map.of(), List.of(Step.succeeds(List.of("explain", "clusterrole.rules"),
                "GROUP:      rbac.authorization.k8s.io", "FIELD: rules <[]PolicyRule>"))))
        .map(Arguments::arguments);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("scenarios")
  void kubectlWorksWithDefaultValidation(Scenario scenario) throws Exception {
    Path work = Files.createDirectories(home.resolve(scenario.name().replaceAll("\\W+", "-")));
    for (Map.Entry<String, String> file : scenario.files().entrySet()) {
      Files.writeString(work.resolve(file.getKey()), file.getValue());
    }
    // Its own work directory, so its own HOME: no scenario sees another's cached OpenAPI.
    Kubectl kubectl = new Kubectl(KUBECTL.path(), work, home.resolve("config"));

    for (Step step : scenario.steps()) {
      Kubectl withEnv = kubectl;
      for (Map.Entry<String, String> variable : step.env().entrySet()) {
        withEnv = withEnv.withEnv(variable.getKey(), variable.getValue());
      }
      ProcessResult result = withEnv.run(step.args().toArray(String[]::new));
      String printed = result.stdout() + result.stderr();

      assertThat(result.exitCode()).as("exit code of %s; printed:%n%s", step.args(), printed)
          .isEqualTo(step.exitCode());
      assertThat(printed).as("kubectl %s", step.args()).contains(step.printed());
      step.absent().forEach(text ->
          assertThat(printed).as("kubectl %s", step.args()).doesNotContain(text));
    }
  }

  private static String configMap(String name, String data) {
    return "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: " + name + "\ndata:\n  "
        + data + "\n";
  }

  /** {@code kind: List} around one object, as {@code kubectl get -o yaml} writes several. */
  private static String list(String item) {
    return "apiVersion: v1\nkind: List\nitems:\n- " + item.replace("\n", "\n  ").strip() + "\n";
  }

  private static String deployment(String image) {
    return """
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: web
        spec:
          replicas: 1
          selector:
            matchLabels: {app: web}
          template:
            metadata:
              labels: {app: web}
            spec:
              containers:
              - name: web
                image: %s
                ports:
                - containerPort: 80
              - name: side
                image: busybox
        """.formatted(image);
  }
}
