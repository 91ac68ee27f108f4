package io.kubesim.simulator.pipeline;

import io.kubesim.admission.AdmissionChain;
import io.kubesim.admission.IdSource;
import io.kubesim.simulator.api.ResourceRegistry;
import io.kubesim.simulator.strategy.StorageHooks;
import java.time.Clock;

/**
 * What every pipeline operation shares: the registry, the store, the admission chain, and the
 * injectable clock and id source that make runs deterministic in tests.
 *
 * @param registry the served resource types
 * @param store the storage stage's store
 * @param admission the admission chain (mutating then validating)
 * @param clock the source of timestamps
 * @param ids the source of UIDs and generated name suffixes
 * @param reactions what the API waits for after a create (controllers filling a new namespace)
 * @param hooks what the registry does to objects before storing them (cluster IPs, selectors)
 */
public record WriteContext(
    ResourceRegistry registry,
    ResourceStore store,
    AdmissionChain admission,
    Clock clock,
    IdSource ids,
    WriteReactions reactions,
    StorageHooks hooks) {

  /** A context with kube-apiserver 1.33's storage hooks over {@code store}. */
  public WriteContext(ResourceRegistry registry, ResourceStore store, AdmissionChain admission,
      Clock clock, IdSource ids, WriteReactions reactions) {
    this(registry, store, admission, clock, ids, reactions,
        StorageHooks.kubernetes133(store.store()));
  }

  /** A context whose writes no controller reacts to. */
  public WriteContext(ResourceRegistry registry, ResourceStore store, AdmissionChain admission,
      Clock clock, IdSource ids) {
    this(registry, store, admission, clock, ids, WriteReactions.none());
  }
}
