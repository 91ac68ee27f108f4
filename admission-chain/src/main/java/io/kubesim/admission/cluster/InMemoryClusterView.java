package io.kubesim.admission.cluster;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kubesim.admission.GroupResource;
import io.kubesim.admission.ObjectMappers;
import io.kubesim.admission.status.StatusErrors;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;

/**
 * A {@link ClusterView} over objects held in memory, for plugin tests and embedded use; also a
 * {@link ClusterWriter} that stores what plugins create.
 *
 * <p>Objects are keyed by resource, {@code metadata.namespace} and {@code metadata.name}; putting
 * an object again replaces it. Thread-safe; every read returns a deep copy.
 */
public final class InMemoryClusterView implements ClusterView, ClusterWriter {

  private record Key(String group, String resource, String namespace, String name) {}

  private static final Comparator<Key> ORDER = Comparator.comparing(Key::group)
      .thenComparing(Key::resource).thenComparing(Key::namespace).thenComparing(Key::name);

  private final Map<Key, ObjectNode> objects = new ConcurrentSkipListMap<>(ORDER);

  /** Stores a copy of {@code object} (a JSON tree or a fabric8 model object) as {@code resource}. */
  public InMemoryClusterView put(GroupResource resource, Object object) {
    ObjectNode node = object instanceof ObjectNode tree ? tree.deepCopy()
        : ObjectMappers.toTree(object);
    String namespace = node.path("metadata").path("namespace").asText("");
    String name = node.path("metadata").path("name").asText("");
    if (name.isEmpty()) {
      throw new IllegalArgumentException("object has no metadata.name: " + node);
    }
    objects.put(key(resource, namespace, name), node);
    return this;
  }

  /**
   * Stores a copy of {@code object} unless its name is taken; unlike the API server it sets no
   * server-owned fields.
   */
  @Override
  public ObjectNode create(GroupResource resource, String namespace, ObjectNode object) {
    ObjectNode node = object.deepCopy();
    if (namespace != null && !namespace.isEmpty()) {
      node.withObjectProperty("metadata").put("namespace", namespace);
    }
    String name = node.path("metadata").path("name").asText("");
    if (objects.putIfAbsent(key(resource, namespace, name), node) != null) {
      throw StatusErrors.alreadyExists(resource, name);
    }
    return node.deepCopy();
  }

  /** Removes the object, if present. */
  public InMemoryClusterView remove(GroupResource resource, String namespace, String name) {
    objects.remove(key(resource, namespace, name));
    return this;
  }

  @Override
  public Optional<ObjectNode> get(GroupResource resource, String namespace, String name) {
    return Optional.ofNullable(objects.get(key(resource, namespace, name)))
        .map(ObjectNode::deepCopy);
  }

  @Override
  public List<ObjectNode> list(GroupResource resource, String namespace) {
    String ns = namespace == null ? "" : namespace;
    return objects.entrySet().stream()
        .filter(e -> e.getKey().group().equals(resource.group())
            && e.getKey().resource().equals(resource.resource())
            && (ns.isEmpty() || e.getKey().namespace().equals(ns)))
        .map(e -> e.getValue().deepCopy())
        .toList();
  }

  private static Key key(GroupResource resource, String namespace, String name) {
    return new Key(resource.group(), resource.resource(), namespace == null ? "" : namespace, name);
  }
}
