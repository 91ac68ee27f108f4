package io.kubesim.simulator.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kubesim.admission.GroupResource;
import io.kubesim.admission.ObjectMappers;
import io.kubesim.admission.cluster.KnownResources;
import io.kubesim.simulator.store.ObjectStore;
import io.kubesim.simulator.store.ObjectStores;
import io.kubesim.simulator.store.StoreKeys;
import io.kubesim.simulator.store.StoreOptions;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The cluster view decodes each stored object once yet always answers what the store holds now,
 * and hands every caller a tree of its own: a plugin that changes what it was given changes
 * nothing another lookup sees.
 */
class StoreClusterViewTest {

  static final GroupResource NAMESPACES = KnownResources.NAMESPACES;
  static final GroupResource PRIORITY_CLASSES = KnownResources.PRIORITY_CLASSES;

  private final ObjectStore store = ObjectStores.inMemory(StoreOptions.defaults());
  private final StoreClusterView view = new StoreClusterView(store);

  @AfterEach
  void close() {
    store.close();
  }

  static ObjectNode object(String name, String phase) {
    ObjectNode object = ObjectMappers.json().createObjectNode();
    object.putObject("metadata").put("name", name).putObject("labels").put("team", "a");
    object.putObject("status").put("phase", phase);
    return object;
  }

  void put(GroupResource resource, String name, String phase) {
    String key = StoreKeys.objectKey(resource.group(), resource.resource(), "", name);
    if (store.get(key).isPresent()) {
      store.update(key, 0, old -> object(name, phase));
    } else {
      store.create(key, object(name, phase));
    }
  }

  ObjectNode namespace(String name) {
    return view.get(NAMESPACES, "", name).orElseThrow();
  }

  /** Changes a plugin might make to a tree it was handed. */
  static Stream<Arguments> mutations() {
    return Stream.<Arguments>of(
        Arguments.of("sets a field", (BiConsumer<ObjectNode, String>) (tree, name) ->
            ((ObjectNode) tree.get("status")).put("phase", "Terminating")),
        Arguments.of("removes a subtree", (BiConsumer<ObjectNode, String>) (tree, name) ->
            ((ObjectNode) tree.get("metadata")).remove("labels")),
        Arguments.of("clears the object", (BiConsumer<ObjectNode, String>) (tree, name) ->
            tree.removeAll()));
  }

  @ParameterizedTest(name = "a plugin that {0} of a got object changes no later lookup")
  @MethodSource("mutations")
  void changingAGotTreeChangesNoLaterLookup(String change, BiConsumer<ObjectNode, String> plugin) {
    put(NAMESPACES, "web", "Active");
    ObjectNode pristine = namespace("web");

    plugin.accept(namespace("web"), "web");

    assertThat(namespace("web")).isEqualTo(pristine);
    assertThat(view.list(NAMESPACES, "")).containsExactly(pristine);
  }

  @ParameterizedTest(name = "a plugin that {0} of a listed object changes no later lookup")
  @MethodSource("mutations")
  void changingAListedTreeChangesNoLaterLookup(String change,
      BiConsumer<ObjectNode, String> plugin) {
    put(PRIORITY_CLASSES, "high", "Active");
    put(PRIORITY_CLASSES, "low", "Active");
    List<ObjectNode> pristine = view.list(PRIORITY_CLASSES, "");

    view.list(PRIORITY_CLASSES, "").forEach(tree -> plugin.accept(tree, ""));

    assertThat(view.list(PRIORITY_CLASSES, "")).isEqualTo(pristine);
    assertThat(view.get(PRIORITY_CLASSES, "", "high")).contains(pristine.get(0));
  }

  @Test
  void everyLookupAnswersWhatTheStoreHoldsNow() {
    put(NAMESPACES, "web", "Active");
    assertThat(namespace("web").at("/status/phase").asText()).isEqualTo("Active");

    put(NAMESPACES, "web", "Terminating");
    assertThat(namespace("web").at("/status/phase").asText()).isEqualTo("Terminating");
    assertThat(view.list(NAMESPACES, "")).extracting(ns -> ns.at("/status/phase").asText())
        .containsExactly("Terminating");

    store.delete(StoreKeys.objectKey("", "namespaces", "", "web"), 0);
    assertThat(view.get(NAMESPACES, "", "web")).isEmpty();
    assertThat(view.list(NAMESPACES, "")).isEmpty();
  }

  @Test
  void aLookupAnswersTheDecodedStoredObject() {
    put(NAMESPACES, "web", "Active");
    assertThat(namespace("web"))
        .isEqualTo(store.get(StoreKeys.objectKey("", "namespaces", "", "web")).orElseThrow()
            .object());
  }

  @Test
  void theViewKeepsABoundedNumberOfDecodedObjects() {
    int count = DecodedObjectCache.CAPACITY + 10;
    for (int i = 0; i < count; i++) {
      put(NAMESPACES, "ns-" + i, "Active");
    }
    assertThat(view.list(NAMESPACES, "")).hasSize(count);
    assertThat(view.cachedObjects()).isBetween(1, DecodedObjectCache.CAPACITY);
  }
}
