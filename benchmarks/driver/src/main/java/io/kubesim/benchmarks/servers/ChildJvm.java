package io.kubesim.benchmarks.servers;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;

/**
 * A server running in a child JVM. Its stdout is read until a ready line appears and drained
 * afterwards (so the child never blocks on a full pipe); its stderr goes to a log file. Closing
 * it closes the child's stdin and sends SIGTERM, then kills it if it lingers.
 */
public final class ChildJvm implements AutoCloseable {

  private final Process process;
  private final String readyLine;

  private ChildJvm(Process process, String readyLine) {
    this.process = process;
    this.readyLine = readyLine;
  }

  /** The java launcher of the running JVM, so children run on the same JDK. */
  public static String javaExecutable() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  /**
   * Starts {@code java <jvmArgs...>} and waits until a stdout line satisfies {@code ready}.
   *
   * @throws IllegalStateException when the child exits or stays silent past {@code timeout}
   */
  public static ChildJvm start(List<String> jvmArgs, Path stderrLog, Predicate<String> ready, Duration timeout) {
    List<String> command = new ArrayList<>();
    command.add(javaExecutable());
    command.addAll(jvmArgs);
    ProcessBuilder builder = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.appendTo(stderrLog.toFile()));
    try {
      Process process = builder.start();
      CompletableFuture<String> readyFuture = new CompletableFuture<>();
      Thread reader = new Thread(() -> pump(process, ready, readyFuture), "child-stdout");
      reader.setDaemon(true);
      reader.start();
      try {
        return new ChildJvm(process, readyFuture.get(timeout.toMillis(), TimeUnit.MILLISECONDS));
      } catch (TimeoutException | java.util.concurrent.ExecutionException e) {
        process.destroyForcibly();
        throw new IllegalStateException("child JVM not ready (see " + stderrLog + "): " + command, e);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static void pump(Process process, Predicate<String> ready, CompletableFuture<String> readyFuture) {
    try (BufferedReader out =
        new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = out.readLine()) != null) {
        if (!readyFuture.isDone() && ready.test(line)) {
          readyFuture.complete(line);
        }
      }
    } catch (IOException e) {
      // The child went away; whoever waits for readiness learns it below.
    }
    readyFuture.completeExceptionally(new IllegalStateException("child stdout closed, exit " + exitCode(process)));
  }

  private static String exitCode(Process process) {
    try {
      return process.waitFor(2, TimeUnit.SECONDS) ? String.valueOf(process.exitValue()) : "still running";
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return "unknown";
    }
  }

  /** The stdout line that signalled readiness. */
  public String readyLine() {
    return readyLine;
  }

  /** The child's process id, for profiling it. */
  public long pid() {
    return process.pid();
  }

  @Override
  public void close() {
    try {
      // Closing stdin stops the mock launcher; SIGTERM runs the standalone kubesim's shutdown hook.
      process.getOutputStream().close();
      process.destroy();
      if (!process.waitFor(10, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor();
      }
    } catch (IOException e) {
      process.destroyForcibly();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      process.destroyForcibly();
    }
  }
}
