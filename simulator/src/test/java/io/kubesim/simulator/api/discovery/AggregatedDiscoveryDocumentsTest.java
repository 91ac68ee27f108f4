package io.kubesim.simulator.api.discovery;

import static io.kubesim.simulator.api.discovery.JsonTrees.compact;
import static io.kubesim.simulator.api.discovery.JsonTrees.find;
import static io.kubesim.simulator.api.discovery.JsonTrees.names;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kubesim.simulator.api.BuiltInResourceRegistry;
import io.kubesim.simulator.api.ReleaseFacts;
import io.kubesim.simulator.api.ResourceRegistry;
import java.util.List;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Aggregated discovery (apidiscovery.k8s.io/v2) against wire-protocol.md §4.2. */
class AggregatedDiscoveryDocumentsTest {

  private static final ResourceRegistry REGISTRY = BuiltInResourceRegistry.kubernetes133();
  private static final DiscoveryDocuments DOCUMENTS =
      DiscoveryDocuments.create(REGISTRY, ReleaseFacts.kubernetes133());

  @Test
  void apiIsOneNamelessCoreGroupWithTheListEnvelopeOfTheSpec() {
    ObjectNode doc = DOCUMENTS.aggregatedApi().body();

    assertThat(compact(doc))
        .startsWith(
            """
            {"kind":"APIGroupDiscoveryList","apiVersion":"apidiscovery.k8s.io/v2","metadata":{},\
            "items":[{"metadata":{"creationTimestamp":null},"versions":[{"version":"v1",\
            "resources":[\
            """);
    assertThat(doc.get("items")).hasSize(1);
    JsonNode version = doc.at("/items/0/versions/0");
    assertThat(names(version.get("resources"), "resource")).isSorted().hasSize(17);
    assertThat(version.fieldNames())
        .toIterable()
        .containsExactly("version", "resources", "freshness");
    assertThat(version.get("freshness").asText()).isEqualTo("Current");
  }

