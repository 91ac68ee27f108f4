package io.kubesim.simulator.store;

import static io.kubesim.simulator.store.TestObjects.pod;
import static io.kubesim.simulator.store.TestObjects.podKey;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Reads racing with writes see whole writes only: a list read at revision r of a store that only
 * ever had creates holds exactly the r objects created up to r, and a get sees every object whose
 * create has returned.
 */
class ConcurrentReadTest {

  static final int WRITERS = 2;
  static final int CREATES_PER_WRITER = 1500;

  @TempDir Path dir;

  @ParameterizedTest(name = "{0}")
  @MethodSource("io.kubesim.simulator.store.StoreFactory#both")
  void readsRacingWithCreatesSeeWholeWritesOnly(StoreFactory factory) throws Exception {
    ExecutorService threads = Executors.newFixedThreadPool(WRITERS + 2);
    try (ObjectStore store = factory.open(dir, StoreOptions.defaults())) {
      AtomicBoolean writing = new AtomicBoolean(true);
      AtomicInteger createdInFirst = new AtomicInteger();
      // writers wait for both readers, so reads race with writes even on a busy machine
      CountDownLatch readersStarted = new CountDownLatch(2);
      List<Future<?>> writers = new ArrayList<>();
      for (int w = 0; w < WRITERS; w++) {
        String namespace = "ns-" + w;
        boolean first = w == 0;
        writers.add(threads.submit(() -> {
          readersStarted.await();
          for (int i = 0; i < CREATES_PER_WRITER; i++) {
            store.create(podKey(namespace, "pod-" + i), pod(namespace, "pod-" + i));
            if (first) {
              createdInFirst.set(i + 1);
            }
          }
          return null;
        }));
      }
      Callable<Integer> lister = () -> {
        int reads = 0;
        readersStarted.countDown();
        do {
          EncodedList list = store.listEncoded("/");
          assertThat(list.items()).as("objects at revision %d", list.revision())
              .hasSize((int) list.revision());
          reads++;
        } while (writing.get());
        return reads;
      };
      Callable<Integer> getter = () -> {
        int reads = 0;
        readersStarted.countDown();
        do {
          int i = createdInFirst.get() - 1;
          if (i >= 0) { // its create has returned, so every read must see it
            assertThat(store.get(podKey("ns-0", "pod-" + i))).as("pod-%d", i).isPresent();
          }
          reads++;
        } while (writing.get());
        return reads;
      };
      Future<Integer> lists = threads.submit(lister);
      Future<Integer> gets = threads.submit(getter);
      for (Future<?> writer : writers) {
        writer.get();
      }
      writing.set(false);
      assertThat(lists.get()).isPositive();
      assertThat(gets.get()).isPositive();
      assertThat(store.listEncoded("/").items()).hasSize(WRITERS * CREATES_PER_WRITER);
    } finally {
      threads.shutdownNow();
    }
  }
}
