package io.kubesim.benchmarks.servers;

import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.ConfigBuilder;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * fabric8's {@code kubernetes-server-mock} in CRUD mode, in its own JVM on its own (Vert.x 4)
 * classpath, started through {@code io.kubesim.benchmarks.mock.MockServerMain}.
 */
public final class MockServerTarget implements ApiTarget {

  private static final String READY = "LISTENING ";

  private final ChildJvm jvm;
  private final int port;

  private MockServerTarget(ChildJvm jvm) {
    this.jvm = jvm;
    this.port = Integer.parseInt(jvm.readyLine().substring(READY.length()).trim());
  }

  /**
   * Starts the mock.
   *
   * @param classpath the mock-server module's classes plus its runtime classpath
   * @param jvmOptions extra options for the child JVM (heap size, GC), possibly empty
   */
  public static MockServerTarget start(String classpath, List<String> jvmOptions, Path log) {
    List<String> args = new java.util.ArrayList<>(jvmOptions);
    args.addAll(List.of("-cp", classpath, "io.kubesim.benchmarks.mock.MockServerMain"));
    return new MockServerTarget(ChildJvm.start(args, log, line -> line.startsWith(READY), Duration.ofSeconds(60)));
  }

  @Override
  public String name() {
    return "mock";
  }

  @Override
  public Config clientConfig() {
    return new ConfigBuilder(Config.empty())
        .withMasterUrl("http://127.0.0.1:" + port)
        .withNamespace("default")
        .build();
  }

  @Override
  public void close() {
    jvm.close();
  }
}
