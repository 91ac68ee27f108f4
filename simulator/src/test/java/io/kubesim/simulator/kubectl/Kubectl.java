package io.kubesim.simulator.kubectl;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Runs kubectl against one server as a user would from a shell, with its own {@code KUBECONFIG}
 * and {@code HOME} (so neither {@code ~/.kube} nor its discovery cache is ever touched), a
 * working directory that holds the manifests, and a time limit on every call. The one kubectl
 * runner of the tests: every test that drives kubectl, of any version, does it through this.
 */
public final class Kubectl {

  /** The longest any one kubectl call may take before the test fails. */
  public static final Duration TIMEOUT = Duration.ofSeconds(30);

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Path binary;
  private final Path workDir;
  private final Path kubeconfig;
  private final Map<String, String> env;

  /**
   * Runs {@code binary} in {@code workDir} (which also holds its {@code HOME}, so its caches)
   * against the server {@code kubeconfig} names.
   */
  public Kubectl(Path binary, Path workDir, Path kubeconfig) {
    this(binary, workDir, kubeconfig, Map.of());
  }

  private Kubectl(Path binary, Path workDir, Path kubeconfig, Map<String, String> env) {
    this.binary = binary;
    this.workDir = workDir;
    this.kubeconfig = kubeconfig;
    this.env = Map.copyOf(env);
  }

  /** The same kubectl with {@code name=value} in its environment, e.g. {@code KUBE_EDITOR}. */
  public Kubectl withEnv(String name, String value) {
    Map<String, String> more = new LinkedHashMap<>(env);
    more.put(name, value);
    return new Kubectl(binary, workDir, kubeconfig, more);
  }

  /** The working directory, where {@link #file} writes and relative paths resolve. */
  public Path workDir() {
    return workDir;
  }

  /** Writes a manifest into the working directory and returns its name, for {@code -f}. */
  public String file(String name, String content) {
    try {
      Files.writeString(workDir.resolve(name), content);
      return name;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Runs {@code kubectl args...} to completion. */
  public ProcessResult run(String... args) {
    return runWithInput("", args);
  }

  /** Runs {@code kubectl args...} with {@code stdin} as its standard input. */
  public ProcessResult runWithInput(String stdin, String... args) {
    List<String> command = command(args);
    try {
      Path out = Files.createTempFile(workDir, "kubectl-", ".out");
      Path err = Files.createTempFile(workDir, "kubectl-", ".err");
      Process process = builder(command).redirectOutput(out.toFile())
          .redirectError(err.toFile()).start();
      try (OutputStream in = process.getOutputStream()) {
        in.write(stdin.getBytes(StandardCharsets.UTF_8));
      }
      boolean exited = process.waitFor(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
      if (!exited) {
        process.destroyForcibly().waitFor();
      }
      ProcessResult result = new ProcessResult(command, exited ? process.exitValue() : -1,
          Files.readString(out), Files.readString(err));
      Files.delete(out);
      Files.delete(err);
      if (!exited) {
        throw new AssertionError("kubectl did not finish within " + TIMEOUT + ": " + result);
      }
      return result;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted running " + command, e);
    }
  }

  /** Starts {@code kubectl args...} that keeps running, such as {@code get -w}. */
  public RunningProcess start(String... args) {
    List<String> command = command(args);
    try {
      Path err = Files.createTempFile(workDir, "kubectl-", ".err");
      Process process = builder(command).redirectError(err.toFile()).start();
      process.getOutputStream().close();
      return new RunningProcess(command, process, err);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** What {@code kubectl <args> -o json} prints, parsed. */
  public ObjectNode json(String... args) {
    List<String> command = new ArrayList<>(List.of(args));
    command.addAll(List.of("-o", "json"));
    ProcessResult result = run(command.toArray(String[]::new)).succeeded();
    try {
      return (ObjectNode) JSON.readTree(result.stdout());
    } catch (JsonProcessingException e) {
      throw new AssertionError("not a JSON object: " + result, e);
    }
  }

  /**
   * Changes an object the way a user editing a file would: reads it, applies {@code change} and
   * writes it back with {@code kubectl replace} (which carries the resourceVersion it read).
   */
  public void replace(String resource, String name, Consumer<ObjectNode> change) {
    ObjectNode object = json("get", resource, name);
    change.accept(object);
    file("replace.json", object.toString());
    run("replace", "-f", "replace.json", "--validate=false").succeeded();
  }

  private List<String> command(String... args) {
    List<String> command = new ArrayList<>();
    command.add(binary.toString());
    command.addAll(List.of(args));
    return command;
  }

  private ProcessBuilder builder(List<String> command) {
    ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile());
    // Only what kubectl should see: no inherited KUBECTL_* switches or another cluster's config.
    builder.environment().keySet().removeIf(k -> k.startsWith("KUBECTL_") || k.equals("KUBERC"));
    builder.environment().put("KUBECONFIG", kubeconfig.toString());
    builder.environment().put("HOME", workDir.resolve("home").toString());
    builder.environment().putAll(env);
    return builder;
  }
}
