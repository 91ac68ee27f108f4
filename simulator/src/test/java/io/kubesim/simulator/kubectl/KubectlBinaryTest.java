package io.kubesim.simulator.kubectl;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Where the kubectl tests look for kubectl, on a fake machine image: {@code bin/kubectl} links
 * to {@code sdk/kubectl}, which has {@code kubectl.1.33} and {@code kubectl.1.29} beside it;
 * {@code plain/kubectl} has no versioned sibling.
 */
class KubectlBinaryTest {

  /** No version asked for: the pinned kubectl. */
  private static final String PINNED = null;

  @TempDir Path root;

  @BeforeEach
  void machineImage() throws IOException {
    executable("sdk/kubectl");
    executable("sdk/kubectl.1.33");
    executable("sdk/kubectl.1.29");
    executable("plain/kubectl");
    Files.createDirectories(root.resolve("bin"));
    Files.createSymbolicLink(root.resolve("bin/kubectl"), root.resolve("sdk/kubectl"));
    Files.writeString(root.resolve("sdk/not-executable"), "");
  }

  static Stream<Arguments> environments() {
    return Stream.of(
        found("KUBECTL names the binary to use", PINNED,
            r -> Map.of("KUBECTL", r.resolve("plain/kubectl").toString(),
                "PATH", path(r.resolve("bin"))), "plain/kubectl"),
        found("kubectl.1.33 beside the file the kubectl on PATH links to", PINNED,
            r -> Map.of("PATH", path(r.resolve("empty"), r.resolve("bin"))), "sdk/kubectl.1.33"),
        found("the kubectl on PATH when it has no versioned sibling", PINNED,
            r -> Map.of("PATH", path(r.resolve("plain"), r.resolve("bin"))), "plain/kubectl"),
        found("1.33 asked for by version is the pinned kubectl", "1.33",
            r -> Map.of("PATH", path(r.resolve("bin"))), "sdk/kubectl.1.33"),
        found("kubectl.1.29 beside the file the kubectl on PATH links to", "1.29",
            r -> Map.of("PATH", path(r.resolve("bin"))), "sdk/kubectl.1.29"),
        found("kubectl.1.29 beside the file KUBECTL links to", "1.29",
            r -> Map.of("KUBECTL", r.resolve("bin/kubectl").toString(),
                "PATH", path(r.resolve("plain"))), "sdk/kubectl.1.29"),
        missing("a version with no sibling is reported", "1.27",
            r -> Map.of("PATH", path(r.resolve("bin"))), "no kubectl.1.27 beside "),
        missing("a KUBECTL that is not executable is reported", PINNED,
            r -> Map.of("KUBECTL", r.resolve("sdk/not-executable").toString()),
            "is not an executable file"),
        missing("no kubectl anywhere is reported", PINNED,
            r -> Map.of("PATH", path(r.resolve("empty"))), "there is no kubectl on PATH"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("environments")
  void findsKubectlAsTheMachineImageShipsIt(String behaviour, String version,
      Function<Path, Map<String, String>> env, String expectedPath, String expectedReason) {
    KubectlBinary binary = version == null ? KubectlBinary.locate(env.apply(root))
        : KubectlBinary.locate(version, env.apply(root));

    if (expectedPath != null) {
      assertThat(binary.path()).isEqualTo(root.resolve(expectedPath).toAbsolutePath());
      assertThat(binary.found()).isTrue();
    } else {
      assertThat(binary.found()).isFalse();
      assertThat(binary.missing()).contains(expectedReason);
    }
  }

  private static Arguments found(String behaviour, String version,
      Function<Path, Map<String, String>> env, String path) {
    return Arguments.of(behaviour, version, env, path, null);
  }

  private static Arguments missing(String behaviour, String version,
      Function<Path, Map<String, String>> env, String reason) {
    return Arguments.of(behaviour, version, env, null, reason);
  }

  private static String path(Path... dirs) {
    return String.join(File.pathSeparator, Stream.of(dirs).map(Path::toString).toList());
  }

  private void executable(String name) throws IOException {
    Path file = root.resolve(name);
    Files.createDirectories(file.getParent());
    Files.writeString(file, "#!/bin/sh\n");
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
  }
}
