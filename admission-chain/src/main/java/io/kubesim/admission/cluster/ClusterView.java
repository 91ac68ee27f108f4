package io.kubesim.admission.cluster;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fabric8.kubernetes.api.model.LimitRange;
import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.api.model.Node;
import io.fabric8.kubernetes.api.model.ResourceQuota;
import io.fabric8.kubernetes.api.model.ServiceAccount;
import io.kubesim.admission.GroupResource;
import io.kubesim.admission.ObjectMappers;
import java.util.List;
import java.util.Optional;

/**
 * Read-only lookups of stored objects that admission plugins need, the way upstream plugins read
 * their informer caches.
 *
 * <p>The simulator implements this on its store; tests use {@link InMemoryClusterView}. Lookups
 * are synchronous and always "synced". Returned trees are the caller's own: changing them changes
 * nothing stored.
 */
public interface ClusterView {

  /**
   * The object {@code name} of {@code resource}.
   *
   * @param namespace the namespace, or empty for cluster-scoped resources
   */
  Optional<ObjectNode> get(GroupResource resource, String namespace, String name);

  /**
   * Every object of {@code resource} in {@code namespace}, ordered by namespace, then name.
   *
   * @param namespace the namespace, or empty for cluster-scoped resources and for all namespaces
   */
  List<ObjectNode> list(GroupResource resource, String namespace);

  /** {@link #get} read as a typed model object. */
  default <T> Optional<T> get(GroupResource resource, String namespace, String name,
      Class<T> type) {
    return get(resource, namespace, name).map(node -> ObjectMappers.toTyped(node, type));
  }

  /** {@link #list} read as typed model objects. */
  default <T> List<T> list(GroupResource resource, String namespace, Class<T> type) {
    return list(resource, namespace).stream().map(node -> ObjectMappers.toTyped(node, type))
        .toList();
  }

  /** The namespace {@code name}. */
  default Optional<Namespace> namespace(String name) {
    return get(KnownResources.NAMESPACES, "", name, Namespace.class);
  }

  /** The service account {@code name} in {@code namespace}. */
  default Optional<ServiceAccount> serviceAccount(String namespace, String name) {
    return get(KnownResources.SERVICE_ACCOUNTS, namespace, name, ServiceAccount.class);
  }

  /** The limit ranges of {@code namespace}. */
  default List<LimitRange> limitRanges(String namespace) {
    return list(KnownResources.LIMIT_RANGES, namespace, LimitRange.class);
  }

  /** The resource quotas of {@code namespace}. */
  default List<ResourceQuota> resourceQuotas(String namespace) {
    return list(KnownResources.RESOURCE_QUOTAS, namespace, ResourceQuota.class);
  }

  /** The node {@code name}. */
  default Optional<Node> node(String name) {
    return get(KnownResources.NODES, "", name, Node.class);
  }

  /** A view of an empty cluster. */
  static ClusterView empty() {
    return new InMemoryClusterView();
  }
}
