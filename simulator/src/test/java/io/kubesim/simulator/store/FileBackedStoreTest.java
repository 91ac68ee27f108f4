package io.kubesim.simulator.store;

import static io.kubesim.simulator.store.TestObjects.image;
import static io.kubesim.simulator.store.TestObjects.pod;
import static io.kubesim.simulator.store.TestObjects.podKey;
import static io.kubesim.simulator.store.TestObjects.withImage;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What only the file-backed store promises: durability across reopen, and group commit. */
class FileBackedStoreTest {

  static final String PODS = StoreKeys.resourcePrefix("", "pods");

  @TempDir Path dir;

  @Test
  void reopeningRestoresEveryObjectAndTheRevision() {
    try (var store = ObjectStores.fileBacked(dir, StoreOptions.defaults())) {
      store.create(podKey("default", "a"), pod("default", "a"));
      store.create(podKey("default", "b"), pod("default", "b"));
      store.update(podKey("default", "a"), 1, pod -> withImage(pod, "redis"));
      store.delete(podKey("default", "b"), 0);
    }
    try (var store = ObjectStores.fileBacked(dir, StoreOptions.defaults())) {
      assertThat(store.currentRevision()).isEqualTo(4);
      StoreList pods = store.list(PODS);
      assertThat(pods.items())
          .extracting(StoredObject::key)
          .containsExactly("/core/pods/default/a");
      assertThat(pods.items().get(0).modRevision()).isEqualTo(3);
      assertThat(image(pods.items().get(0).object())).isEqualTo("redis");
      assertThat(store.create(podKey("default", "c"), pod("default", "c")).modRevision())
          .isEqualTo(5);
    }
  }

  @Test
  void clearingIsDurableAndKeepsTheRevision() {
    try (var store = ObjectStores.fileBacked(dir, StoreOptions.defaults())) {
      store.create(podKey("default", "a"), pod("default", "a"));
      store.clear();
    }
    try (var store = ObjectStores.fileBacked(dir, StoreOptions.defaults())) {
      assertThat(store.list("/").items()).isEmpty();
      assertThat(store.currentRevision()).isEqualTo(1);
    }
  }

  @Test
  void afterReopeningWatchesResumeOnlyFromTheCurrentRevision() throws Exception {
    try (var store = ObjectStores.fileBacked(dir, StoreOptions.defaults())) {
      store.create(podKey("default", "a"), pod("default", "a"));
      store.create(podKey("default", "b"), pod("default", "b"));
    }
    try (var store = ObjectStores.fileBacked(dir, StoreOptions.defaults())) {
      assertThatThrownBy(() -> store.watch(PODS, 1, new RecordingListener()))
          .hasMessage("too old resource version: 1 (2)");
      var listener = new RecordingListener();
      store.watch(PODS, 2, listener);
      store.create(podKey("default", "c"), pod("default", "c"));
      assertThat(listener.awaitEvents(1).get(0).revision()).isEqualTo(3);
    }
  }

  @Test
  void concurrentWritersShareCommits() throws Exception {
    int writers = 8;
    int writesEach = 25;
    ExecutorService pool = Executors.newFixedThreadPool(writers);
    try (var store = ObjectStores.fileBacked(dir, StoreOptions.defaults())) {
      List<Future<?>> done = new ArrayList<>();
      for (int w = 0; w < writers; w++) {
        String namespace = "ns" + w;
        done.add(
            pool.submit(
                () -> {
                  for (int i = 0; i < writesEach; i++) {
                    store.create(podKey(namespace, "pod-" + i), pod(namespace, "pod-" + i));
                  }
                }));
      }
      for (Future<?> writer : done) {
        writer.get();
      }
      int writes = writers * writesEach;
      assertThat(store.currentRevision()).isEqualTo(writes);
      assertThat(store.commits()).isPositive().isLessThan(writes / 4);
    } finally {
      pool.shutdownNow();
    }
    try (var store = ObjectStores.fileBacked(dir, StoreOptions.defaults())) {
      assertThat(store.list(PODS).items()).hasSize(writers * writesEach);
    }
  }

  @Test
  void aSingleWriterCommitsEveryWrite() {
    try (var store = ObjectStores.fileBacked(dir, StoreOptions.defaults())) {
      for (int i = 0; i < 5; i++) {
        store.create(podKey("default", "pod-" + i), pod("default", "pod-" + i));
      }
      assertThat(store.commits()).isEqualTo(5);
    }
  }
}
