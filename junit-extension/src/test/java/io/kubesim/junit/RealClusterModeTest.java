package io.kubesim.junit;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.fabric8.kubernetes.client.jdkhttp.JdkHttpClientFactory;
import io.kubesim.junit.fixtures.MisuseFixtures;
import io.kubesim.junit.fixtures.PortableFixture;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.testkit.engine.EngineExecutionResults;

/**
 * With a kubeconfig given, the same suite runs against that cluster instead of a simulator: here
 * a second kubesim, started as a standalone server in its own JVM, plays the real cluster.
 */
class RealClusterModeTest {

  @TempDir
  static Path directory;

  static StandaloneServer server;
  static KubernetesClient admin;

  @BeforeAll
  static void startTheRealCluster() throws Exception {
    server = StandaloneServer.start(directory.resolve("real.kubeconfig"));
    admin = new KubernetesClientBuilder()
        .withConfig(Config.fromKubeconfig(server.kubeconfig().toFile()))
        .withHttpClientFactory(new JdkHttpClientFactory()).build();
  }

  @AfterAll
  static void stopTheRealCluster() throws Exception {
    admin.close();
    server.close();
  }

  @BeforeEach
  void forgetNamespaces() {
    PortableFixture.NAMESPACES.clear();
  }

  private static Map<String, String> realCluster() {
    return Map.of(KubeSimulatorExtension.KUBECONFIG_PROPERTY, server.kubeconfig().toString());
  }

  @Test
  void theSuiteRunsInAFreshNamespaceAndSkipsOnlyTheTraceChecks() {
    EngineExecutionResults results = EngineRuns.run(realCluster(), PortableFixture.class);

    assertThat(results.testEvents().succeeded().count()).isEqualTo(2);
    assertThat(results.testEvents().failed().count()).isZero();
    assertThat(results.testEvents().aborted().stream()
        .map(e -> e.getPayload(TestExecutionResult.class).flatMap(TestExecutionResult::getThrowable)
            .orElseThrow().getMessage()))
        .singleElement().asString()
        .startsWith("kubesim-only: admission traces need the simulator, and this run uses the "
            + "real cluster at " + admin.getMasterUrl().toString().replaceAll("/$", ""));

    String namespace = PortableFixture.NAMESPACES.peek();
    assertThat(namespace).startsWith("kubesim-portablefixture-");
    Namespace left = admin.namespaces().withName(namespace).get();
    assertThat(left == null || left.getMetadata().getDeletionTimestamp() != null)
        .as("namespace %s is deleted after the class", namespace).isTrue();
    assertThat(admin.configMaps().inNamespace("default").withName("written").get())
        .as("nothing leaks into the default namespace").isNull();
  }

  @Test
  void theSameSuitePassesWholeOnKubesim() {
    EngineExecutionResults results = EngineRuns.run(PortableFixture.class);

    EngineRuns.assertAllPassed(results, 3);
    assertThat(PortableFixture.NAMESPACES).containsExactly("default");
  }

  @Test
  void misconfiguredPluginsFailAgainstARealClusterToo() {
    EngineExecutionResults results = EngineRuns.run(realCluster(), MisuseFixtures.UnknownPlugin.class);

    List<Throwable> failures = results.allEvents().failed().stream()
        .map(e -> e.getPayload(TestExecutionResult.class).flatMap(TestExecutionResult::getThrowable)
            .orElseThrow()).toList();
    assertThat(failures).singleElement().isInstanceOf(ExtensionConfigurationException.class)
        .extracting(Throwable::getMessage).asString()
        .contains("enable-admission-plugins plugin \"NoSuchPlugin\" is unknown");
  }
}
