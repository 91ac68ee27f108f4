package io.kubesim.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.parallel.ResourceLock;

/**
 * Runs a test class against one simulated API server, started before its first test and stopped
 * after its last, and reset to a fresh cluster between tests. Test and lifecycle methods may
 * declare parameters of type {@code KubernetesClient} (fabric8, already pointed at the
 * simulator), {@link TestCluster}, {@link AdmissionJournal} and {@link MutableClock}.
 *
 * <pre>{@code
 * @KubeSimulatorTest(enable = "AlwaysPullImages")
 * class PodPolicyTest {
 *   @Test
 *   void imagesAreAlwaysPulled(KubernetesClient client) { ... }
 * }
 * }</pre>
 *
 * <p>{@code @Nested} classes and subclasses share the simulator of the class that declares this
 * annotation. Different test classes run against different simulators, each on its own port, so
 * classes may run in parallel; the tests of one class run one at a time while {@link #reset()} is
 * on (a resource lock per class sees to it). For more control, register a {@link
 * KubeSimulatorExtension} field instead; a class may use one or the other, not both.
 *
 * <p>With a kubeconfig given in the configuration parameter or system property {@value
 * KubeSimulatorExtension#KUBECONFIG_PROPERTY} or the environment variable {@value
 * KubeSimulatorExtension#KUBECONFIG_ENV},
 * no simulator starts: the same tests run against that cluster, in a fresh namespace per class.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(KubeSimulatorExtension.class)
@ResourceLock(providers = ClassScopedClusterLock.class)
public @interface KubeSimulatorTest {

  /** The seed value that means "random UIDs and generated names". */
  long RANDOM = Long.MIN_VALUE;

  /** Admission plugins to enable besides the default ones, as {@code --enable-admission-plugins}. */
  String[] enable() default {};

  /** Admission plugins to disable, as {@code --disable-admission-plugins}. */
  String[] disable() default {};

  /**
   * A classpath resource holding an {@code AdmissionConfiguration}, as
   * {@code --admission-control-config-file}; empty for none.
   */
  String admissionConfig() default "";

  /**
   * Classpath resources with YAML manifests (several documents each allowed) created, in order,
   * before the first test and again after every reset.
   */
  String[] manifests() default {};

  /** The port to listen on; 0 picks a free one. */
  int port() default 0;

  /** Whether every test starts from a fresh cluster (store, journal, clock, ids and plugins). */
  boolean reset() default true;

  /** Serve HTTPS; kubesim cannot serve TLS yet, so {@code true} is a configuration error. */
  boolean tls() default false;

  /**
   * An ISO-8601 instant (e.g. {@code 2025-01-01T00:00:00Z}) to pin the simulator's clock at; it
   * then moves only when a test advances it. Empty for the system clock.
   */
  String fixedClock() default "";

  /** A seed for UIDs and generated names, so output can be compared with golden files. */
  long seed() default RANDOM;
}
