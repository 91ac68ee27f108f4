package io.kubesim.simulator.api;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Stale or mistyped release facts must stop the registry from being built at all. */
class ReleaseFactsValidationTest {

  private static final ReleaseFacts RELEASE = ReleaseFacts.kubernetes133();

  static Stream<Arguments> brokenFacts() {
    return Stream.of(
        arguments(
            "a resource no model class has",
            (UnaryOperator<ReleaseFacts>) facts -> withResource(facts, "widgets.example.com"),
            "resources names a resource no served model class has: [widgets.example.com]"),
        arguments(
            "a misspelt resource",
            (UnaryOperator<ReleaseFacts>) facts -> withResource(facts, "deployment.apps"),
            "[deployment.apps]"),
        arguments(
            "an exclusion no model class has",
            (UnaryOperator<ReleaseFacts>) facts -> withExclusion(facts, "apps/v1 Widget"),
            "notServed names a kind no served model class has: [apps/v1 Widget]"),
        arguments(
            "a group-version with no model class",
            (UnaryOperator<ReleaseFacts>) facts -> withGroupVersion(facts, "example.com/v1"),
            "groupVersions lists a group-version with no served model class: [example.com/v1]"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("brokenFacts")
  void registryCreationFailsOnFactsThatMatchNoModelClass(
      String problem, UnaryOperator<ReleaseFacts> breakage, String message) {
    ReleaseFacts broken = breakage.apply(RELEASE);

    assertThatThrownBy(() -> BuiltInResourceRegistry.create(broken, getClass().getClassLoader()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining(message);
  }

  private static ReleaseFacts withResource(ReleaseFacts facts, String resource) {
    Map<String, ResourceFacts> resources = new LinkedHashMap<>(facts.resources());
    resources.put(resource, ResourceFacts.PLAIN);
    return new ReleaseFacts(
        facts.version(), facts.groupVersions(), facts.notServed(), facts.rootPaths(), resources);
  }

  private static ReleaseFacts withExclusion(ReleaseFacts facts, String kind) {
    Map<String, String> notServed = new LinkedHashMap<>(facts.notServed());
    notServed.put(kind, "test");
    return new ReleaseFacts(
        facts.version(), facts.groupVersions(), notServed, facts.rootPaths(), facts.resources());
  }

  private static ReleaseFacts withGroupVersion(ReleaseFacts facts, String groupVersion) {
    List<String> groupVersions = new ArrayList<>(facts.groupVersions());
    groupVersions.add(groupVersion);
    return new ReleaseFacts(
        facts.version(), groupVersions, facts.notServed(), facts.rootPaths(), facts.resources());
  }
}
