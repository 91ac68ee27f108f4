package io.kubesim.simulator.e2e;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * Finds the kubectl the end-to-end tests drive: the file named by {@code $KUBECTL}, else
 * {@code kubectl.1.33} beside the real file behind the first {@code kubectl} on {@code PATH}
 * (machine images ship several versions side by side), else that {@code kubectl} itself.
 *
 * @param path the executable, or null when none was found
 * @param missing why none was found (shown as the skip reason), or empty
 */
public record KubectlBinary(Path path, String missing) {

  /** The version these tests pin; its output strings are the ones asserted. */
  static final String VERSIONED_NAME = "kubectl.1.33";

  /** Looks in this process's environment. */
  public static KubectlBinary locate() {
    return locate(System.getenv());
  }

  /** Looks in {@code env} ({@code KUBECTL} and {@code PATH}). */
  static KubectlBinary locate(Map<String, String> env) {
    String explicit = env.getOrDefault("KUBECTL", "");
    if (!explicit.isBlank()) {
      Path path = Path.of(explicit);
      return Files.isRegularFile(path) && Files.isExecutable(path)
          ? found(path)
          : new KubectlBinary(null, "KUBECTL=" + explicit + " is not an executable file");
    }
    Optional<Path> onPath = firstOnPath(env.getOrDefault("PATH", ""));
    if (onPath.isEmpty()) {
      return new KubectlBinary(null, "no kubectl: KUBECTL is unset and there is no kubectl on "
          + "PATH (install kubectl 1.33 or set KUBECTL to run the kubectl end-to-end tests)");
    }
    Path kubectl = onPath.get();
    try {
      Path versioned = kubectl.toRealPath().resolveSibling(VERSIONED_NAME);
      if (Files.isRegularFile(versioned) && Files.isExecutable(versioned)) {
        return found(versioned);
      }
    } catch (IOException e) {
      // A dangling link: fall back to the name on PATH, which will fail visibly when run.
    }
    return found(kubectl);
  }

  public boolean found() {
    return path != null;
  }

  private static KubectlBinary found(Path path) {
    return new KubectlBinary(path.toAbsolutePath(), "");
  }

  private static Optional<Path> firstOnPath(String path) {
    for (String dir : path.split(File.pathSeparator)) {
      if (dir.isEmpty()) {
        continue;
      }
      Path candidate = Path.of(dir, "kubectl");
      if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }
}
