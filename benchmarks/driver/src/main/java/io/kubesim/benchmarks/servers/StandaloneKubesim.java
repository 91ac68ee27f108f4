package io.kubesim.benchmarks.servers;

import io.fabric8.kubernetes.client.Config;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * kubesim's standalone server ({@code java -jar kubesim.jar serve}) in its own JVM, as a user
 * runs it next to kubectl; the client reaches it through the kubeconfig the server writes.
 */
public final class StandaloneKubesim implements ApiTarget {

  private static final String READY = "kubesim is serving the Kubernetes API at ";

  private final ChildJvm jvm;
  private final Config config;

  private StandaloneKubesim(ChildJvm jvm, Config config) {
    this.jvm = jvm;
    this.config = config;
  }

  /**
   * Starts {@code jar} with {@code serve --port 0}.
   *
   * @param jvmOptions extra options for the server JVM, possibly empty
   */
  public static StandaloneKubesim start(Path jar, List<String> jvmOptions, Path log) {
    try {
      Path kubeconfig = Files.createTempFile("kubesim-standalone", ".kubeconfig");
      List<String> args = new ArrayList<>(jvmOptions);
      args.addAll(List.of("-jar", jar.toString(), "serve", "--port", "0", "--kubeconfig", kubeconfig.toString()));
      ChildJvm jvm = ChildJvm.start(args, log, line -> line.startsWith(READY), Duration.ofSeconds(60));
      Config config = Config.fromKubeconfig(Files.readString(kubeconfig));
      Files.delete(kubeconfig);
      return new StandaloneKubesim(jvm, config);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public String name() {
    return "kubesim-standalone";
  }

  @Override
  public Config clientConfig() {
    return config;
  }

  @Override
  public void close() {
    jvm.close();
  }
}
