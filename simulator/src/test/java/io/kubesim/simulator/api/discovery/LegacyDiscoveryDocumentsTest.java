package io.kubesim.simulator.api.discovery;

import static io.kubesim.simulator.api.discovery.JsonTrees.compact;
import static io.kubesim.simulator.api.discovery.JsonTrees.find;
import static io.kubesim.simulator.api.discovery.JsonTrees.names;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import com.fasterxml.jackson.databind.JsonNode;
import io.kubesim.simulator.api.BuiltInResourceRegistry;
import io.kubesim.simulator.api.ReleaseFacts;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Legacy discovery against the documents captured in wire-protocol.md §4.3. */
class LegacyDiscoveryDocumentsTest {

  private static final DiscoveryDocuments DOCUMENTS =
      DiscoveryDocuments.create(
          BuiltInResourceRegistry.kubernetes133(), ReleaseFacts.kubernetes133());

  @Test
  void apiListsTheCoreVersionAndTheServerAddress() {
    assertThat(compact(DOCUMENTS.apiVersions("127.0.0.1:18080")))
        .isEqualTo(
            compact(
                """
                {"kind":"APIVersions","versions":["v1"],"serverAddressByClientCIDRs":\
                [{"clientCIDR":"0.0.0.0/0","serverAddress":"127.0.0.1:18080"}]}\
                """));
  }

  @Test
  void apiGroupDescribesOneGroupLikeTheSpec() {
    assertThat(compact(DOCUMENTS.apiGroup("apps").orElseThrow()))
        .isEqualTo(
            compact(
                """
                {"kind":"APIGroup","apiVersion":"v1","name":"apps",\
                "versions":[{"groupVersion":"apps/v1","version":"v1"}],\
                "preferredVersion":{"groupVersion":"apps/v1","version":"v1"}}\
                """));
  }

  @Test
  void apiGroupListHasTheSpecsGroupEntriesInDiscoveryOrder() {
    JsonNode list = DOCUMENTS.apiGroupList();

    assertThat(compact(list))
        .startsWith("{\"kind\":\"APIGroupList\",\"apiVersion\":\"v1\",\"groups\":[");
    assertThat(compact(group(list, "apps")))
        .isEqualTo(
            compact(
                """
                {"name":"apps","versions":[{"groupVersion":"apps/v1","version":"v1"}],\
                "preferredVersion":{"groupVersion":"apps/v1","version":"v1"}}\
                """));
    assertThat(compact(group(list, "autoscaling")))
        .isEqualTo(
            compact(
                """
                {"name":"autoscaling","versions":[{"groupVersion":"autoscaling/v2","version":"v2"},\
                {"groupVersion":"autoscaling/v1","version":"v1"}],\
                "preferredVersion":{"groupVersion":"autoscaling/v2","version":"v2"}}\
                """));
    assertThat(names(list.get("groups"), "name").subList(0, 3))
        .containsExactly("apiregistration.k8s.io", "apps", "events.k8s.io");
  }

  static Stream<Arguments> specEntries() {
    return Stream.of(
        arguments(
            "deployments",
            """
            {"name":"deployments","singularName":"deployment","namespaced":true,"kind":"Deployment",\
            "verbs":["create","delete","deletecollection","get","list","patch","update","watch"],\
            "shortNames":["deploy"],"categories":["all"],"storageVersionHash":"8aSe+NMegvE="}\
            """),
        arguments(
            "deployments/scale",
            """
            {"name":"deployments/scale","singularName":"","namespaced":true,"group":"autoscaling",\
            "version":"v1","kind":"Scale","verbs":["get","patch","update"]}\
            """),
        arguments(
            "deployments/status",
            """
            {"name":"deployments/status","singularName":"","namespaced":true,"kind":"Deployment",\
            "verbs":["get","patch","update"]}\
            """));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("specEntries")
  void appsResourceListEntriesMatchTheSpecFieldForField(String name, String expected) {
    JsonNode list = DOCUMENTS.apiResourceList("apps", "v1").orElseThrow();

    assertThat(compact(entry(list, name))).isEqualTo(compact(expected));
  }

  @Test
  void coreResourceListCarriesNoApiVersionAndListsSubresourcesAfterTheirParent() {
    JsonNode list = DOCUMENTS.apiResourceList("", "v1").orElseThrow();

    assertThat(compact(list)).startsWith("{\"kind\":\"APIResourceList\",\"groupVersion\":\"v1\",");
    List<String> names = names(list.get("resources"), "name");
    assertThat(names).isSorted().startsWith("bindings", "componentstatuses", "configmaps");
    assertThat(names.subList(names.indexOf("pods"), names.indexOf("podtemplates")))
        .containsExactly(
            "pods",
            "pods/attach",
            "pods/binding",
            "pods/ephemeralcontainers",
            "pods/eviction",
            "pods/exec",
            "pods/log",
            "pods/portforward",
            "pods/proxy",
            "pods/resize",
            "pods/status");
    assertThat(compact(entry(list, "pods/eviction")))
        .isEqualTo(
            compact(
                """
                {"name":"pods/eviction","singularName":"","namespaced":true,"group":"policy",\
                "version":"v1","kind":"Eviction","verbs":["create"]}\
                """));
    assertThat(compact(entry(list, "bindings")))
        .isEqualTo(
            compact(
                """
                {"name":"bindings","singularName":"binding","namespaced":true,"kind":"Binding",\
                "verbs":["create"]}\
                """));
  }

  static Stream<Arguments> unservedGroupVersions() {
    return Stream.of(
        arguments("apps", "v1beta1"),
        arguments("extensions", "v1beta1"),
        arguments("", "v2"),
        arguments("resource.k8s.io", "v1beta1"));
  }

  @ParameterizedTest(name = "{0}/{1}")
  @MethodSource("unservedGroupVersions")
  void unservedGroupVersionsHaveNoResourceList(String group, String version) {
    assertThat(DOCUMENTS.apiResourceList(group, version)).isEmpty();
  }

  @ParameterizedTest(name = "\"{0}\"")
  @MethodSource
  void unservedGroupsHaveNoGroupDocument(String group) {
    assertThat(DOCUMENTS.apiGroup(group)).isEmpty();
  }

  static Stream<String> unservedGroupsHaveNoGroupDocument() {
    return Stream.of("", "extensions", "resource.k8s.io", "storagemigration.k8s.io");
  }

  private static JsonNode group(JsonNode list, String name) {
    return find(list.get("groups"), "name", name);
  }

  private static JsonNode entry(JsonNode list, String name) {
    return find(list.get("resources"), "name", name);
  }
}
