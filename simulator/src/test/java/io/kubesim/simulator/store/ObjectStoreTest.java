package io.kubesim.simulator.store;

import static io.kubesim.simulator.store.TestObjects.image;
import static io.kubesim.simulator.store.TestObjects.pod;
import static io.kubesim.simulator.store.TestObjects.podKey;
import static io.kubesim.simulator.store.TestObjects.resourceVersion;
import static io.kubesim.simulator.store.TestObjects.withImage;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Create, get, list, update, delete and clear behave alike in both store implementations. */
class ObjectStoreTest {

  @TempDir Path dir;

  static final String A = podKey("default", "a");
  static final String B = podKey("default", "b");

  static List<StoreCase> cases() {
    return List.of(
        StoreCase.of(
            "create stamps the next revision as resourceVersion",
            store -> {
              StoredObject created = store.create(A, pod("default", "a"));
              assertThat(created.modRevision()).isEqualTo(1);
              assertThat(resourceVersion(created.object())).isEqualTo("1");
              assertThat(store.get(A).orElseThrow()).isEqualTo(created);
              assertThat(store.currentRevision()).isEqualTo(1);
            }),
        StoreCase.of(
            "create leaves the caller's object untouched",
            store -> {
              var mine = pod("default", "a");
              store.create(A, mine);
              assertThat(resourceVersion(mine)).isNull();
            }),
        StoreCase.of(
            "create on a taken key fails with AlreadyExists and writes nothing",
            store -> {
              store.create(A, pod("default", "a"));
              assertThatThrownBy(() -> store.create(A, withImage(pod("default", "a"), "redis")))
                  .isInstanceOf(StoreException.AlreadyExists.class)
                  .hasMessage("key exists: " + A);
              assertThat(image(store.get(A).orElseThrow().object())).isEqualTo("nginx");
              assertThat(store.currentRevision()).isEqualTo(1);
            }),
        StoreCase.of("get of a missing key is empty", store -> assertThat(store.get(A)).isEmpty()),
        StoreCase.of(
            "list returns the objects under a prefix in key order at the read revision",
            store -> {
              store.create(B, pod("default", "b"));
              store.create(A, pod("default", "a"));
              store.create(podKey("other", "c"), pod("other", "c"));
              StoreList list = store.list(StoreKeys.namespacePrefix("", "pods", "default"));
              assertThat(list.items()).extracting(StoredObject::key).containsExactly(A, B);
              assertThat(list.items())
                  .extracting(StoredObject::modRevision)
                  .containsExactly(2L, 1L);
              assertThat(list.revision()).isEqualTo(3);
              assertThat(store.list(StoreKeys.resourcePrefix("", "pods")).items()).hasSize(3);
            }),
        StoreCase.of(
            "a namespace prefix does not match a longer namespace",
            store -> {
              store.create(podKey("a", "x"), pod("a", "x"));
              store.create(podKey("ab", "y"), pod("ab", "y"));
              assertThat(store.list(StoreKeys.namespacePrefix("", "pods", "a")).items())
                  .extracting(StoredObject::key)
                  .containsExactly("/core/pods/a/x");
            }),
        StoreCase.of(
            "a resource prefix does not match a longer resource name",
            store -> {
              store.create(StoreKeys.objectKey("", "pods", "a", "x"), pod("a", "x"));
              store.create(StoreKeys.objectKey("", "podsx", "a", "y"), pod("a", "y"));
              assertThat(store.list(StoreKeys.resourcePrefix("", "pods")).items())
                  .extracting(StoredObject::key)
                  .containsExactly("/core/pods/a/x");
            }),
        StoreCase.of(
            "update applies the mutation and stamps a new revision",
            store -> {
              store.create(A, pod("default", "a"));
              StoredObject updated = store.update(A, 1, pod -> withImage(pod, "redis"));
              assertThat(updated.modRevision()).isEqualTo(2);
              assertThat(resourceVersion(updated.object())).isEqualTo("2");
              assertThat(image(store.get(A).orElseThrow().object())).isEqualTo("redis");
            }),
        StoreCase.of(
            "update with a stale revision fails with Conflict naming both",
            store -> {
              store.create(A, pod("default", "a"));
              store.update(A, 0, pod -> withImage(pod, "redis"));
              assertThatThrownBy(() -> store.update(A, 1, pod -> withImage(pod, "busybox")))
                  .isInstanceOfSatisfying(
                      StoreException.Conflict.class,
                      conflict -> {
                        assertThat(conflict.expected()).isEqualTo(1);
                        assertThat(conflict.actual()).isEqualTo(2);
                        assertThat(conflict.key()).isEqualTo(A);
                      });
              assertThat(image(store.get(A).orElseThrow().object())).isEqualTo("redis");
            }),
        StoreCase.of(
            "update with expected revision 0 is unconditional",
            store -> {
              store.create(A, pod("default", "a"));
              store.create(B, pod("default", "b"));
              assertThat(store.update(A, 0, pod -> withImage(pod, "redis")).modRevision())
                  .isEqualTo(3);
            }),
        StoreCase.of(
            "update of a missing key fails with NotFound",
            store ->
                assertThatThrownBy(() -> store.update(A, 0, pod -> pod))
                    .isInstanceOf(StoreException.NotFound.class)
                    .hasMessage("key not found: " + A)),
        StoreCase.of(
            "update whose mutation throws changes nothing",
            store -> {
              store.create(A, pod("default", "a"));
              assertThatThrownBy(
                      () ->
                          store.update(
                              A,
                              0,
                              pod -> {
                                throw new IllegalStateException("no");
                              }))
                  .hasMessage("no");
              assertThat(store.currentRevision()).isEqualTo(1);
              assertThat(store.get(A).orElseThrow().modRevision()).isEqualTo(1);
            }),
        StoreCase.of(
            "update that changes nothing keeps the revision",
            store -> {
              store.create(A, pod("default", "a"));
              StoredObject same = store.update(A, 1, pod -> pod);
              assertThat(same.modRevision()).isEqualTo(1);
              assertThat(resourceVersion(same.object())).isEqualTo("1");
              assertThat(store.currentRevision()).isEqualTo(1);
            }),
        StoreCase.of(
            "delete returns the last state stamped with the deletion revision",
            store -> {
              store.create(A, withImage(pod("default", "a"), "redis"));
              StoredObject deleted = store.delete(A, 1);
              assertThat(deleted.modRevision()).isEqualTo(2);
              assertThat(resourceVersion(deleted.object())).isEqualTo("2");
              assertThat(image(deleted.object())).isEqualTo("redis");
              assertThat(store.get(A)).isEmpty();
              assertThat(store.currentRevision()).isEqualTo(2);
            }),
        StoreCase.of(
            "delete of a missing key fails with NotFound",
            store ->
                assertThatThrownBy(() -> store.delete(A, 0))
                    .isInstanceOf(StoreException.NotFound.class)),
        StoreCase.of(
            "delete with a stale revision fails with Conflict and keeps the object",
            store -> {
              store.create(A, pod("default", "a"));
              store.update(A, 0, pod -> withImage(pod, "redis"));
              assertThatThrownBy(() -> store.delete(A, 1))
                  .isInstanceOf(StoreException.Conflict.class)
                  .hasMessage("revision conflict on " + A + ": expected 1, found 2");
              assertThat(store.get(A)).isPresent();
            }),
        StoreCase.of(
            "every write takes the next revision and failed writes take none",
            store -> {
              long[] revisions = {
                store.create(A, pod("default", "a")).modRevision(),
                store.create(B, pod("default", "b")).modRevision(),
                store.update(A, 0, pod -> withImage(pod, "redis")).modRevision(),
                store.delete(B, 0).modRevision(),
                store.create(B, pod("default", "b")).modRevision()
              };
              assertThatThrownBy(() -> store.create(A, pod("default", "a")));
              assertThat(revisions).containsExactly(1, 2, 3, 4, 5);
              assertThat(store.currentRevision()).isEqualTo(5);
            }),
        StoreCase.of(
            "clear removes every object and the revision carries on",
            store -> {
              store.create(A, pod("default", "a"));
              store.create(B, pod("default", "b"));
              store.clear();
              assertThat(store.list("/").items()).isEmpty();
              assertThat(store.get(A)).isEmpty();
              assertThat(store.currentRevision()).isEqualTo(2);
              assertThat(store.create(A, pod("default", "a")).modRevision()).isEqualTo(3);
            }),
        StoreCase.of(
            "a closed store refuses further calls",
            store -> {
              store.close();
              assertThatThrownBy(() -> store.get(A)).isInstanceOf(IllegalStateException.class);
              assertThatThrownBy(() -> store.create(A, pod("default", "a")))
                  .isInstanceOf(IllegalStateException.class);
            }));
  }

  static Stream<Arguments> storesAndCases() {
    return StoreCase.forBothStores(cases());
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("storesAndCases")
  void behaves(StoreFactory factory, StoreCase c) throws Exception {
    c.runIn(factory, dir);
  }
}
