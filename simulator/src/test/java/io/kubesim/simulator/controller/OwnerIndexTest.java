package io.kubesim.simulator.controller;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kubesim.admission.ObjectMappers;
import io.kubesim.simulator.store.ObjectStore;
import io.kubesim.simulator.store.ObjectStores;
import io.kubesim.simulator.store.StoreKeys;
import io.kubesim.simulator.store.StoreOptions;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The owner index always names exactly the stored objects whose ownerReferences name an owner. */
class OwnerIndexTest {

  @TempDir Path dir;

  static String key(String name) {
    return StoreKeys.objectKey("", "configmaps", "default", name);
  }

  static ObjectNode ownedBy(String name, String... ownerUids) {
    ObjectNode object = ObjectMappers.json().createObjectNode();
    ObjectNode meta = object.putObject("metadata").put("name", name).put("namespace", "default");
    if (ownerUids.length > 0) {
      ArrayNode refs = meta.putArray("ownerReferences");
      for (String uid : ownerUids) {
        refs.addObject().put("kind", "ConfigMap").put("name", "owner").put("uid", uid);
      }
    }
    return object;
  }

  interface Writes {
    void apply(ObjectStore store);
  }

  static Stream<Arguments> histories() {
    return Stream.of(
        Arguments.of("a create with owners indexes it under each",
            (Writes) store -> store.create(key("a"), ownedBy("a", "u1", "u2")),
            Map.of("u1", List.of(key("a")), "u2", List.of(key("a")))),
        Arguments.of("dependents of one owner come in key order",
            (Writes) store -> {
              store.create(key("b"), ownedBy("b", "u1"));
              store.create(key("a"), ownedBy("a", "u1"));
            },
            Map.of("u1", List.of(key("a"), key("b")))),
        Arguments.of("an update that adds an owner indexes it",
            (Writes) store -> {
              store.create(key("a"), ownedBy("a"));
              store.update(key("a"), 0, old -> ownedBy("a", "u1"));
            },
            Map.of("u1", List.of(key("a")))),
        Arguments.of("an update that moves it to another owner moves it",
            (Writes) store -> {
              store.create(key("a"), ownedBy("a", "u1"));
              store.update(key("a"), 0, old -> ownedBy("a", "u2"));
            },
            Map.of("u1", List.of(), "u2", List.of(key("a")))),
        Arguments.of("an update that releases it unindexes it",
            (Writes) store -> {
              store.create(key("a"), ownedBy("a", "u1"));
              store.update(key("a"), 0, old -> ownedBy("a"));
            },
            Map.of("u1", List.of())),
        Arguments.of("a delete unindexes it",
            (Writes) store -> {
              store.create(key("a"), ownedBy("a", "u1"));
              store.create(key("b"), ownedBy("b", "u1"));
              store.delete(key("a"), 0);
            },
            Map.of("u1", List.of(key("b")))),
        Arguments.of("clearing the store empties it",
            (Writes) store -> {
              store.create(key("a"), ownedBy("a", "u1"));
              store.clear();
            },
            Map.of("u1", List.of())));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("histories")
  void namesTheCurrentDependentsOfEachOwner(String name, Writes writes,
      Map<String, List<String>> expected) {
    try (ObjectStore store = ObjectStores.inMemory(StoreOptions.defaults())) {
      OwnerIndex index = OwnerIndex.of(store);
      writes.apply(store);
      expected.forEach((uid, keys) -> assertThat(index.dependentsOf(uid)).as(uid)
          .isEqualTo(keys));
    }
  }

  @Test
  void anIndexOfAReopenedFileStoreNamesWhatItHeldBeforeTheRestart() {
    try (ObjectStore store = ObjectStores.fileBacked(dir, StoreOptions.defaults())) {
      store.create(key("a"), ownedBy("a", "u1"));
      store.create(key("b"), ownedBy("b", "u1"));
      store.create(key("c"), ownedBy("c"));
      store.delete(key("b"), 0);
    }
    try (ObjectStore store = ObjectStores.fileBacked(dir, StoreOptions.defaults())) {
      assertThat(OwnerIndex.of(store).dependentsOf("u1")).containsExactly(key("a"));
    }
  }
}