  static Stream<Arguments> coreSpecEntries() {
    return Stream.of(
        arguments(
            "configmaps",
            """
            {"resource": "configmaps",
             "responseKind": {"group": "", "version": "", "kind": "ConfigMap"},
             "scope": "Namespaced", "singularResource": "configmap",
             "verbs": ["create","delete","deletecollection","get","list","patch","update","watch"],
             "shortNames": ["cm"]}\
            """),
        arguments(
            "namespaces",
            """
            {"resource": "namespaces",
             "responseKind": {"group": "", "version": "", "kind": "Namespace"},
             "scope": "Cluster", "singularResource": "namespace",
             "verbs": ["create","delete","get","list","patch","update","watch"],
             "shortNames": ["ns"],
             "subresources": [
               {"subresource": "finalize", "responseKind": {"group": "", "version": "", "kind": "Namespace"}, "verbs": ["update"]},
               {"subresource": "status", "responseKind": {"group": "", "version": "", "kind": "Namespace"}, "verbs": ["get","patch","update"]}]}\
            """));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("coreSpecEntries")
  void coreEntriesMatchTheSpecFieldForField(String resource, String expected) {
    JsonNode resources = DOCUMENTS.aggregatedApi().body().at("/items/0/versions/0/resources");

    assertThat(compact(find(resources, "resource", resource))).isEqualTo(compact(expected));
  }

  @Test
  void podsEntryMatchesTheSpecWithEveryUpstreamSubresource() {
    JsonNode resources = DOCUMENTS.aggregatedApi().body().at("/items/0/versions/0/resources");
    ObjectNode pods = find(resources, "resource", "pods").deepCopy();
    JsonNode subresources = pods.remove("subresources");

    assertThat(compact(pods))
        .isEqualTo(
            compact(
                """
                {"resource": "pods", "responseKind": {"group": "", "version": "", "kind": "Pod"},
                 "scope": "Namespaced", "singularResource": "pod",
                 "verbs": ["create","delete","deletecollection","get","list","patch","update","watch"],
                 "shortNames": ["po"], "categories": ["all"]}\
                """));
    assertThat(names(subresources, "subresource"))
        .containsExactly(
            "attach",
            "binding",
            "ephemeralcontainers",
            "eviction",
            "exec",
            "log",
            "portforward",
            "proxy",
            "resize",
            "status");
    assertThat(compact(find(subresources, "subresource", "status")))
        .isEqualTo(
            compact(
                """
                {"subresource": "status", "responseKind": {"group": "", "version": "", "kind": "Pod"},
                 "verbs": ["get","patch","update"]}\
                """));
    assertThat(compact(find(subresources, "subresource", "eviction")))
        .isEqualTo(
            compact(
                """
                {"subresource": "eviction",
                 "responseKind": {"group": "policy", "version": "v1", "kind": "Eviction"},
                 "verbs": ["create"]}\
                """));
  }

  @Test
  void deploymentsNameTheirCrossGroupScaleKindLikeTheSpec() {
    JsonNode deployments = resourceIn("apps", "deployments");

    assertThat(compact(find(deployments.get("subresources"), "subresource", "scale")))
        .isEqualTo(
            compact(
                """
                {"subresource": "scale",
                 "responseKind": {"group": "autoscaling", "version": "v1", "kind": "Scale"},
                 "verbs": ["get","patch","update"]}\
                """));
    // The spec's example fills apps/v1 into status; it also says the real server leaves a
    // same-group-version kind's group and version empty, which is what is served.
    assertThat(compact(find(deployments.get("subresources"), "subresource", "status")))
        .isEqualTo(
            compact(
                """
                {"subresource": "status",
                 "responseKind": {"group": "", "version": "", "kind": "Deployment"},
                 "verbs": ["get","patch","update"]}\
                """));
  }

  static Stream<Arguments> authorizationSpecEntries() {
    return Stream.of(
        arguments(
            "selfsubjectaccessreviews",
            """
            {"resource": "selfsubjectaccessreviews",
             "responseKind": {"group": "", "version": "", "kind": "SelfSubjectAccessReview"},
             "scope": "Cluster", "singularResource": "selfsubjectaccessreview",
             "verbs": ["create"]}\
            """),
        arguments(
            "selfsubjectrulesreviews",
            """
            {"resource": "selfsubjectrulesreviews",
             "responseKind": {"group": "", "version": "", "kind": "SelfSubjectRulesReview"},
             "scope": "Cluster", "singularResource": "selfsubjectrulesreview",
             "verbs": ["create"]}\
            """));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("authorizationSpecEntries")
  void authorizationEntriesMatchTheSpec(String resource, String expected) {
    assertThat(compact(resourceIn("authorization.k8s.io", resource))).isEqualTo(compact(expected));
  }

  @Test
  void apisListsEveryGroupInLegacyOrderWithVersionsByPreference() {
    JsonNode items = DOCUMENTS.aggregatedApis().body().get("items");

    assertThat(itemNames(items))
        .hasSize(19)
        .startsWith("apiregistration.k8s.io", "apps", "events.k8s.io")
        .isEqualTo(names(DOCUMENTS.apiGroupList().get("groups"), "name"));
    JsonNode autoscaling = item(items, "autoscaling");
    assertThat(names(autoscaling.get("versions"), "version")).containsExactly("v2", "v1");
    assertThat(compact(autoscaling.get("metadata")))
        .isEqualTo("{\"name\":\"autoscaling\",\"creationTimestamp\":null}");
  }

  @Test
  void servesEveryRegisteredTypeExactlyOnce() {
    int core = DOCUMENTS.aggregatedApi().body().at("/items/0/versions/0/resources").size();
    int named = 0;
    for (JsonNode item : DOCUMENTS.aggregatedApis().body().get("items")) {
      for (JsonNode version : item.get("versions")) {
        named += version.get("resources").size();
      }
    }

    assertThat(core + named).isEqualTo(REGISTRY.all().size()).isEqualTo(61);
  }

  private static JsonNode resourceIn(String group, String resource) {
    JsonNode resources =
        item(DOCUMENTS.aggregatedApis().body().get("items"), group).at("/versions/0/resources");
    return find(resources, "resource", resource);
  }

  private static JsonNode item(JsonNode items, String group) {
    for (JsonNode item : items) {
      if (item.at("/metadata/name").asText().equals(group)) {
        return item;
      }
    }
    throw new AssertionError("no group " + group);
  }

  private static List<String> itemNames(JsonNode items) {
    return StreamSupport.stream(items.spliterator(), false)
        .map(item -> item.at("/metadata/name").asText())
        .toList();
  }
}
