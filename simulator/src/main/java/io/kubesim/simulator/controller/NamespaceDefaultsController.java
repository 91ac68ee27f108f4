package io.kubesim.simulator.controller;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kubesim.admission.IdSource;
import io.kubesim.admission.cluster.KnownResources;
import io.kubesim.simulator.api.ResourceRegistry;
import io.kubesim.simulator.api.ResourceType;
import io.kubesim.simulator.pipeline.ResourceStore;
import io.kubesim.simulator.pipeline.WriteReactions;
import io.kubesim.simulator.store.ObjectStore;
import io.kubesim.simulator.store.StoreKeys;
import io.kubesim.simulator.store.StoreList;
import io.kubesim.simulator.store.StoreWatch;
import io.kubesim.simulator.store.StoredObject;
import io.kubesim.simulator.store.WatchEvent;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The kube-controller-manager controllers that fill every namespace: the service-account
 * controller ({@code default} account) and the root-CA publisher ({@code kube-root-ca.crt}).
 *
 * <p>Like upstream's informers it lists namespaces, then watches them from the list's revision,
 * and also watches the objects it keeps so that a deleted one comes back. It works on the
 * controllers' executor. Unlike upstream, a namespace create waits for it ({@link #awaitFor}):
 * the namespace is filled by the time the API answers.
 */
public final class NamespaceDefaultsController implements WriteReactions {

  private static final Logger LOG = LoggerFactory.getLogger(NamespaceDefaultsController.class);
  private static final Duration REACTION_TIMEOUT = Duration.ofSeconds(10);
  private static final String NAMESPACES = StoreKeys.resourcePrefix("", "namespaces");

  private final ObjectStore store;
  private final ExecutorService executor;
  private final List<NamespaceReconciler> reconcilers;
  private final Object startLock = new Object();
  private final List<StoreWatch> watches = new ArrayList<>(); // guarded by startLock
  private long handledRevision; // guarded by this

  public NamespaceDefaultsController(ResourceRegistry registry, ResourceStore resources,
      Clock clock, IdSource ids, ExecutorService executor) {
    this.store = resources.store();
    this.executor = executor;
    ActiveNamespaces namespaces = new ActiveNamespaces(registry, resources, clock, ids);
    this.reconcilers = List.of(new DefaultServiceAccount(namespaces),
        new RootCaPublisher(namespaces));
  }

  /**
   * Fills every namespace that exists now, then follows changes. Call again after the store was
   * cleared: clearing ends its watches.
   */
  public void start() {
    // not under this object's monitor: queued events take it in handled() while we wait
    synchronized (startLock) {
      watches.forEach(StoreWatch::close);
      watches.clear();
      StoreList existing = store.list(NAMESPACES);
      runAndWait(() -> existing.items().forEach(ns -> reconcileAll(nameOf(ns.object()))));
      handled(existing.revision());
      watches.add(store.watch(NAMESPACES, existing.revision(),
          event -> executor.execute(() -> onNamespace(event))));
      for (NamespaceReconciler reconciler : reconcilers) {
        String prefix = StoreKeys.resourcePrefix(reconciler.resource().group(),
            reconciler.resource().resource());
        watches.add(store.watch(prefix, existing.revision(),
            event -> executor.execute(() -> onOwnedObject(reconciler, event))));
      }
    }
  }

  @Override
  public void awaitFor(ResourceType type, StoredObject written) {
    if (!type.groupResource().equals(KnownResources.NAMESPACES)) {
      return;
    }
    long deadline = System.nanoTime() + REACTION_TIMEOUT.toNanos();
    synchronized (this) {
      try {
        while (handledRevision < written.modRevision()) {
          long left = deadline - System.nanoTime();
          if (left <= 0) {
            LOG.warn("namespace {} is not filled after {}; answering anyway",
                written.key(), REACTION_TIMEOUT);
            return;
          }
          wait(Math.max(1, left / 1_000_000));
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  private void onNamespace(WatchEvent event) {
    try {
      if (event.type() != WatchEvent.Type.DELETED) {
        reconcileAll(nameOf(event.object()));
      }
    } catch (RuntimeException e) {
      LOG.warn("filling namespace {} failed", nameOf(event.object()), e);
    } finally {
      handled(event.revision());
    }
  }

  private void onOwnedObject(NamespaceReconciler reconciler, WatchEvent event) {
    ObjectNode object = event.object();
    if (event.type() == WatchEvent.Type.ADDED || !reconciler.objectName().equals(nameOf(object))) {
      return;
    }
    try {
      reconciler.reconcile(object.path("metadata").path("namespace").asText(""));
    } catch (RuntimeException e) {
      LOG.warn("repairing {} failed", event.key(), e);
    }
  }

  private void reconcileAll(String namespace) {
    reconcilers.forEach(r -> r.reconcile(namespace));
  }

  private synchronized void handled(long revision) {
    handledRevision = Math.max(handledRevision, revision);
    notifyAll();
  }

  private void runAndWait(Runnable task) {
    Future<?> done = executor.submit(task);
    try {
      done.get();
    } catch (ExecutionException e) {
      LOG.warn("filling the existing namespaces failed", e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static String nameOf(ObjectNode object) {
    return object.path("metadata").path("name").asText("");
  }
}
