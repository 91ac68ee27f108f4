package io.kubesim.simulator.compat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Finds an older kubectl, {@code kubectl.<version>}, beside the real file behind the first
 * {@code kubectl} on {@code PATH}: machine images ship several versions side by side there.
 */
final class OlderKubectl {

  private OlderKubectl() {}

  /** The executable {@code kubectl.<version>}, if this machine has one. */
  static Optional<Path> locate(String version) {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
      Path kubectl = Path.of(dir.isEmpty() ? "." : dir, "kubectl");
      if (!Files.isRegularFile(kubectl) || !Files.isExecutable(kubectl)) {
        continue;
      }
      try {
        Path versioned = kubectl.toRealPath().resolveSibling("kubectl." + version);
        return Files.isExecutable(versioned) ? Optional.of(versioned) : Optional.empty();
      } catch (IOException e) {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }
}
