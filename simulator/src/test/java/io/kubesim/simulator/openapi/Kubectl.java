package io.kubesim.simulator.openapi;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Runs a real kubectl against a simulator, with its own kubeconfig and cache directory so that
 * no run sees another's cached OpenAPI documents.
 */
final class Kubectl {

  private final Path binary;
  private final Path kubeconfig;
  private final Path cacheDir;
  private final Path workDir;

  Kubectl(Path binary, Path kubeconfig, Path cacheDir, Path workDir) {
    this.binary = binary;
    this.kubeconfig = kubeconfig;
    this.cacheDir = cacheDir;
    this.workDir = workDir;
  }

  /**
   * The kubectl to test with: {@code $KUBECTL}; else {@code kubectl.1.33} beside the real path of
   * the {@code kubectl} on PATH (the Cloud SDK ships one per version); else that {@code kubectl}.
   */
  static Optional<Path> locate() {
    String fromEnv = System.getenv("KUBECTL");
    if (fromEnv != null && !fromEnv.isBlank()) {
      return Optional.of(Path.of(fromEnv)).filter(Files::isExecutable);
    }
    for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
      Path candidate = Path.of(dir, "kubectl");
      if (Files.isExecutable(candidate)) {
        try {
          Path versioned = candidate.toRealPath().resolveSibling("kubectl.1.33");
          return Optional.of(Files.isExecutable(versioned) ? versioned : candidate);
        } catch (IOException e) {
          return Optional.of(candidate);
        }
      }
    }
    return Optional.empty();
  }

  /** What one run printed and how it ended. */
  record Result(int exitCode, String stdout, String stderr) {}

  /** Runs {@code kubectl <args>} in the work directory with extra environment {@code env}. */
  Result run(List<String> args, Map<String, String> env) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(binary.toString(),
        "--kubeconfig", kubeconfig.toString(), "--cache-dir", cacheDir.toString()));
    command.addAll(args);
    Path out = Files.createTempFile(workDir, "stdout", ".txt");
    Path err = Files.createTempFile(workDir, "stderr", ".txt");
    ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile())
        .redirectOutput(out.toFile()).redirectError(err.toFile());
    builder.environment().put("HOME", workDir.toString());
    builder.environment().putAll(env);
    Process process = builder.start();
    if (!process.waitFor(3, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      throw new IllegalStateException("kubectl " + args + " did not finish");
    }
    return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
  }
}
