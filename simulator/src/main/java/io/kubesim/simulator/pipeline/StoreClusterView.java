package io.kubesim.simulator.pipeline;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kubesim.admission.GroupResource;
import io.kubesim.admission.cluster.ClusterView;
import io.kubesim.simulator.store.ObjectStore;
import io.kubesim.simulator.store.StoreKeys;
import java.util.List;
import java.util.Optional;

/**
 * The admission plugins' read-only view of the cluster, served from the store: what a plugin's
 * informer would show it in a real API server. Every lookup reads the store, so it is always
 * current; the trees come from a {@link DecodedObjectCache}, copied, so each caller owns its own.
 */
public final class StoreClusterView implements ClusterView {

  private final ObjectStore store;
  private final DecodedObjectCache decoded = new DecodedObjectCache();

  public StoreClusterView(ObjectStore store) {
    this.store = store;
  }

  @Override
  public Optional<ObjectNode> get(GroupResource resource, String namespace, String name) {
    return store.getEncoded(
            StoreKeys.objectKey(resource.group(), resource.resource(), namespace, name))
        .map(decoded::decode);
  }

  @Override
  public List<ObjectNode> list(GroupResource resource, String namespace) {
    String prefix = namespace == null || namespace.isEmpty()
        ? StoreKeys.resourcePrefix(resource.group(), resource.resource())
        : StoreKeys.namespacePrefix(resource.group(), resource.resource(), namespace);
    return store.listEncoded(prefix).items().stream().map(decoded::decode).toList();
  }

  /** How many decoded objects the view keeps (for tests). */
  int cachedObjects() {
    return decoded.size();
  }
}
