package io.kubesim.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import io.kubesim.junit.fixtures.AnnotatedFixture;
import io.kubesim.junit.fixtures.InheritedFixture;
import io.kubesim.junit.fixtures.InstanceFieldFixture;
import io.kubesim.junit.fixtures.NestedFixture;
import io.kubesim.junit.fixtures.ParallelFixtureA;
import io.kubesim.junit.fixtures.ParallelFixtureB;
import io.kubesim.junit.fixtures.ParallelMeeting;
import io.kubesim.junit.fixtures.Sightings;
import io.kubesim.junit.fixtures.Sightings.Sighting;
import io.kubesim.junit.fixtures.StaticFieldFixture;
import java.io.IOException;
import java.net.ConnectException;
import java.net.Socket;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each way of declaring the extension, run on an engine of its own: which simulator every test
 * got, that every test found a fresh cluster (each creates the same ConfigMap), and that every
 * simulator is gone once its owner ends.
 */
class LifecycleTest {

  enum Sharing { ONE_PER_CLASS, ONE_PER_TEST }

  static Stream<Arguments> modes() {
    return Stream.of(
        arguments("@KubeSimulatorTest shares one simulator among the tests of a class",
            List.of(AnnotatedFixture.class), Map.of(), 3, Sharing.ONE_PER_CLASS),
        arguments("a static @RegisterExtension field shares one simulator per class",
            List.of(StaticFieldFixture.class), Map.of(), 3, Sharing.ONE_PER_CLASS),
        arguments("an instance @RegisterExtension field gives each test its own simulator",
            List.of(InstanceFieldFixture.class), Map.of(), 3, Sharing.ONE_PER_TEST),
        arguments("@Nested classes share the simulator of their enclosing class",
            List.of(NestedFixture.class), Map.of(), 3, Sharing.ONE_PER_CLASS),
        arguments("a subclass inherits the declaration and the inherited tests use it",
            List.of(InheritedFixture.class), Map.of(), 2, Sharing.ONE_PER_CLASS),
        arguments("classes running in parallel each get their own simulator",
            List.of(ParallelFixtureA.class, ParallelFixtureB.class), EngineRuns.parallel(), 4,
            Sharing.ONE_PER_CLASS));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("modes")
  void eachDeclarationGetsTheSimulatorsItAsksFor(String mode, List<Class<?>> fixtures,
      Map<String, String> configuration, int tests, Sharing sharing) {
    Sightings.clear();
    ParallelMeeting.reset();

    EngineRuns.assertAllPassed(
        EngineRuns.run(configuration, fixtures.toArray(Class<?>[]::new)), tests);

    Set<Integer> allPorts = new HashSet<>();
    for (Class<?> fixture : fixtures) {
      List<Integer> ports = Sightings.of(fixture).stream().map(Sighting::port).toList();
      assertThat(ports).as(fixture.getSimpleName() + " sightings").isNotEmpty();
      int expectedDistinct = sharing == Sharing.ONE_PER_CLASS ? 1 : ports.size();
      assertThat(Set.copyOf(ports)).as("ports seen by " + fixture.getSimpleName())
          .hasSize(expectedDistinct);
      allPorts.addAll(ports);
    }
    assertThat(allPorts).as("every simulator has its own port")
        .hasSize(fixtures.size() * (sharing == Sharing.ONE_PER_CLASS ? 1 : tests));
    for (int port : allPorts) {
      assertThatThrownBy(() -> connect(port)).as("simulator on port " + port + " is closed")
          .isInstanceOf(ConnectException.class);
    }
  }

  private static void connect(int port) throws IOException {
    try (Socket ignored = new Socket("127.0.0.1", port)) {
      // connected: the simulator is still running
    }
  }
}
