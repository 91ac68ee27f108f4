package io.kubesim.simulator.openapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import io.kubernetes.client.openapi.models.V1Container;
import io.kubernetes.client.openapi.models.V1DeploymentSpec;
import io.kubernetes.client.openapi.models.V1ObjectMeta;
import io.kubernetes.client.openapi.models.V1Pod;
import io.kubernetes.client.openapi.models.V1PodSpec;
import io.kubernetes.client.openapi.models.V1ServicePort;
import io.kubesim.simulator.KubeSimulator;
import io.kubesim.simulator.SimulatorOptions;
import io.kubesim.simulator.kubectl.Kubectl;
import io.kubesim.simulator.kubectl.KubectlBinary;
import io.swagger.annotations.ApiModel;
import io.swagger.annotations.ApiModelProperty;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Real kubectl 1.33 {@code explain} prints upstream's descriptions, as the official client's model
 * annotations hold them, where it would otherwise print {@code <empty>}. kubectl joins the
 * field's description with those of the type it refers to, and wraps the text at 80 columns;
 * the comparison ignores how whitespace is laid out.
 */
class KubectlExplainDescriptionTest {

  private static final KubectlBinary KUBECTL = KubectlBinary.locate();

  @TempDir
  static Path home;

  private static KubeSimulator sim;
  private static Kubectl kubectl;

  @BeforeAll
  static void start() {
    Assumptions.assumeTrue(KUBECTL.found(), KUBECTL.missing());
    sim = KubeSimulator.start(SimulatorOptions.builder().kubeconfig(home.resolve("config"))
        .build());
    kubectl = new Kubectl(KUBECTL.path(), home, home.resolve("config"));
  }

  @AfterAll
  static void stop() {
    if (sim != null) {
      sim.close();
    }
  }

  static Stream<Arguments> explained() {
    return Stream.of(
        arguments("pod", List.of(model(V1Pod.class))),
        arguments("pod.spec", List.of(model(V1PodSpec.class))),
        arguments("pod.spec.containers",
            List.of(getter(V1PodSpec.class, "getContainers"), model(V1Container.class))),
        arguments("pod.metadata.name", List.of(getter(V1ObjectMeta.class, "getName"))),
        arguments("deployment.spec.replicas",
            List.of(getter(V1DeploymentSpec.class, "getReplicas"))),
        arguments("service.spec.ports.targetPort",
            List.of(getter(V1ServicePort.class, "getTargetPort"))));
  }

  @ParameterizedTest(name = "explain {0}")
  @MethodSource("explained")
  void explainPrintsTheDescriptionsOfTheClientModel(String path, List<String> annotated) {
    List<String> lines = kubectl.run("explain", path).succeeded().stdoutLines();

    assertThat(flattened(description(lines))).isEqualTo(flattened(String.join(" ", annotated)));
  }

  /** The DESCRIPTION section: the lines after its heading, up to the next heading. */
  private static String description(List<String> lines) {
    int start = lines.indexOf("DESCRIPTION:") + 1;
    assertThat(start).as("a DESCRIPTION section in %s", lines).isPositive();
    return lines.stream().skip(start).takeWhile(line -> !line.matches("[A-Z][A-Z ]*:.*"))
        .collect(Collectors.joining("\n"));
  }

  private static String flattened(String text) {
    return text.strip().replaceAll("\\s+", " ");
  }

  private static String model(Class<?> model) {
    return model.getAnnotation(ApiModel.class).description();
  }

  private static String getter(Class<?> model, String getter) {
    try {
      return model.getMethod(getter).getAnnotation(ApiModelProperty.class).value();
    } catch (NoSuchMethodException e) {
      throw new IllegalArgumentException(e);
    }
  }
}
