package io.kubesim.simulator.store;

import static io.kubesim.simulator.store.RecordingListener.revisions;
import static io.kubesim.simulator.store.TestObjects.createPods;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * How watches are delivered under load and misbehaviour: concurrent writers, blocked, throwing or
 * lagging listeners, and watches ending.
 */
class WatchDeliveryTest {

  static final String PODS = StoreKeys.resourcePrefix("", "pods");

  @TempDir Path dir;

  static List<StoreCase> cases() {
    return List.of(
        StoreCase.of(
            "concurrent writers: each watch sees every revision once, in order",
            store -> {
              var fromStart = new RecordingListener();
              store.watch(PODS, 0, fromStart);
              Thread[] writers = new Thread[4];
              for (int w = 0; w < writers.length; w++) {
                String namespace = "ns" + w;
                writers[w] = new Thread(() -> createPods(store, namespace, 0, 500));
                writers[w].start();
              }
              while (store.currentRevision() < 300
                  && Arrays.stream(writers).allMatch(Thread::isAlive)) {
                Thread.onSpinWait();
              }
              long midwayStart = store.currentRevision();
              var midway = new RecordingListener();
              store.watch(PODS, midwayStart, midway);
              for (Thread writer : writers) {
                writer.join();
              }
              assertThat(revisions(fromStart.awaitEvents(2000))).isEqualTo(revisionsUpTo(2000));
              List<Long> midwaySaw = revisions(midway.awaitEvents((int) (2000 - midwayStart)));
              assertThat(midwaySaw).isEqualTo(revisionsUpTo(2000).subList((int) midwayStart, 2000));
            }),
        StoreCase.of(
            "a blocked listener holds up neither writes nor other watches",
            store -> {
              var release = new CountDownLatch(1);
              var blocked = blockedUntil(release);
              var other = new RecordingListener();
              store.watch(PODS, 0, blocked);
              store.watch(PODS, 0, other);
              createPods(store, 20);
              assertThat(revisions(other.awaitEvents(20))).isEqualTo(revisionsUpTo(20));
              assertThat(blocked.events()).isEmpty();
              release.countDown();
              assertThat(revisions(blocked.awaitEvents(20))).isEqualTo(revisionsUpTo(20));
            }),
        StoreCase.of(
            "a throwing listener ends only its own watch",
            store -> {
              var throwing =
                  new RecordingListener() {
                    @Override
                    public void onEvent(WatchEvent event) {
                      super.onEvent(event);
                      throw new IllegalStateException("listener bug");
                    }
                  };
              var other = new RecordingListener();
              store.watch(PODS, 0, throwing);
              store.watch(PODS, 0, other);
              createPods(store, 5);
              throwing.awaitClosed();
              assertThat(throwing.revisions()).containsExactly(1L);
              assertThat(revisions(other.awaitEvents(5))).isEqualTo(revisionsUpTo(5));
              assertThat(other.isClosed()).isFalse();
            }),
        new StoreCase(
            "a watch that falls too far behind ends after the events it holds, without gaps",
            new StoreOptions(1, 2),
            store -> {
              var release = new CountDownLatch(1);
              var lagging = blockedUntil(release);
              store.watch(PODS, 0, lagging);
              createPods(store, 10);
              release.countDown();
              lagging.awaitClosed();
              List<Long> seen = lagging.revisions();
              assertThat(seen).isNotEmpty().hasSizeLessThan(10);
              assertThat(seen).isEqualTo(revisionsUpTo(seen.size()));
            }),
        StoreCase.of(
            "a watch closed by its client receives nothing more and is not told so",
            store -> {
              var closed = new RecordingListener();
              var open = new RecordingListener();
              store.watch(PODS, 0, closed).close();
              store.watch(PODS, 0, open);
              createPods(store, 3);
              open.awaitEvents(3);
              assertThat(closed.events()).isEmpty();
              assertThat(closed.isClosed()).isFalse();
            }),
        StoreCase.of(
            "closing the store ends its watches",
            store -> {
              var listener = new RecordingListener();
              store.watch(PODS, 0, listener);
              store.close();
              listener.awaitClosed();
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

  static List<Long> revisionsUpTo(long last) {
    return LongStream.rangeClosed(1, last).boxed().toList();
  }

  /** A listener that records each event only once the latch opens. */
  static RecordingListener blockedUntil(CountDownLatch release) {
    return new RecordingListener() {
      @Override
      public void onEvent(WatchEvent event) {
        while (release.getCount() > 0) {
          try {
            release.await();
          } catch (InterruptedException e) {
            // keep blocking: the test decides when to release
          }
        }
        super.onEvent(event);
      }
    };
  }
}
