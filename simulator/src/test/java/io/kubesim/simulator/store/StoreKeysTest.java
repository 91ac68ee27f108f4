package io.kubesim.simulator.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class StoreKeysTest {

  static Stream<Arguments> keys() {
    return Stream.of(
        Arguments.of(
            "a core namespaced object",
            StoreKeys.objectKey("", "pods", "default", "web"),
            "/core/pods/default/web"),
        Arguments.of(
            "a named-group namespaced object",
            StoreKeys.objectKey("apps", "deployments", "ns", "web"),
            "/apps/deployments/ns/web"),
        Arguments.of(
            "a cluster-scoped object (null namespace)",
            StoreKeys.objectKey("", "nodes", null, "n1"),
            "/core/nodes/n1"),
        Arguments.of(
            "a cluster-scoped object (empty namespace)",
            StoreKeys.objectKey("rbac.authorization.k8s.io", "clusterroles", "", "admin"),
            "/rbac.authorization.k8s.io/clusterroles/admin"),
        Arguments.of("a null group is core", StoreKeys.resourcePrefix(null, "pods"), "/core/pods/"),
        Arguments.of(
            "a resource in one namespace",
            StoreKeys.namespacePrefix("", "pods", "a"),
            "/core/pods/a/"),
        Arguments.of(
            "a resource in all namespaces",
            StoreKeys.resourcePrefix("apps", "deployments"),
            "/apps/deployments/"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("keys")
  void buildsRegistryKeys(String description, String actual, String expected) {
    assertThat(actual).isEqualTo(expected);
  }

  static Stream<Arguments> isolatedPrefixes() {
    return Stream.of(
        Arguments.of(
            "namespace a vs ab",
            StoreKeys.namespacePrefix("", "pods", "a"),
            StoreKeys.objectKey("", "pods", "ab", "x")),
        Arguments.of(
            "resource pods vs podsx",
            StoreKeys.resourcePrefix("", "pods"),
            StoreKeys.objectKey("", "podsx", "a", "x")),
        Arguments.of(
            "group apps vs apps2",
            StoreKeys.resourcePrefix("apps", "d"),
            StoreKeys.objectKey("apps2", "d", "a", "x")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("isolatedPrefixes")
  void prefixesDoNotMatchLongerNames(String description, String prefix, String otherKey) {
    assertThat(otherKey).doesNotStartWith(prefix);
  }

  static Stream<Arguments> invalidSegments() {
    return Stream.<Arguments>of(
        Arguments.of(
            "a name with a slash",
            (Supplier<String>) () -> StoreKeys.objectKey("", "pods", "ns", "a/b"),
            "invalid name for a store key: 'a/b'"),
        Arguments.of(
            "an empty name",
            (Supplier<String>) () -> StoreKeys.objectKey("", "pods", "ns", ""),
            "invalid name for a store key: ''"),
        Arguments.of(
            "an empty namespace prefix",
            (Supplier<String>) () -> StoreKeys.namespacePrefix("", "pods", ""),
            "invalid namespace for a store key: ''"),
        Arguments.of(
            "a missing resource",
            (Supplier<String>) () -> StoreKeys.resourcePrefix("", null),
            "invalid resource for a store key: 'null'"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("invalidSegments")
  void rejectsSegmentsThatWouldBreakThePrefixes(
      String description, Supplier<String> build, String message) {
    assertThatThrownBy(build::get).isInstanceOf(IllegalArgumentException.class).hasMessage(message);
  }
}
