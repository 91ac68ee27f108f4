package io.kubesim.simulator.store;

import static io.kubesim.simulator.store.TestObjects.pod;
import static io.kubesim.simulator.store.TestObjects.podKey;
import static io.kubesim.simulator.store.TestObjects.withImage;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** An observer sees what the store holds when it registers, then every write, in order. */
class WriteObserverTest {

  @TempDir Path dir;

  static final String A = podKey("default", "a");
  static final String B = podKey("default", "b");

  /** Records what it is shown as {@code key image} lines ({@code key -} for a deletion). */
  static final class Recorder implements WriteObserver {
    final List<String> seen = new ArrayList<>();

    @Override
    public void written(String key, ObjectNode object) {
      seen.add(key + " " + (object == null ? "-" : TestObjects.image(object)));
    }

    @Override
    public void cleared() {
      seen.add("cleared");
    }
  }

  static List<StoreCase> cases() {
    return List.of(
        StoreCase.of(
            "registering shows every object already stored, in key order",
            store -> {
              store.create(B, pod("default", "b"));
              store.create(A, pod("default", "a"));
              Recorder recorder = new Recorder();
              store.observe(recorder);
              assertThat(recorder.seen).containsExactly(A + " nginx", B + " nginx");
            }),
        StoreCase.of(
            "creates, updates and deletes are shown as they are applied",
            store -> {
              Recorder recorder = new Recorder();
              store.observe(recorder);
              store.create(A, pod("default", "a"));
              store.update(A, 0, pod -> withImage(pod, "redis"));
              store.delete(A, 0);
              assertThat(recorder.seen).containsExactly(A + " nginx", A + " redis", A + " -");
            }),
        StoreCase.of(
            "an update that changes nothing shows nothing",
            store -> {
              store.create(A, pod("default", "a"));
              Recorder recorder = new Recorder();
              store.observe(recorder);
              store.update(A, 0, pod -> pod);
              assertThat(recorder.seen).containsExactly(A + " nginx");
            }),
        StoreCase.of(
            "clearing the store is shown once",
            store -> {
              store.create(A, pod("default", "a"));
              Recorder recorder = new Recorder();
              store.observe(recorder);
              store.clear();
              store.create(B, pod("default", "b"));
              assertThat(recorder.seen).containsExactly(A + " nginx", "cleared", B + " nginx");
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

  @Test
  void aReopenedFileStoreShowsWhatItHeldBeforeTheRestart() {
    try (var store = ObjectStores.fileBacked(dir, StoreOptions.defaults())) {
      store.create(A, pod("default", "a"));
      store.create(B, pod("default", "b"));
      store.delete(B, 0);
    }
    try (var store = ObjectStores.fileBacked(dir, StoreOptions.defaults())) {
      Recorder recorder = new Recorder();
      store.observe(recorder);
      assertThat(recorder.seen).containsExactly(A + " nginx");
    }
  }
}
