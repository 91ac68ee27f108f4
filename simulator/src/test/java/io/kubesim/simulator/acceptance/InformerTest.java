package io.kubesim.simulator.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.informers.ResourceEventHandler;
import io.fabric8.kubernetes.client.informers.SharedIndexInformer;
import io.kubesim.simulator.KubeSimulator;
import io.kubesim.simulator.SimulatorOptions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * A fabric8 SharedIndexInformer (list at resourceVersion 0, then a WebSocket watch from the
 * list's revision) misses nothing of a concurrent burst of writes.
 */
class InformerTest {

  private static final String NS = "burst";
  private static final int WRITERS = 4;
  private static final int CREATES_PER_WRITER = 25;
  private static final int UPDATES_PER_WRITER = 15;
  private static final int DELETES_PER_WRITER = 10;

  /** Counts what the informer hands its handler. */
  static final class Counts implements ResourceEventHandler<ConfigMap> {
    final AtomicInteger adds = new AtomicInteger();
    final AtomicInteger updates = new AtomicInteger();
    final AtomicInteger deletes = new AtomicInteger();

    @Override
    public void onAdd(ConfigMap obj) {
      adds.incrementAndGet();
    }

    @Override
    public void onUpdate(ConfigMap oldObj, ConfigMap newObj) {
      updates.incrementAndGet();
    }

    @Override
    public void onDelete(ConfigMap obj, boolean deletedFinalStateUnknown) {
      deletes.incrementAndGet();
    }
  }

  @Test
  void anInformerSeesEveryEventOfABurstOfTwoHundredChanges() throws Exception {
    try (KubeSimulator sim = KubeSimulator.start(SimulatorOptions.builder().build());
        KubernetesClient client = Fabric8.clientFor(sim)) {
      client.namespaces().resource(new NamespaceBuilder().withNewMetadata().withName(NS)
          .endMetadata().build()).create();
      client.configMaps().inNamespace(NS).resource(configMap("pre-existing")).create();
      // with the root-CA bundle every namespace holds
      int existing = client.configMaps().inNamespace(NS).list().getItems().size();
      Counts counts = new Counts();
      SharedIndexInformer<ConfigMap> informer =
          client.configMaps().inNamespace(NS).inform(counts);
      try {
        informer.start().toCompletableFuture().get(10, TimeUnit.SECONDS);
        Eventually.until("the informer synced", informer::hasSynced);

        burst(client);

        int creates = WRITERS * CREATES_PER_WRITER;
        int updates = WRITERS * UPDATES_PER_WRITER;
        int deletes = WRITERS * DELETES_PER_WRITER;
        assertThat(creates + updates + deletes).isEqualTo(200);
        Eventually.until("the handler saw every event",
            () -> counts.adds.get() == existing + creates && counts.updates.get() == updates
                && counts.deletes.get() == deletes);
        Thread.sleep(300); // nothing more may follow
        assertThat(List.of(counts.adds.get(), counts.updates.get(), counts.deletes.get()))
            .containsExactly(existing + creates, updates, deletes);
        assertThat(versions(informer.getStore().list()))
            .isEqualTo(versions(client.configMaps().inNamespace(NS).list().getItems()))
            .hasSize(existing + creates - deletes);
      } finally {
        informer.close();
      }
    }
  }

  /** Concurrent writers, each creating, then updating, then deleting its own objects. */
  private static void burst(KubernetesClient client) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
    try {
      List<Future<?>> writers = new ArrayList<>();
      for (int w = 0; w < WRITERS; w++) {
        String prefix = "w" + w + "-";
        writers.add(pool.submit(() -> {
          var cms = client.configMaps().inNamespace(NS);
          for (int i = 0; i < CREATES_PER_WRITER; i++) {
            cms.resource(configMap(prefix + i)).create();
          }
          for (int i = 0; i < UPDATES_PER_WRITER; i++) {
            ConfigMap cm = cms.withName(prefix + i).get();
            cm.setData(Map.of("round", "2"));
            cms.resource(cm).update();
          }
          for (int i = 0; i < DELETES_PER_WRITER; i++) {
            cms.withName(prefix + (CREATES_PER_WRITER - 1 - i)).delete();
          }
          return null;
        }));
      }
      for (Future<?> writer : writers) {
        writer.get(60, TimeUnit.SECONDS);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static ConfigMap configMap(String name) {
    return new ConfigMapBuilder().withNewMetadata().withName(name).endMetadata()
        .addToData("round", "1").build();
  }

  private static Map<String, String> versions(List<ConfigMap> objects) {
    return objects.stream().collect(Collectors.toMap(c -> c.getMetadata().getName(),
        c -> c.getMetadata().getResourceVersion()));
  }
}
