package io.kubesim.simulator.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.kubesim.admission.ObjectMappers;
import io.kubesim.simulator.acceptance.Eventually;
import io.kubesim.simulator.kubectl.Kubectl;
import io.kubesim.simulator.kubectl.KubectlBinary;
import io.kubesim.simulator.kubectl.LocalPorts;
import io.kubesim.simulator.kubectl.ProcessResult;
import io.kubesim.simulator.kubectl.RunningProcess;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The standalone server as a user runs it: {@code kubesim serve --port 0} in its own JVM, found
 * through the address it prints, driven with kubectl through the kubeconfig it writes, and
 * stopped with SIGTERM.
 */
class StandaloneServerKubectlTest {

  private static final Pattern SERVING =
      Pattern.compile("kubesim is serving the Kubernetes API at (http://[0-9.]+:([0-9]+))");

  /** What a JVM reports after SIGTERM once its shutdown hooks have run: 128 + 15. */
  private static final int SIGTERM_EXIT = 143;

  private KubectlBinary binary;

  @TempDir Path dir;

  @BeforeEach
  void findKubectl() {
    binary = KubectlBinary.locate();
    Assumptions.assumeTrue(binary.found(), binary.missing());
  }

  @Test
  void servesKubectlThroughItsKubeconfigAndStopsCleanlyOnSigterm() throws Exception {
    Path kubeconfig = dir.resolve("kubesim.kubeconfig");
    try (RunningProcess server = startServer(kubeconfig)) {
      Matcher serving = SERVING.matcher(server.nextLine());
      assertThat(serving.matches()).as("first line names the address").isTrue();
      int port = Integer.parseInt(serving.group(2));
      assertThat(server.nextLines(3)).containsExactly("Point kubectl at it:",
          "  export KUBECONFIG=" + kubeconfig.toAbsolutePath(), "  kubectl get namespaces");
      assertThat(Files.readString(kubeconfig)).contains("server: " + serving.group(1));

      Kubectl kubectl = new Kubectl(binary.path(), dir, kubeconfig);
      assertThat(kubectl.run("version").succeeded().stdoutLines())
          .contains("Server Version: v1.33.1")
          .anyMatch(line -> line.startsWith("Client Version: v1."));
      assertThat(kubectl.run("get", "namespaces", "-o", "name").succeeded().stdoutLines())
          .containsExactly("namespace/default", "namespace/kube-node-lease",
              "namespace/kube-public", "namespace/kube-system");

      try (RunningProcess watch = kubectl.start("get", "namespaces", "--watch", "-o", "name")) {
        assertThat(watch.nextLines(4)).contains("namespace/default");
        // kubectl prints the listed objects before it opens its watch: stop only once it has
        Eventually.until("kubectl's watch of namespaces is open",
            () -> watchOpened(serving.group(1)));
        ProcessResult stopped = server.stop();

        assertThat(stopped.exitCode()).as(stopped.toString()).isEqualTo(SIGTERM_EXIT);
        assertThat(stopped.stdoutLines()).as(stopped.toString()).last()
            .isEqualTo("kubesim stopped");
        assertThat(stopped.stderr()).doesNotContain("Exception", "ERROR");
        // The server ends its watch streams, which kubectl get -w takes as a normal end.
        ProcessResult watchEnded = watch.awaitExit();
        assertThat(watchEnded.exitCode()).as(watchEnded.toString()).isZero();
        assertThat(LocalPorts.refusesConnections(port)).as("port %d is released", port).isTrue();
      }
    }
  }

  private RunningProcess startServer(Path kubeconfig) throws IOException {
    List<String> command = List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
        "io.kubesim.simulator.cli.KubesimCommand", "serve", "--port", "0",
        "--kubeconfig", kubeconfig.toString());
    Path stderr = dir.resolve("server.err");
    Process process = new ProcessBuilder(command).directory(dir.toFile())
        .redirectError(stderr.toFile()).start();
    process.getOutputStream().close();
    return new RunningProcess(command, process, stderr);
  }

  private static boolean watchOpened(String baseUrl) {
    try {
      HttpResponse<String> traces = HttpClient.newHttpClient().send(
          HttpRequest.newBuilder(URI.create(baseUrl + "/kubesim/traces")).build(),
          HttpResponse.BodyHandlers.ofString());
      for (JsonNode request : ObjectMappers.json().readTree(traces.body()).path("items")) {
        if (request.path("verb").asText().equals("watch")
            && request.path("resource").asText().equals("namespaces")) {
          return true;
        }
      }
      return false;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }
}
