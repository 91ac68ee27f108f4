package io.kubesim.simulator.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.kubesim.simulator.kubectl.Kubectl;
import io.kubesim.simulator.kubectl.ProcessResult;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * One row of a kubectl test table: the objects that exist first, the command, and exactly what
 * kubectl 1.33 prints for it against a real API server, plus any check of the cluster afterwards.
 *
 * <pre>{@code
 * CommandCase.of("deleting a missing object is NotFound")
 *     .run("delete", "configmap", "nothere")
 *     .fails("Error from server (NotFound): configmaps \"nothere\" not found")
 * }</pre>
 */
final class CommandCase {

  private final String behaviour;
  private final List<String> given = new ArrayList<>();
  private final Map<String, String> files = new LinkedHashMap<>();
  private String[] args = {};
  private int exitCode;
  private List<String> stdout = List.of();
  private List<String> stderr = List.of();
  private Consumer<Kubectl> then = kubectl -> {};

  private CommandCase(String behaviour) {
    this.behaviour = behaviour;
  }

  static CommandCase of(String behaviour) {
    return new CommandCase(behaviour);
  }

  /** Objects created, in order, with one {@code kubectl create -f -} before the command runs. */
  CommandCase given(String... manifests) {
    given.addAll(List.of(manifests));
    return this;
  }

  /** A manifest file in kubectl's working directory, for {@code -f name}. */
  CommandCase file(String name, String manifest) {
    files.put(name, manifest);
    return this;
  }

  CommandCase run(String... kubectlArgs) {
    this.args = kubectlArgs;
    return this;
  }

  /** Succeeds, printing exactly these lines and nothing on standard error. */
  CommandCase prints(String... lines) {
    return expect(0, List.of(lines), List.of());
  }

  /** Fails with exit code 1, printing exactly these lines on standard error and nothing else. */
  CommandCase fails(String... lines) {
    return expect(1, List.of(), List.of(lines));
  }

  /** Exits with {@code code}, printing exactly these lines on each stream. */
  CommandCase expect(int code, List<String> out, List<String> err) {
    this.exitCode = code;
    this.stdout = out;
    this.stderr = err;
    return this;
  }

  /** A further check of the cluster once the command has run. */
  CommandCase then(Consumer<Kubectl> check) {
    this.then = check;
    return this;
  }

  /** Sets the scene, runs the command and checks what it printed, then the follow-up check. */
  void check(Kubectl kubectl) {
    if (!given.isEmpty()) {
      kubectl.runWithInput(String.join("---\n", given), "create", "-f", "-",
          "--validate=false").succeeded();
    }
    files.forEach(kubectl::file);
    ProcessResult result = kubectl.run(args);
    assertThat(result.exitCode()).as(result.toString()).isEqualTo(exitCode);
    assertThat(result.stdoutLines()).as(result.toString()).containsExactlyElementsOf(stdout);
    assertThat(result.stderrLines()).as(result.toString()).containsExactlyElementsOf(stderr);
    then.accept(kubectl);
  }

  @Override
  public String toString() {
    return behaviour;
  }
}
