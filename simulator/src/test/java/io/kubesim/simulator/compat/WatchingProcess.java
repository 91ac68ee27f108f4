package io.kubesim.simulator.compat;

import io.kubesim.simulator.acceptance.Eventually;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * A client program that keeps running, such as {@code kubectl get -w}: its standard output goes
 * to a file the test polls, and closing it kills the program.
 */
final class WatchingProcess implements AutoCloseable {

  private final Process process;
  private final Path stdout;
  private final Path stderr;

  private WatchingProcess(Process process, Path stdout, Path stderr) {
    this.process = process;
    this.stdout = stdout;
    this.stderr = stderr;
  }

  /** Starts {@code builder}, its output kept in files under {@code dir}. */
  static WatchingProcess start(ProcessBuilder builder, Path dir) throws IOException {
    Path out = Files.createTempFile(dir, "watch-", ".out");
    Path err = Files.createTempFile(dir, "watch-", ".err");
    Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    process.getOutputStream().close();
    return new WatchingProcess(process, out, err);
  }

  /**
   * Returns once the program has printed exactly {@code expected}, each line first reduced by
   * {@code reduce} to what the test checks; fails after ten seconds.
   */
  void awaitLines(UnaryOperator<String> reduce, List<String> expected) {
    try {
      Eventually.until("the watch printed " + expected,
          () -> lines().stream().map(reduce).toList().equals(expected));
    } catch (AssertionError e) {
      throw new AssertionError(e.getMessage() + "; it printed " + lines() + ", stderr: "
          + read(stderr) + (process.isAlive() ? "" : " (exited " + process.exitValue() + ")"),
          e);
    }
  }

  private List<String> lines() {
    return read(stdout).lines().toList();
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() throws InterruptedException {
    process.destroyForcibly().waitFor();
  }
}
