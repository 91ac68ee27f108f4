package io.kubesim.junit;

import io.kubesim.simulator.cli.KubesimCommand;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * A kubesim standalone server in a JVM of its own ({@code kubesim serve}), standing in for a real
 * cluster: the tests only know it by the kubeconfig it writes.
 */
final class StandaloneServer implements AutoCloseable {

  private final Process process;
  private final Path kubeconfig;

  private StandaloneServer(Process process, Path kubeconfig) {
    this.process = process;
    this.kubeconfig = kubeconfig;
  }

  /** Starts {@code kubesim serve --port 0} and waits until it serves. */
  static StandaloneServer start(Path kubeconfig) throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process process = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
        KubesimCommand.class.getName(), "serve", "--port", "0", "--kubeconfig",
        kubeconfig.toString()).redirectErrorStream(true).start();
    BufferedReader out = new BufferedReader(
        new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    StringBuilder seen = new StringBuilder();
    for (String line = out.readLine(); line != null; line = out.readLine()) {
      seen.append(line).append('\n');
      if (line.startsWith("kubesim is serving")) {
        Thread drain = new Thread(() -> out.lines().forEach(l -> { }), "kubesim-serve-output");
        drain.setDaemon(true);
        drain.start();
        return new StandaloneServer(process, kubeconfig);
      }
    }
    process.destroyForcibly();
    throw new IOException("kubesim serve stopped before serving:\n" + seen);
  }

  Path kubeconfig() {
    return kubeconfig;
  }

  @Override
  public void close() throws InterruptedException {
    process.destroy();
    if (!process.waitFor(20, TimeUnit.SECONDS)) {
      process.destroyForcibly();
    }
  }
}
