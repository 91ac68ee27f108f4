package io.kubesim.simulator.tables;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * Runs a real kubectl against a simulator with its own kubeconfig, cache and home directory:
 * to completion, or in the background for {@code get -w}, whose output is polled from a file.
 */
final class KubectlRunner {

  private final Path binary;
  private final Path kubeconfig;
  private final Path workDir;

  KubectlRunner(Path binary, Path kubeconfig, Path workDir) {
    this.binary = binary;
    this.kubeconfig = kubeconfig;
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

  /** Runs {@code kubectl <args>} to completion. */
  Result run(String... args) throws IOException, InterruptedException {
    Background process = start(args);
    if (!process.process.waitFor(2, TimeUnit.MINUTES)) {
      process.stop();
      throw new IllegalStateException("kubectl " + List.of(args) + " did not finish");
    }
    return new Result(process.process.exitValue(), process.stdout(),
        Files.readString(process.err, StandardCharsets.UTF_8));
  }

  /** Starts {@code kubectl <args>} in the background. */
  Background start(String... args) throws IOException {
    List<String> command = new ArrayList<>(List.of(binary.toString(),
        "--kubeconfig", kubeconfig.toString(), "--cache-dir", workDir.resolve("cache").toString()));
    command.addAll(List.of(args));
    Path out = Files.createTempFile(workDir, "stdout", ".txt");
    Path err = Files.createTempFile(workDir, "stderr", ".txt");
    ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile())
        .redirectOutput(out.toFile()).redirectError(err.toFile());
    builder.environment().put("HOME", workDir.toString());
    return new Background(builder.start(), out, err);
  }

  /** A kubectl still running, such as {@code get -w}. */
  static final class Background implements AutoCloseable {

    private final Process process;
    private final Path out;
    private final Path err;

    private Background(Process process, Path out, Path err) {
      this.process = process;
      this.out = out;
      this.err = err;
    }

    String stdout() throws IOException {
      return Files.readString(out, StandardCharsets.UTF_8);
    }

    /** Waits until the output so far satisfies {@code condition}; fails after {@code limit}. */
    String awaitOutput(Predicate<String> condition, Duration limit)
        throws IOException, InterruptedException {
      long deadline = System.nanoTime() + limit.toNanos();
      while (System.nanoTime() < deadline) {
        String text = stdout();
        if (condition.test(text)) {
          return text;
        }
        Thread.sleep(100);
      }
      throw new IllegalStateException("kubectl printed only:\n" + stdout() + "\nstderr:\n"
          + Files.readString(err, StandardCharsets.UTF_8));
    }

    void stop() {
      process.destroyForcibly();
    }

    @Override
    public void close() {
      stop();
    }
  }
}
