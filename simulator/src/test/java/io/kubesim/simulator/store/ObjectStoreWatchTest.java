package io.kubesim.simulator.store;

import static io.kubesim.simulator.store.RecordingListener.revisions;
import static io.kubesim.simulator.store.TestObjects.createPods;
import static io.kubesim.simulator.store.TestObjects.image;
import static io.kubesim.simulator.store.TestObjects.pod;
import static io.kubesim.simulator.store.TestObjects.podKey;
import static io.kubesim.simulator.store.TestObjects.resourceVersion;
import static io.kubesim.simulator.store.TestObjects.withImage;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.kubesim.simulator.store.WatchEvent.Type;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** What a watch delivers: replay, live events, filtering, event contents and compaction. */
class ObjectStoreWatchTest {

  static final String PODS = StoreKeys.resourcePrefix("", "pods");
  static final StoreOptions DEFAULTS = StoreOptions.defaults();
  static final StoreOptions FIVE_EVENTS = StoreOptions.defaults().withHistorySize(5);

  @TempDir Path dir;

  static List<StoreCase> cases() {
    return List.of(
        new StoreCase(
            "replays history after the given revision, then live events",
            DEFAULTS,
            store -> {
              createPods(store, 3);
              var listener = new RecordingListener();
              store.watch(PODS, 1, listener);
              createPods(store, "default", 3, 2);
              assertThat(revisions(listener.awaitEvents(4))).containsExactly(2L, 3L, 4L, 5L);
            }),
        new StoreCase(
            "from the current revision delivers only future events",
            DEFAULTS,
            store -> {
              createPods(store, 3);
              var listener = new RecordingListener();
              store.watch(PODS, store.currentRevision(), listener);
              store.create(podKey("default", "new"), pod("default", "new"));
              List<WatchEvent> events = listener.awaitEvents(1);
              assertThat(events)
                  .extracting(WatchEvent::type, WatchEvent::revision)
                  .containsExactly(tuple(Type.ADDED, 4L));
              assertThat(resourceVersion(events.get(0).object())).isEqualTo("4");
            }),
        new StoreCase(
            "delivers only keys under its prefix",
            DEFAULTS,
            store -> {
              var listener = new RecordingListener();
              store.watch(StoreKeys.namespacePrefix("", "pods", "a"), 0, listener);
              store.create(podKey("ab", "x"), pod("ab", "x"));
              store.create(podKey("a", "y"), pod("a", "y"));
              assertThat(listener.awaitEvents(1))
                  .extracting(WatchEvent::key)
                  .containsExactly(podKey("a", "y"));
            }),
        new StoreCase(
            "MODIFIED carries the new and the previous object",
            DEFAULTS,
            store -> {
              String key = podKey("default", "a");
              store.create(key, pod("default", "a"));
              var listener = new RecordingListener();
              store.watch(PODS, 1, listener);
              store.update(key, 1, pod -> withImage(pod, "redis"));
              WatchEvent event = listener.awaitEvents(1).get(0);
              assertThat(event.type()).isEqualTo(Type.MODIFIED);
              assertThat(image(event.object())).isEqualTo("redis");
              assertThat(resourceVersion(event.object())).isEqualTo("2");
              assertThat(image(event.prevObject())).isEqualTo("nginx");
              assertThat(resourceVersion(event.prevObject())).isEqualTo("1");
            }),
        new StoreCase(
            "DELETED carries the last state at the deletion revision",
            DEFAULTS,
            store -> {
              String key = podKey("default", "a");
              store.create(key, withImage(pod("default", "a"), "redis"));
              var listener = new RecordingListener();
              store.watch(PODS, 1, listener);
              store.delete(key, 0);
              WatchEvent event = listener.awaitEvents(1).get(0);
              assertThat(event.type()).isEqualTo(Type.DELETED);
              assertThat(event.revision()).isEqualTo(2);
              assertThat(resourceVersion(event.object())).isEqualTo("2");
              assertThat(image(event.object())).isEqualTo("redis");
              assertThat(resourceVersion(event.prevObject())).isEqualTo("1");
            }),
        new StoreCase(
            "fails with Expired once the revision is compacted",
            FIVE_EVENTS,
            store -> {
              createPods(store, 10);
              assertThatThrownBy(() -> store.watch(PODS, 2, new RecordingListener()))
                  .isInstanceOfSatisfying(
                      StoreException.Expired.class,
                      expired -> {
                        assertThat(expired.requested()).isEqualTo(2);
                        assertThat(expired.oldest()).isEqualTo(5);
                      })
                  .hasMessage("too old resource version: 2 (5)");
            }),
        new StoreCase(
            "resumes from the compacted revision itself",
            FIVE_EVENTS,
            store -> {
              createPods(store, 10);
              var listener = new RecordingListener();
              store.watch(PODS, 5, listener);
              assertThat(revisions(listener.awaitEvents(5))).containsExactly(6L, 7L, 8L, 9L, 10L);
            }),
        new StoreCase(
            "clear ends watches and only later revisions can be watched",
            DEFAULTS,
            store -> {
              createPods(store, 3);
              var listener = new RecordingListener();
              store.watch(PODS, 0, listener);
              store.clear();
              listener.awaitClosed();
              assertThat(listener.revisions()).containsExactly(1L, 2L, 3L);
              assertThatThrownBy(() -> store.watch(PODS, 2, new RecordingListener()))
                  .isInstanceOf(StoreException.Expired.class)
                  .hasMessage("too old resource version: 2 (3)");
              var after = new RecordingListener();
              store.watch(PODS, 3, after);
              store.create(podKey("default", "again"), pod("default", "again"));
              assertThat(revisions(after.awaitEvents(1))).containsExactly(4L);
            }));
  }

  static Stream<Arguments> storesAndCases() {
    return StoreCase.forBothStores(cases());
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("storesAndCases")
  void delivers(StoreFactory factory, StoreCase c) throws Exception {
    c.runIn(factory, dir);
  }
}
