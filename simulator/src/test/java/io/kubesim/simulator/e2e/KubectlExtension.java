package io.kubesim.simulator.e2e;

import io.kubesim.simulator.KubeSimulator;
import io.kubesim.simulator.SimulatorOptions;
import io.kubesim.simulator.kubectl.Kubectl;
import io.kubesim.simulator.kubectl.KubectlBinary;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Gives a test class one in-process simulator and a {@link Kubectl} pointed at it through a
 * kubeconfig in the class's own temporary directory; every test starts from a fresh cluster.
 * Test methods take {@link Kubectl} and {@link KubeSimulator} parameters. Without a kubectl
 * binary every test is skipped, with the reason in the report.
 */
final class KubectlExtension implements BeforeAllCallback, BeforeEachCallback, ParameterResolver {

  private static final ExtensionContext.Namespace NAMESPACE =
      ExtensionContext.Namespace.create(KubectlExtension.class);

  /** What one class uses; JUnit closes it when the class is done. */
  private record Cluster(KubeSimulator simulator, Kubectl kubectl, Path dir)
      implements AutoCloseable {

    @Override
    public void close() throws IOException {
      try {
        simulator.close();
      } finally {
        deleteTree(dir);
      }
    }
  }

  @Override
  public void beforeAll(ExtensionContext context) throws IOException {
    KubectlBinary binary = KubectlBinary.locate();
    context.getStore(NAMESPACE).put(KubectlBinary.class, binary);
    if (!binary.found()) {
      // Each test reports the skip (a class-level abort shows in no report); the console too.
      System.err.println(context.getDisplayName() + " skipped: " + binary.missing());
      return;
    }
    Path dir = Files.createTempDirectory("kubesim-kubectl-");
    KubeSimulator simulator = KubeSimulator.start(SimulatorOptions.builder().build());
    Path kubeconfig = simulator.writeKubeconfig(dir.resolve("kubeconfig"));
    context.getStore(NAMESPACE).put(Cluster.class,
        new Cluster(simulator, new Kubectl(binary.path(), dir, kubeconfig), dir));
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    KubectlBinary binary = context.getStore(NAMESPACE).get(KubectlBinary.class,
        KubectlBinary.class);
    Assumptions.assumeTrue(binary.found(), binary.missing());
    cluster(context).simulator().reset();
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    Class<?> type = parameter.getParameter().getType();
    return type == Kubectl.class || type == KubeSimulator.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    Cluster cluster = cluster(context);
    return parameter.getParameter().getType() == Kubectl.class
        ? cluster.kubectl() : cluster.simulator();
  }

  private static Cluster cluster(ExtensionContext context) {
    return context.getStore(NAMESPACE).get(Cluster.class, Cluster.class);
  }

  static void deleteTree(Path dir) {
    try (Stream<Path> paths = Files.walk(dir)) {
      paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
