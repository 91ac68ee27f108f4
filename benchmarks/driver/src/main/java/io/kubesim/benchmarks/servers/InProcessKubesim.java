package io.kubesim.benchmarks.servers;

import io.fabric8.kubernetes.client.Config;
import io.kubesim.simulator.KubeSimulator;
import io.kubesim.simulator.SimulatorOptions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * kubesim started in the benchmark's own JVM with default options (full default pipeline), the
 * way a JUnit test uses it; the client reaches it through the kubeconfig it writes.
 */
public final class InProcessKubesim implements ApiTarget {

  private final KubeSimulator simulator;
  private final Config config;

  private InProcessKubesim(KubeSimulator simulator, Config config) {
    this.simulator = simulator;
    this.config = config;
  }

  /** Starts a simulator on a free port. */
  public static InProcessKubesim start() {
    KubeSimulator simulator = KubeSimulator.start(SimulatorOptions.builder().port(0).build());
    try {
      Path kubeconfig = Files.createTempFile("kubesim-bench", ".kubeconfig");
      simulator.writeKubeconfig(kubeconfig);
      Config config = Config.fromKubeconfig(Files.readString(kubeconfig));
      Files.delete(kubeconfig);
      return new InProcessKubesim(simulator, config);
    } catch (IOException e) {
      simulator.close();
      throw new UncheckedIOException(e);
    }
  }

  /** The simulator itself, for benchmarks that read its store. */
  public KubeSimulator simulator() {
    return simulator;
  }

  @Override
  public String name() {
    return "kubesim";
  }

  @Override
  public Config clientConfig() {
    return config;
  }

  @Override
  public void close() {
    simulator.close();
  }
}
