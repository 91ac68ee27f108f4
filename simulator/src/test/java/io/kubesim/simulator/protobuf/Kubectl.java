package io.kubesim.simulator.protobuf;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The kubectl binary the tests run, found as the project's kubectl tests find it: {@code $KUBECTL},
 * else {@code kubectl.1.33} beside the resolved {@code kubectl} on the PATH, else that
 * {@code kubectl}.
 */
public record Kubectl(Path binary, Path home, Path kubeconfig) {

  /** What one run printed. */
  public record Run(int exitCode, String stdout, String stderr) {}

  /** The binary, or empty when none is installed. */
  public static Optional<Path> locate() {
    String fromEnv = System.getenv("KUBECTL");
    if (fromEnv != null && !fromEnv.isBlank()) {
      return Optional.of(Path.of(fromEnv)).filter(Files::isExecutable);
    }
    Optional<Path> onPath = Stream.of(System.getenv().getOrDefault("PATH", "")
            .split(java.io.File.pathSeparator))
        .filter(dir -> !dir.isEmpty())
        .map(dir -> Path.of(dir, "kubectl"))
        .filter(Files::isExecutable)
        .findFirst();
    return onPath.map(kubectl -> {
      try {
        Path pinned = kubectl.toRealPath().resolveSibling("kubectl.1.33");
        return Files.isExecutable(pinned) ? pinned : kubectl;
      } catch (IOException e) {
        return kubectl;
      }
    });
  }

  /** Runs kubectl with {@code args} against the kubeconfig, with its own HOME (caches). */
  public Run run(String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(binary.toString(), "--kubeconfig",
        kubeconfig.toString()));
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command);
    builder.environment().put("HOME", home.toString());
    builder.environment().remove("KUBECONFIG");
    Path out = Files.createTempFile(home, "stdout", ".txt");
    Path err = Files.createTempFile(home, "stderr", ".txt");
    Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    if (!process.waitFor(60, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new IllegalStateException("kubectl " + String.join(" ", args) + " timed out");
    }
    return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
  }
}
