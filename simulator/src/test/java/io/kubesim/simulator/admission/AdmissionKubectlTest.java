package io.kubesim.simulator.admission;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.kubesim.admission.ObjectMappers;
import io.kubesim.simulator.kubectl.Kubectl;
import io.kubesim.simulator.kubectl.KubectlBinary;
import io.kubesim.simulator.kubectl.ProcessResult;
import io.kubesim.simulator.kubectl.RunningProcess;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Admission as a kubectl user meets it: {@code kubesim serve} started in its own JVM with
 * admission flags, driven with kubectl through the kubeconfig it writes. What the mutating plugins
 * add shows in {@code kubectl get -o yaml}; a denial prints upstream's
 * {@code Error from server (...)} line; the request journal says which plugin denied.
 */
class AdmissionKubectlTest {

  private static final String POD = """
      apiVersion: v1
      kind: Pod
      metadata:
        name: web
      spec:
        containers:
        - name: web
          image: nginx:1.27
          imagePullPolicy: IfNotPresent
      """;

  private static final String POD_IN_MISSING_NAMESPACE = POD.replace("metadata:\n",
      "metadata:\n  namespace: nowhere\n");

  private static final String POD_WITH_CPU_LIMIT = POD + """
          resources:
            limits:
              cpu: "1"
      """;

  private static final String LIMIT_RANGE = """
      apiVersion: v1
      kind: LimitRange
      metadata:
        name: cpu-max
      spec:
        limits:
        - type: Container
          max:
            cpu: 500m
      """;

  private KubectlBinary binary;

  @TempDir Path dir;

  @BeforeEach
  void findKubectl() {
    binary = KubectlBinary.locate();
    Assumptions.assumeTrue(binary.found(), binary.missing());
  }

