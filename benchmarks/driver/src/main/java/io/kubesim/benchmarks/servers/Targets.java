package io.kubesim.benchmarks.servers;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * Starts a benchmark target by name. Paths come from system properties set by run.sh:
 * {@code bench.mock.classpath} (the mock server's classpath), {@code bench.kubesim.jar} (the
 * standalone kubesim jar), {@code bench.logs} (where child
 * JVMs write their stderr) and {@code bench.child.jvm} (extra options for child JVMs, space
 * separated).
 */
public final class Targets {

  /** Every target name, in the order run.sh runs them. */
  public static final List<String> NAMES = List.of("floor", "mock", "kubesim-standalone", "kubesim");

  private Targets() {}

  /** Starts the target called {@code name}. */
  public static ApiTarget start(String name) {
    return switch (name) {
      case "floor" -> FloorServer.start();
      case "mock" -> MockServerTarget.start(required("bench.mock.classpath"), childJvmOptions(), log("mock"));
      case "kubesim-standalone" ->
          StandaloneKubesim.start(Path.of(required("bench.kubesim.jar")), childJvmOptions(), log("kubesim-standalone"));
      case "kubesim" -> InProcessKubesim.start();
      default -> throw new IllegalArgumentException("unknown target " + name + ", expected one of " + NAMES);
    };
  }

  static List<String> childJvmOptions() {
    String options = System.getProperty("bench.child.jvm", "").strip();
    return options.isEmpty() ? List.of() : Arrays.asList(options.split("\\s+"));
  }

  static Path log(String name) {
    Path dir = Path.of(System.getProperty("bench.logs", "target/bench-logs"));
    try {
      Files.createDirectories(dir);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return dir.resolve(name + ".log");
  }

  static String required(String property) {
    String value = System.getProperty(property);
    if (value == null || value.isBlank()) {
      throw new IllegalStateException("system property " + property + " is not set (run through benchmarks/run.sh)");
    }
    return value;
  }
}
