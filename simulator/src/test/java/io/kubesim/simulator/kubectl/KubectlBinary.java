package io.kubesim.simulator.kubectl;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * Finds the kubectl the end-to-end tests drive. Machine images ship several versions side by
 * side ({@code kubectl.1.27} ... {@code kubectl.1.33}) beside the real file behind the
 * {@code kubectl} on {@code PATH}; the pinned version is the file named by {@code $KUBECTL},
 * else {@code kubectl.1.33} there, else that {@code kubectl} itself. Another version is
 * {@code kubectl.<version>} beside the real file behind {@code $KUBECTL} or the one on PATH.
 *
 * @param path the executable, or null when none was found
 * @param missing why none was found (shown as the skip reason), or empty
 */
public record KubectlBinary(Path path, String missing) {

  /** The version the tests pin by default; its output strings are the ones asserted. */
  public static final String PINNED_VERSION = "1.33";

  /** Finds the pinned kubectl in this process's environment. */
  public static KubectlBinary locate() {
    return locate(System.getenv());
  }

  /** Finds kubectl {@code version} (e.g. {@code "1.29"}) in this process's environment. */
  public static KubectlBinary locate(String version) {
    return locate(version, System.getenv());
  }

  /** Finds the pinned kubectl in {@code env} ({@code KUBECTL} and {@code PATH}). */
  static KubectlBinary locate(Map<String, String> env) {
    String explicit = env.getOrDefault("KUBECTL", "");
    if (!explicit.isBlank()) {
      Path path = Path.of(explicit);
      return isExecutable(path) ? found(path)
          : new KubectlBinary(null, "KUBECTL=" + explicit + " is not an executable file");
    }
    Optional<Path> onPath = firstOnPath(env.getOrDefault("PATH", ""));
    if (onPath.isEmpty()) {
      return new KubectlBinary(null, "no kubectl: KUBECTL is unset and there is no kubectl on "
          + "PATH (install kubectl " + PINNED_VERSION + " or set KUBECTL to run the kubectl "
          + "end-to-end tests)");
    }
    return sibling(onPath.get(), PINNED_VERSION).map(KubectlBinary::found)
        .orElseGet(() -> found(onPath.get()));
  }

  /** Finds kubectl {@code version} in {@code env}; the pinned version as {@link #locate()}. */
  static KubectlBinary locate(String version, Map<String, String> env) {
    if (version.equals(PINNED_VERSION)) {
      return locate(env);
    }
    String explicit = env.getOrDefault("KUBECTL", "");
    Optional<Path> base = explicit.isBlank() ? firstOnPath(env.getOrDefault("PATH", ""))
        : Optional.of(Path.of(explicit)).filter(KubectlBinary::isExecutable);
    String name = "kubectl." + version;
    return base.flatMap(kubectl -> sibling(kubectl, version)).map(KubectlBinary::found)
        .orElseGet(() -> new KubectlBinary(null, "no " + name + " beside "
            + base.map(KubectlBinary::realPath).orElse("a kubectl on PATH or in KUBECTL")
            + " (machine images with several kubectl versions ship one there)"));
  }

  public boolean found() {
    return path != null;
  }

  private static KubectlBinary found(Path path) {
    return new KubectlBinary(path.toAbsolutePath(), "");
  }

  /** {@code kubectl.<version>} beside the real file behind {@code kubectl}, if executable. */
  private static Optional<Path> sibling(Path kubectl, String version) {
    try {
      Path versioned = kubectl.toRealPath().resolveSibling("kubectl." + version);
      return isExecutable(versioned) ? Optional.of(versioned) : Optional.empty();
    } catch (IOException e) {
      // A dangling link: no siblings; the name itself fails visibly when run.
      return Optional.empty();
    }
  }

  private static String realPath(Path kubectl) {
    try {
      return kubectl.toRealPath().toString();
    } catch (IOException e) {
      return kubectl.toString();
    }
  }

  private static boolean isExecutable(Path path) {
    return Files.isRegularFile(path) && Files.isExecutable(path);
  }

  private static Optional<Path> firstOnPath(String path) {
    for (String dir : path.split(File.pathSeparator)) {
      if (dir.isEmpty()) {
        continue;
      }
      Path candidate = Path.of(dir, "kubectl");
      if (isExecutable(candidate)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }
}
