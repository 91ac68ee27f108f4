package io.kubesim.simulator.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.fabric8.kubernetes.api.model.ConfigMapList;
import io.fabric8.kubernetes.api.model.LabelSelectorBuilder;
import io.fabric8.kubernetes.api.model.ListOptionsBuilder;
import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.dsl.FilterWatchListDeletable;
import io.fabric8.kubernetes.client.dsl.Resource;
import io.kubesim.simulator.KubeSimulator;
import io.kubesim.simulator.SimulatorOptions;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * fabric8's label selectors (equality and set-based) and field selectors select exactly the
 * objects upstream's selector semantics select.
 */
class ListSelectorTest {

  private static final String NS = "selectors";
  /** The config map the root-CA publisher puts in every namespace; it has no labels. */
  private static final String ROOT_CA = "kube-root-ca.crt";

  private static KubeSimulator sim;
  private static KubernetesClient client;

  @BeforeAll
  static void start() {
    sim = KubeSimulator.start(SimulatorOptions.builder().build());
    client = Fabric8.clientFor(sim);
    client.namespaces().resource(new NamespaceBuilder().withNewMetadata().withName(NS)
        .endMetadata().build()).create();
    configMap("a", Map.of("app", "web", "tier", "front"));
    configMap("b", Map.of("app", "web", "tier", "back"));
    configMap("c", Map.of("app", "db"));
    configMap("d", Map.of());
  }

  @AfterAll
  static void stop() {
    client.close();
    sim.close();
  }

  private static void configMap(String name, Map<String, String> labels) {
    client.configMaps().inNamespace(NS).resource(new ConfigMapBuilder().withNewMetadata()
        .withName(name).withLabels(labels).endMetadata().build()).create();
  }

  interface Selection
      extends UnaryOperator<FilterWatchListDeletable<ConfigMap, ConfigMapList,
          Resource<ConfigMap>>> {}

  static Stream<Arguments> selections() {
    return Stream.of(
        selects("withLabel(app, web) selects app=web", s -> s.withLabel("app", "web"), "a", "b"),
        selects("withLabel(tier) selects objects that have the key", s -> s.withLabel("tier"),
            "a", "b"),
        selects("withoutLabel(tier) selects objects without the key", s -> s.withoutLabel("tier"),
            "c", "d", ROOT_CA),
        selects("withoutLabel(app, web) also selects objects without the key",
            s -> s.withoutLabel("app", "web"), "c", "d", ROOT_CA),
        selects("withLabelIn(tier, front, middle) selects the listed values",
            s -> s.withLabelIn("tier", "front", "middle"), "a"),
        selects("withLabelNotIn(tier, front) also selects objects without the key",
            s -> s.withLabelNotIn("tier", "front"), "b", "c", "d", ROOT_CA),
        selects("withLabel(app) and withLabelNotIn(app, web) combine with AND",
            s -> s.withLabel("app").withLabelNotIn("app", "web"), "c"),
        selects("withLabels(app=web, tier=back) requires both",
            s -> s.withLabels(Map.of("app", "web", "tier", "back")), "b"),
        selects("a metav1 LabelSelector with match expressions",
            s -> s.withLabelSelector(new LabelSelectorBuilder()
                .addNewMatchExpression().withKey("tier").withOperator("DoesNotExist")
                .endMatchExpression()
                .addNewMatchExpression().withKey("app").withOperator("In")
                .withValues("db", "cache").endMatchExpression().build()),
            "c"),
        selects("withField(metadata.name, a) selects one object",
            s -> s.withField("metadata.name", "a"), "a"),
        selects("withoutField(metadata.name, a) selects the others",
            s -> s.withoutField("metadata.name", "a"), "b", "c", "d", ROOT_CA),
        selects("field and label selectors combine",
            s -> s.withLabel("app", "web").withoutField("metadata.name", "a"), "b"),
        selects("a selector nothing matches lists nothing",
            s -> s.withLabelIn("app", "nope")));
  }

  private static Arguments selects(String name, Selection selection, String... expected) {
    return Arguments.of(name, selection, List.of(expected));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("selections")
  void listSelectsExactlyTheMatchingObjects(String name, Selection selection,
      List<String> expected) {
    List<String> listed = selection.apply(client.configMaps().inNamespace(NS)).list().getItems()
        .stream().map(c -> c.getMetadata().getName()).toList();

    assertThat(listed).containsExactlyElementsOf(expected);
  }

  @Test
  void pagingWithLimitAndContinueReturnsEveryMatchOnceAtOneRevision() {
    List<String> names = new java.util.ArrayList<>();
    java.util.Set<String> revisions = new java.util.HashSet<>();
    String token = null;
    int pages = 0;
    do {
      ConfigMapList page = client.configMaps().inNamespace(NS).withLabel("app")
          .list(new ListOptionsBuilder().withLimit(1L).withContinue(token).build());
      page.getItems().forEach(c -> names.add(c.getMetadata().getName()));
      revisions.add(page.getMetadata().getResourceVersion());
      token = page.getMetadata().getContinue();
      pages++;
    } while (token != null && !token.isEmpty());

    assertThat(names).containsExactly("a", "b", "c");
    assertThat(pages).isEqualTo(3);
    assertThat(revisions).hasSize(1);
  }

  @Test
  void selectorsApplyAcrossAllNamespaces() {
    for (String ns : List.of("default", "kube-system")) {
      client.configMaps().inNamespace(ns).resource(new ConfigMapBuilder().withNewMetadata()
          .withName("web-" + ns).addToLabels("app", "web").endMetadata().build()).create();
    }

    List<String> listed = client.configMaps().inAnyNamespace().withLabel("app", "web").list()
        .getItems().stream()
        .map(c -> c.getMetadata().getNamespace() + "/" + c.getMetadata().getName()).toList();

    assertThat(listed).containsExactlyInAnyOrder(
        "selectors/a", "selectors/b", "default/web-default", "kube-system/web-kube-system");
  }

  @Test
  void podsAreSelectableByPhaseAndNodeName() {
    client.pods().inNamespace(NS).resource(new PodBuilder().withNewMetadata().withName("p")
        .endMetadata().withNewSpec().addNewContainer().withName("c").withImage("nginx")
        .endContainer().endSpec().build()).create();

    assertThat(client.pods().inNamespace(NS).withField("status.phase", "Pending").list()
        .getItems()).extracting(p -> p.getMetadata().getName()).containsExactly("p");
    assertThat(client.pods().inNamespace(NS).withField("status.phase", "Running").list()
        .getItems()).isEmpty();
    assertThat(client.pods().inNamespace(NS).withField("spec.nodeName", "").list().getItems())
        .extracting(p -> p.getMetadata().getName()).containsExactly("p");
  }
}