  @Test
  void kubectlGetShowsWhatTheMutatingPluginsAddedToACreatedPod() {
    try (RunningProcess server = serve("--enable-admission-plugins=AlwaysPullImages,LimitRanger")) {
      Kubectl kubectl = kubectl();
      kubectl.file("pod.yaml", POD);

      assertThat(kubectl.run("create", "-f", "pod.yaml").succeeded().stdoutLines())
          .containsExactly("pod/web created");
      String yaml = kubectl.run("get", "pod", "web", "-o", "yaml").succeeded().stdout();

      assertThat(yaml).contains(
          "    imagePullPolicy: Always\n",
          "  serviceAccountName: default\n",
          "    - mountPath: /var/run/secrets/kubernetes.io/serviceaccount\n",
          "  - name: kube-api-access-",
          """
            - effect: NoExecute
              key: node.kubernetes.io/not-ready
              operator: Exists
              tolerationSeconds: 300
          """,
          """
            - effect: NoExecute
              key: node.kubernetes.io/unreachable
              operator: Exists
              tolerationSeconds: 300
          """).doesNotContain("IfNotPresent");
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("creates")
  void kubectlCreatePrintsWhatAdmissionDecided(CreateCase create) {
    try (RunningProcess server = serve(create.flags().toArray(String[]::new))) {
      Kubectl kubectl = kubectl();
      for (int i = 0; i < create.setup().size(); i++) {
        String name = kubectl.file("setup-" + i + ".yaml", create.setup().get(i));
        kubectl.run("create", "-f", name).succeeded();
      }
      kubectl.file("pod.yaml", create.pod());

      ProcessResult result = kubectl.run("create", "-f", "pod.yaml");

      if (create.admitted()) {
        assertThat(result.succeeded().stdoutLines()).containsExactly(create.printed());
      } else {
        assertThat(result.failed().stderrLines()).as(result.toString())
            .containsExactly(create.printed());
      }
    }
  }

  static Stream<CreateCase> creates() {
    return Stream.of(
        new CreateCase("AlwaysDeny refuses every create",
            List.of("--enable-admission-plugins=AlwaysDeny"), List.of(), POD, false,
            "Error from server (Forbidden): error when creating \"pod.yaml\": pods \"web\" is "
                + "forbidden: admission control is denying all modifications"),
        new CreateCase("LimitRanger refuses a limit above the LimitRange max",
            List.of("--enable-admission-plugins=AlwaysPullImages,LimitRanger"),
            List.of(LIMIT_RANGE), POD_WITH_CPU_LIMIT, false,
            "Error from server (Forbidden): error when creating \"pod.yaml\": pods \"web\" is "
                + "forbidden: maximum cpu usage per Container is 500m, but limit is 1"),
        new CreateCase("the default NamespaceLifecycle refuses a missing namespace",
            List.of(), List.of(), POD_IN_MISSING_NAMESPACE, false,
            "Error from server (NotFound): error when creating \"pod.yaml\": namespaces "
                + "\"nowhere\" not found"),
        new CreateCase("without NamespaceLifecycle, ServiceAccount finds no service account",
            List.of("--disable-admission-plugins=NamespaceLifecycle"), List.of(),
            POD_IN_MISSING_NAMESPACE, false,
            "Error from server (Forbidden): error when creating \"pod.yaml\": pods \"web\" is "
                + "forbidden: error looking up service account nowhere/default: serviceaccount "
                + "\"default\" not found"),
        new CreateCase("without NamespaceLifecycle and ServiceAccount nothing checks the namespace",
            List.of("--disable-admission-plugins=NamespaceLifecycle,ServiceAccount"), List.of(),
            POD_IN_MISSING_NAMESPACE, true, "pod/web created"));
  }

  @Test
  void theRequestJournalShowsNamespaceLifecycleDenyingTheCreate() throws IOException {
    try (RunningProcess server = serve()) {
      Kubectl kubectl = kubectl();
      kubectl.file("pod.yaml", POD_IN_MISSING_NAMESPACE);
      kubectl.run("create", "-f", "pod.yaml").failed();

      assertThat(creates(kubectl)).last().satisfies(create -> {
        assertThat(create.get("code").asInt()).isEqualTo(404);
        assertThat(create.get("trace")).anySatisfy(step -> {
          assertThat(step.get("name").asText()).isEqualTo("NamespaceLifecycle");
          assertThat(step.get("decision").asText()).isEqualTo("DENIED");
        });
      });
    }
  }

  @Test
  void aServiceCreateWalksTheRequestPathStagesInOrder() throws IOException {
    try (RunningProcess server = serve()) {
      Kubectl kubectl = kubectl();
      kubectl.run("create", "service", "clusterip", "shop", "--tcp=80:8080").succeeded();

      List<JsonNode> creates = creates(kubectl);

      assertThat(creates).last().satisfies(create -> assertThat(
          StreamSupport.stream(create.get("trace").spliterator(), false)
              .filter(step -> step.get("phase").asText().equals("stage"))
              .map(step -> step.get("name").asText()).toList())
          .containsExactly("authentication", "authorization", "decode", "mutating-admission",
              "prepare-for-create", "schema-validation", "validating-admission", "storage"));
    }
  }

  /** The journal's create records, oldest first, as {@code kubectl get --raw} shows them. */
  private static List<JsonNode> creates(Kubectl kubectl) throws IOException {
    JsonNode traces = ObjectMappers.json().readTree(
        kubectl.run("get", "--raw", "/kubesim/traces").succeeded().stdout());
    return StreamSupport.stream(traces.get("items").spliterator(), false)
        .filter(item -> item.get("verb").asText().equals("create")).toList();
  }

  /**
   * One {@code kubectl create -f pod.yaml} against a server started with {@code flags}, after
   * creating each manifest in {@code setup}.
   *
   * @param name what the case shows, as the test's display name
   * @param flags extra {@code kubesim serve} flags
   * @param setup manifests created first, in order
   * @param pod the pod manifest
   * @param admitted whether the create succeeds
   * @param printed the one line kubectl prints: on stdout if admitted, else on stderr
   */
  record CreateCase(String name, List<String> flags, List<String> setup, String pod,
      boolean admitted, String printed) {

    @Override
    public String toString() {
      return name;
    }
  }

  private Kubectl kubectl() {
    return new Kubectl(binary.path(), dir, dir.resolve("kubesim.kubeconfig"));
  }

  /**
   * Starts {@code kubesim serve --port 0} with {@code flags}, as {@code
   * StandaloneServerKubectlTest} does, and returns once it has printed its address (by then the
   * kubeconfig is written).
   */
  private RunningProcess serve(String... flags) {
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
        "io.kubesim.simulator.cli.KubesimCommand", "serve", "--port", "0",
        "--kubeconfig", dir.resolve("kubesim.kubeconfig").toString()));
    command.addAll(List.of(flags));
    try {
      Path stderr = Files.createTempFile(dir, "server-", ".err");
      Process process = new ProcessBuilder(command).directory(dir.toFile())
          .redirectError(stderr.toFile()).start();
      process.getOutputStream().close();
      RunningProcess server = new RunningProcess(command, process, stderr);
      try {
        assertThat(server.nextLine()).startsWith("kubesim is serving the Kubernetes API at ");
      } catch (AssertionError e) {
        server.close();
        throw e;
      }
      return server;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
