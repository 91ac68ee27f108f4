package io.kubesim.simulator.compat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A finished run of another client's program (a Python script, an older kubectl): how it exited
 * and what it printed. Runs are bounded in time, so a client that hangs fails the test instead of
 * the build.
 *
 * @param command the command line, for failure messages
 * @param exitCode the exit code
 * @param stdout everything printed on standard output
 * @param stderr everything printed on standard error
 */
record ProcessRun(List<String> command, int exitCode, String stdout, String stderr) {

  /** The longest any one client program may run. */
  static final Duration TIMEOUT = Duration.ofSeconds(60);

  /** Runs {@code builder} to completion with no standard input; fails after {@link #TIMEOUT}. */
  static ProcessRun of(ProcessBuilder builder) {
    try {
      Path out = Files.createTempFile("compat-", ".out");
      Path err = Files.createTempFile("compat-", ".err");
      try {
        Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile())
            .start();
        process.getOutputStream().close();
        boolean exited = process.waitFor(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        if (!exited) {
          process.destroyForcibly().waitFor();
        }
        ProcessRun run = new ProcessRun(builder.command(), exited ? process.exitValue() : -1,
            Files.readString(out), Files.readString(err));
        if (!exited) {
          throw new AssertionError("did not finish within " + TIMEOUT + ": " + run);
        }
        return run;
      } finally {
        Files.deleteIfExists(out);
        Files.deleteIfExists(err);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted running " + builder.command(), e);
    }
  }

  /** This run, after checking that it exited 0. */
  ProcessRun succeeded() {
    if (exitCode != 0) {
      throw new AssertionError("expected exit 0 from " + this);
    }
    return this;
  }

  @Override
  public String toString() {
    return String.join(" ", command) + " (exit " + exitCode + ")\n--- stdout\n" + stdout
        + "--- stderr\n" + stderr;
  }
}
