package io.kubesim.simulator.pipeline;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kubesim.admission.GroupResource;
import io.kubesim.admission.cluster.ClusterView;
import io.kubesim.simulator.store.ObjectStore;
import io.kubesim.simulator.store.StoreKeys;
import io.kubesim.simulator.store.StoredObject;
import java.util.List;
import java.util.Optional;

/**
 * The admission plugins' read-only view of the cluster, served from the store: what a plugin's
 * informer would show it in a real API server.
 */
public final class StoreClusterView implements ClusterView {

  private final ObjectStore store;

  public StoreClusterView(ObjectStore store) {
    this.store = store;
  }

  @Override
  public Optional<ObjectNode> get(GroupResource resource, String namespace, String name) {
    return store.get(StoreKeys.objectKey(resource.group(), resource.resource(), namespace, name))
        .map(StoredObject::object);
  }

  @Override
  public List<ObjectNode> list(GroupResource resource, String namespace) {
    String prefix = namespace == null || namespace.isEmpty()
        ? StoreKeys.resourcePrefix(resource.group(), resource.resource())
        : StoreKeys.namespacePrefix(resource.group(), resource.resource(), namespace);
    return store.list(prefix).items().stream().map(StoredObject::object).toList();
  }
}
