package io.kubesim.junit;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.parallel.ExecutionMode;

/**
 * A cluster as one declaration holds it in JUnit's store: for a whole test class (shared by its
 * tests, its {@code @Nested} classes and reset between tests) or for one test. JUnit closes it,
 * and with it the cluster, when the owning context ends.
 */
final class ClusterLease implements AutoCloseable {

  private final TestCluster cluster;
  private final boolean shared;
  private final boolean resetBetweenTests;
  private final String declaredBy;
  private final boolean lockedPerClass;
  private final AtomicInteger testsStarted = new AtomicInteger();

  /**
   * @param lockedPerClass true when {@link ClassScopedClusterLock} already keeps the class's
   *     tests apart (JUnit then runs them in one thread whatever execution mode they report)
   */
  ClusterLease(TestCluster cluster, boolean shared, boolean resetBetweenTests, String declaredBy,
      boolean lockedPerClass) {
    this.cluster = cluster;
    this.lockedPerClass = lockedPerClass;
    this.shared = shared;
    this.resetBetweenTests = resetBetweenTests;
    this.declaredBy = declaredBy;
  }

  TestCluster cluster() {
    return cluster;
  }

  /**
   * Prepares the cluster for the test about to run: a shared simulator is reset, except before
   * the first test, which gets it fresh.
   *
   * @throws ExtensionConfigurationException when tests would run concurrently on a shared
   *     cluster that is reset between them
   */
  void beforeTest(ExtensionContext test) {
    if (!shared || !resetBetweenTests || !cluster.isSimulated()) {
      return;
    }
    if (!lockedPerClass && test.getExecutionMode() == ExecutionMode.CONCURRENT) {
      throw new ExtensionConfigurationException(declaredBy + ": the tests of "
          + test.getRequiredTestClass().getName() + " run concurrently, but they share one "
          + "simulator that is reset between tests. Run them in the same thread "
          + "(@Execution(SAME_THREAD)), turn reset off, or use an instance field so that each "
          + "test gets its own simulator.");
    }
    if (testsStarted.getAndIncrement() > 0) {
      cluster.reset();
    }
  }

  @Override
  public void close() throws Exception {
    ((AutoCloseable) cluster).close();
  }
}
