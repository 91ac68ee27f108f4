package io.kubesim.simulator.controller;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kubesim.admission.IdSource;
import io.kubesim.admission.cluster.KnownResources;
import io.kubesim.admission.status.StatusException;
import io.kubesim.simulator.api.ResourceRegistry;
import io.kubesim.simulator.api.ResourceType;
import io.kubesim.simulator.pipeline.ResourceStore;
import io.kubesim.simulator.pipeline.SystemFields;
import io.kubesim.simulator.store.StoredObject;
import java.time.Clock;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * How namespace controllers read and write: the store addressed by resource, a check that a
 * namespace is still active, and creates with the fields the server owns. Controller writes skip
 * admission, as nothing a controller creates here would be changed or refused by it.
 */
final class ActiveNamespaces {

  private final ResourceRegistry registry;
  private final ResourceStore store;
  private final Clock clock;
  private final IdSource ids;

  ActiveNamespaces(ResourceRegistry registry, ResourceStore store, Clock clock, IdSource ids) {
    this.registry = registry;
    this.store = store;
    this.clock = clock;
    this.ids = ids;
  }

  /** True when {@code namespace} exists and is not terminating. */
  boolean isActive(String namespace) {
    return store.find(type(KnownResources.NAMESPACES.resource()), "", namespace)
        .map(ns -> "Active".equals(ns.object().path("status").path("phase").asText("")))
        .orElse(false);
  }

  /** The core/v1 type of {@code plural}. */
  ResourceType type(String plural) {
    return registry.find("", "v1", plural).orElseThrow();
  }

  Optional<StoredObject> find(ResourceType type, String namespace, String name) {
    return store.find(type, namespace, name);
  }

  /** Creates {@code object} unless something took the name meanwhile. */
  void createIfAbsent(ResourceType type, String namespace, String name, ObjectNode object) {
    SystemFields.prepareCreate(type, object, namespace, name, clock, ids);
    try {
      store.create(type, namespace, name, object);
    } catch (StatusException alreadyExists) {
      // created concurrently: the reconciler's goal is met
    }
  }

  /** Replaces the object with what {@code repair} makes of it. */
  void update(ResourceType type, String namespace, String name,
      UnaryOperator<ObjectNode> repair) {
    try {
      store.update(type, namespace, name, 0, repair);
    } catch (StatusException gone) {
      // deleted meanwhile: the deletion's own event brings the reconciler back
    }
  }
}
