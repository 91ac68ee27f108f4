package io.kubesim.simulator.pipeline;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kubesim.admission.status.StatusErrors;
import io.kubesim.simulator.api.ResourceType;
import io.kubesim.simulator.store.EncodedList;
import io.kubesim.simulator.store.EncodedObject;
import io.kubesim.simulator.store.ObjectStore;
import io.kubesim.simulator.store.StoreException;
import io.kubesim.simulator.store.StoreKeys;
import io.kubesim.simulator.store.StoreList;
import io.kubesim.simulator.store.StoredObject;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The storage stage's view of the {@link ObjectStore}: addresses objects by resource type,
 * namespace and name, and turns the store's typed errors into upstream's Status errors
 * ({@code configmaps "x" not found}, {@code ... already exists}, optimistic-lock conflicts).
 */
public final class ResourceStore {

  private final ObjectStore store;

  public ResourceStore(ObjectStore store) {
    this.store = store;
  }

  /** The underlying store. */
  public ObjectStore store() {
    return store;
  }

  /** The store key of one object. */
  public static String key(ResourceType type, String namespace, String name) {
    return StoreKeys.objectKey(type.group(), type.plural(), type.namespaced() ? namespace : "",
        name);
  }

  /** The key prefix of a resource in one namespace, or in all namespaces when empty. */
  public static String prefix(ResourceType type, String namespace) {
    return type.namespaced() && !namespace.isEmpty()
        ? StoreKeys.namespacePrefix(type.group(), type.plural(), namespace)
        : StoreKeys.resourcePrefix(type.group(), type.plural());
  }

  /** The object, if stored. */
  public Optional<StoredObject> find(ResourceType type, String namespace, String name) {
    return store.get(key(type, namespace, name));
  }

  /** The object, or 404 NotFound. */
  public StoredObject get(ResourceType type, String namespace, String name) {
    return find(type, namespace, name)
        .orElseThrow(() -> StatusErrors.notFound(type.groupResource(), name));
  }

  /** The object's stored JSON, not decoded, or 404 NotFound. */
  public EncodedObject getEncoded(ResourceType type, String namespace, String name) {
    return store.getEncoded(key(type, namespace, name))
        .orElseThrow(() -> StatusErrors.notFound(type.groupResource(), name));
  }

  /** Every object of the type in the namespace (all namespaces when empty). */
  public StoreList list(ResourceType type, String namespace) {
    return store.list(prefix(type, namespace));
  }

  /** {@link #list} as stored JSON, not decoded. */
  public EncodedList listEncoded(ResourceType type, String namespace) {
    return store.listEncoded(prefix(type, namespace));
  }

  /** Stores a new object, or 409 AlreadyExists. */
  public StoredObject create(ResourceType type, String namespace, String name, ObjectNode object) {
    try {
      return store.create(key(type, namespace, name), object);
    } catch (StoreException.AlreadyExists e) {
      throw StatusErrors.alreadyExists(type.groupResource(), name);
    }
  }

  /** Compare-and-swap update; 404 when gone, 409 Conflict when {@code expectedRevision} is stale. */
  public StoredObject update(ResourceType type, String namespace, String name,
      long expectedRevision, UnaryOperator<ObjectNode> mutation) {
    try {
      return store.update(key(type, namespace, name), expectedRevision, mutation);
    } catch (StoreException.NotFound e) {
      throw StatusErrors.notFound(type.groupResource(), name);
    } catch (StoreException.Conflict e) {
      throw StatusErrors.optimisticLockConflict(type.groupResource(), name);
    }
  }

  /** Removes the object; 404 when gone, 409 Conflict when {@code expectedRevision} is stale. */
  public StoredObject delete(ResourceType type, String namespace, String name,
      long expectedRevision) {
    try {
      return store.delete(key(type, namespace, name), expectedRevision);
    } catch (StoreException.NotFound e) {
      throw StatusErrors.notFound(type.groupResource(), name);
    } catch (StoreException.Conflict e) {
      throw StatusErrors.optimisticLockConflict(type.groupResource(), name);
    }
  }
}
