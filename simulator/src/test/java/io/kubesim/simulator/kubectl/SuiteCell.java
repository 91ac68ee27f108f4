package io.kubesim.simulator.kubectl;

import io.kubesim.simulator.KubeSimulator;
import io.kubesim.simulator.cli.KubesimCommand;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * One cell of the kubectl suite's matrix: one kubectl version against one standalone server,
 * served over plain HTTP or HTTPS. The server starts on first use, exactly as
 * {@code kubesim serve --port 0 --kubeconfig <file> [--tls]} would start it, and serves every
 * command of the cell; closing the cell stops it and deletes the cell's directory.
 */
final class SuiteCell implements AutoCloseable {

  /** How the server is reached; HTTPS is what makes kubectl send the kubeconfig's token. */
  enum Transport {
    HTTP, HTTPS;

    @Override
    public String toString() {
      return name().toLowerCase();
    }
  }

  private final String version;
  private final Transport transport;
  private final KubectlBinary binary;
  private Path dir;
  private KubeSimulator simulator;
  private Kubectl kubectl;

  SuiteCell(String version, Transport transport) {
    this.version = version;
    this.transport = transport;
    this.binary = KubectlBinary.locate(version);
  }

  /** The kubectl minor version, e.g. {@code "1.29"}. */
  String version() {
    return version;
  }

  /** True when the server speaks HTTPS. */
  boolean https() {
    return transport == Transport.HTTPS;
  }

  /** Skips the calling test, saying why, when this cell's kubectl is not installed. */
  void assumeKubectl() {
    Assumptions.assumeTrue(binary.found(), binary.missing());
  }

  /** kubectl pointed at this cell's server, started on first use. */
  Kubectl kubectl() {
    start();
    return kubectl;
  }

  /** The server, started on first use. */
  KubeSimulator simulator() {
    start();
    return simulator;
  }

  /**
   * The string map at {@code pointer} (e.g. {@code /data}) of an object, as a second
   * {@code kubectl get -o json} shows it; empty when absent.
   */
  Map<String, String> read(String resource, String name, String pointer) {
    Map<String, String> out = new TreeMap<>();
    kubectl().json("get", resource, name).at(pointer).fields()
        .forEachRemaining(e -> out.put(e.getKey(), e.getValue().asText()));
    return out;
  }

  private void start() {
    if (simulator != null) {
      return;
    }
    try {
      dir = Files.createTempDirectory("kubesim-suite-");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Path kubeconfig = dir.resolve("kubesim.kubeconfig");
    List<String> serve = new ArrayList<>(List.of("--port", "0", "--kubeconfig",
        kubeconfig.toString()));
    if (https()) {
      serve.add("--tls");
    }
    simulator = KubeSimulator.start(KubesimCommand.serveOptions(serve.toArray(String[]::new)));
    kubectl = new Kubectl(binary.path(), dir, kubeconfig);
  }

  /** Stops the server, if it runs, and deletes the cell's files; a second call does nothing. */
  @Override
  public void close() {
    if (simulator == null) {
      return;
    }
    try {
      simulator.close();
    } finally {
      simulator = null;
      deleteTree(dir);
    }
  }

  @Override
  public String toString() {
    return "kubectl " + version + " over " + transport;
  }

  private static void deleteTree(Path root) {
    try (Stream<Path> paths = Files.walk(root)) {
      paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
