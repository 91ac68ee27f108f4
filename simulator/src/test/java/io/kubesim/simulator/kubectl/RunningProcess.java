package io.kubesim.simulator.kubectl;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * A process that keeps running ({@code kubectl get -w}, a {@code kubectl delete} that waits,
 * {@code kubesim serve}): its standard output lines can be read as they are printed; it ends by
 * itself, or when stopped with SIGTERM. Every wait is bounded by {@link Kubectl#TIMEOUT}.
 */
public final class RunningProcess implements AutoCloseable {

  private static final Optional<String> END = Optional.empty();

  private final List<String> command;
  private final Process process;
  private final Path stderr;
  private final BlockingQueue<Optional<String>> pending = new LinkedBlockingQueue<>();
  private final List<String> printed = new ArrayList<>();
  private final Thread reader;

  /** Follows {@code process}, started as {@code command}, its standard error in {@code stderr}. */
  public RunningProcess(List<String> command, Process process, Path stderr) {
    this.command = command;
    this.process = process;
    this.stderr = stderr;
    this.reader = new Thread(this::readStdout, "kubectl-stdout");
    reader.setDaemon(true);
    reader.start();
  }

  /** The next line printed; fails if none comes in time or the process has ended. */
  public String nextLine() {
    try {
      Optional<String> line = pending.poll(Kubectl.TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
      if (line == null || line.isEmpty()) {
        if (line != null) {
          pending.add(END);
        }
        throw new AssertionError((line == null ? "no line within " + Kubectl.TIMEOUT
            : "the process ended") + " after " + printedSoFar() + " from " + command);
      }
      synchronized (printed) {
        printed.add(line.get());
      }
      return line.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted reading " + command, e);
    }
  }

  /** The next {@code count} lines printed. */
  public List<String> nextLines(int count) {
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      lines.add(nextLine());
    }
    return lines;
  }

  /** The lines printed next, up to and including the first that matches {@code last}. */
  public List<String> linesUntil(Predicate<String> last) {
    List<String> lines = new ArrayList<>();
    String line;
    do {
      line = nextLine();
      lines.add(line);
    } while (!last.test(line));
    return lines;
  }

  /** Waits for the process to end by itself and returns everything it printed. */
  public ProcessResult awaitExit() {
    return finish(false);
  }

  /** Stops the process with SIGTERM and returns everything it printed. */
  public ProcessResult stop() {
    return finish(true);
  }

  public boolean isAlive() {
    return process.isAlive();
  }

  @Override
  public void close() {
    if (process.isAlive()) {
      process.destroyForcibly();
    }
  }

  private ProcessResult finish(boolean terminate) {
    try {
      if (terminate) {
        // SIGTERM through the handle: Process.destroy() would also close our end of stdout and
        // lose what the process prints while it shuts down.
        process.toHandle().destroy();
      }
      boolean exited = process.waitFor(Kubectl.TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
      if (!exited) {
        process.destroyForcibly().waitFor();
      }
      reader.join(Kubectl.TIMEOUT.toMillis());
      List<String> all = new ArrayList<>(printedSoFar());
      pending.stream().flatMap(Optional::stream).forEach(all::add);
      String out = all.isEmpty() ? "" : String.join("\n", all) + "\n";
      ProcessResult result = new ProcessResult(command, process.exitValue(), out,
          Files.readString(stderr));
      if (!exited) {
        throw new AssertionError("the process did not end within " + Kubectl.TIMEOUT + ": "
            + result);
      }
      return result;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted waiting for " + command, e);
    }
  }

  private List<String> printedSoFar() {
    synchronized (printed) {
      return List.copyOf(printed);
    }
  }

  private void readStdout() {
    try (BufferedReader in = new BufferedReader(
        new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        pending.add(Optional.of(line));
      }
    } catch (IOException e) {
      // The process was killed mid-line; what was read is kept.
    } finally {
      pending.add(END);
    }
  }
}
