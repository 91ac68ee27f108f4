package io.kubesim.junit;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;

/**
 * A temporary directory for one cluster's files (its kubeconfig, copies of classpath resources),
 * deleted when the cluster closes.
 */
final class ScratchDirectory implements AutoCloseable {

  private final Path path;

  private ScratchDirectory(Path path) {
    this.path = path;
  }

  static ScratchDirectory create() {
    try {
      return new ScratchDirectory(Files.createTempDirectory("kubesim-junit-"));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create a temporary directory", e);
    }
  }

  Path path() {
    return path;
  }

  /**
   * A file holding the classpath resource {@code resource}: the resource itself when it is a
   * plain file, so that paths written relative to it keep working; otherwise a copy.
   *
   * @throws ExtensionConfigurationException when the resource is not on the classpath
   */
  Path classpathFile(String resource, ClassLoader loader, String declaredBy) {
    String name = resource.startsWith("/") ? resource.substring(1) : resource;
    URL url = loader.getResource(name);
    if (url == null) {
      throw new ExtensionConfigurationException(declaredBy + ": admission configuration "
          + resource + " is not on the classpath");
    }
    try {
      if ("file".equals(url.getProtocol())) {
        return Path.of(url.toURI());
      }
      Path copy = path.resolve(Path.of(name).getFileName().toString());
      try (InputStream in = url.openStream()) {
        Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
      }
      return copy;
    } catch (IOException | URISyntaxException e) {
      throw new ExtensionConfigurationException(declaredBy + ": cannot read admission "
          + "configuration " + resource, e);
    }
  }

  @Override
  public void close() {
    try (Stream<Path> files = Files.walk(path)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // a leftover temporary file must not fail the test run
    }
  }
}
