package io.kubesim.junit;

import java.util.Set;
import org.junit.jupiter.api.parallel.ResourceAccessMode;
import org.junit.jupiter.api.parallel.ResourceLocksProvider;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * Keeps the tests of one {@link KubeSimulatorTest} class off each other's cluster under parallel
 * execution: the class takes a lock of its own, so JUnit runs its tests (and its {@code @Nested}
 * classes) one at a time while other classes, each with its own simulator, run alongside. A
 * class with {@code reset = false} takes no lock: its tests share state by choice.
 */
public final class ClassScopedClusterLock implements ResourceLocksProvider {

  @Override
  public Set<Lock> provideForClass(Class<?> testClass) {
    boolean reset = AnnotationSupport.findAnnotation(testClass, KubeSimulatorTest.class)
        .map(KubeSimulatorTest::reset).orElse(false);
    if (!reset) {
      return Set.of();
    }
    return Set.of(new Lock("io.kubesim.junit.cluster/" + testClass.getName(),
        ResourceAccessMode.READ_WRITE));
  }
}
