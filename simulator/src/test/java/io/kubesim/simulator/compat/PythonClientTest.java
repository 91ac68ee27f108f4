package io.kubesim.simulator.compat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.kubesim.simulator.KubeSimulator;
import io.kubesim.simulator.SimulatorOptions;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The official Python client ({@code kubernetes}, as Debian's {@code python3-kubernetes} ships
 * it) reads the simulator's kubeconfig, creates and lists ConfigMaps, watches from a list's
 * resourceVersion and pages through a list with limit and continue. Skipped, with the reason shown, where python3 or the module is missing.
 */
class PythonClientTest {

  /** Debian's package installs for the system interpreter, not a pyenv one earlier on PATH. */
  private static final Path SYSTEM_PYTHON = Path.of("/usr/bin/python3");

  @TempDir Path dir;

  @Test
  void thePythonClientCreatesListsAndWatchesConfigMaps() throws IOException {
    String python = python();
    Path script = dir.resolve("configmaps.py");
    try (InputStream in = getClass().getResourceAsStream("/compat/configmaps.py")) {
      Files.copy(in, script);
    }
    try (KubeSimulator sim = KubeSimulator.start(SimulatorOptions.builder().build())) {
      Path kubeconfig = sim.writeKubeconfig(dir.resolve("kubeconfig"));

      ProcessRun run = ProcessRun.of(isolated(new ProcessBuilder(python, script.toString(),
          kubeconfig.toString(), "default"))).succeeded();

      assertThat(run.stdout().lines().toList()).as(run.toString()).containsExactly(
          "CREATED py-first True",
          "LISTED kube-root-ca.crt py-first",
          "EVENT ADDED py-second v1",
          "EVENT MODIFIED py-first v2",
          "EVENT DELETED py-second v1",
          "WATCHED 3",
          "PAGES kube-root-ca.crt py-first");
    }
  }

  /** The interpreter to use, or a skip naming what is missing. */
  private String python() {
    String python = Files.isExecutable(SYSTEM_PYTHON) ? SYSTEM_PYTHON.toString() : "python3";
    ProcessRun probe = importKubernetes(python);
    assumeTrue(probe.exitCode() == 0, () -> "skipped: " + python + " cannot import the "
        + "'kubernetes' module (apt-get install python3-kubernetes): " + probe.stderr().strip());
    return python;
  }

  private ProcessRun importKubernetes(String python) {
    try {
      return ProcessRun.of(isolated(new ProcessBuilder(python, "-c", "import kubernetes")));
    } catch (UncheckedIOException e) {
      // no such interpreter
      return new ProcessRun(List.of(python), -1, "", String.valueOf(e.getCause()));
    }
  }

  /** Keeps the user's own cluster config and proxies away from the script. */
  private ProcessBuilder isolated(ProcessBuilder builder) {
    builder.directory(dir.toFile());
    builder.environment().keySet().removeIf(k -> k.equalsIgnoreCase("KUBECONFIG")
        || k.toLowerCase(Locale.ROOT).endsWith("_proxy"));
    builder.environment().put("HOME", dir.toString());
    return builder;
  }
}
