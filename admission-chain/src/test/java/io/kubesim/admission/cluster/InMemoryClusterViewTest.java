package io.kubesim.admission.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.LimitRange;
import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.kubesim.admission.testing.Json;
import org.junit.jupiter.api.Test;

class InMemoryClusterViewTest {

  private final InMemoryClusterView cluster = new InMemoryClusterView()
      .put(KnownResources.NAMESPACES,
          new NamespaceBuilder().withNewMetadata().withName("team-a").endMetadata().build())
      .put(KnownResources.LIMIT_RANGES,
          Json.object("{'metadata':{'name':'z','namespace':'team-a'}}"))
      .put(KnownResources.LIMIT_RANGES,
          Json.object("{'metadata':{'name':'a','namespace':'team-a'}}"))
      .put(KnownResources.LIMIT_RANGES,
          Json.object("{'metadata':{'name':'b','namespace':'team-b'}}"));

  @Test
  void looksUpTypedObjectsByNamespaceAndName() {
    assertThat(cluster.namespace("team-a")).get()
        .satisfies(ns -> assertThat(ns.getMetadata().getName()).isEqualTo("team-a"));
    assertThat(cluster.namespace("team-c")).isEmpty();
    assertThat(cluster.serviceAccount("team-a", "default")).isEmpty();
  }

  @Test
  void listsOneNamespaceOrAllInNameOrder() {
    assertThat(cluster.limitRanges("team-a")).extracting(LimitRange::getMetadata)
        .extracting(m -> m.getName()).containsExactly("a", "z");
    assertThat(cluster.list(KnownResources.LIMIT_RANGES, "")).hasSize(3);
  }

  @Test
  void readsAreCopiesSoPluginsCannotChangeTheCluster() {
    cluster.get(KnownResources.NAMESPACES, "", "team-a").orElseThrow().put("changed", true);

    assertThat(cluster.get(KnownResources.NAMESPACES, "", "team-a").orElseThrow().has("changed"))
        .isFalse();
  }
}
