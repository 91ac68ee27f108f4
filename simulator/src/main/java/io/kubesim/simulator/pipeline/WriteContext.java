package io.kubesim.simulator.pipeline;

import io.kubesim.admission.AdmissionChain;
import io.kubesim.admission.IdSource;
import io.kubesim.simulator.api.ResourceRegistry;
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
 */
public record WriteContext(
    ResourceRegistry registry,
    ResourceStore store,
    AdmissionChain admission,
    Clock clock,
    IdSource ids,
    WriteReactions reactions) {

  /** A context whose writes no controller reacts to. */
  public WriteContext(ResourceRegistry registry, ResourceStore store, AdmissionChain admission,
      Clock clock, IdSource ids) {
    this(registry, store, admission, clock, ids, WriteReactions.none());
  }
}
