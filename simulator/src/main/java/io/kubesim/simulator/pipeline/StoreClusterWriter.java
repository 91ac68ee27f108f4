package io.kubesim.simulator.pipeline;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kubesim.admission.GroupResource;
import io.kubesim.admission.IdSource;
import io.kubesim.admission.cluster.ClusterWriter;
import io.kubesim.admission.status.StatusErrors;
import io.kubesim.simulator.api.ResourceRegistry;
import io.kubesim.simulator.api.ResourceType;
import io.kubesim.simulator.store.StoredObject;
import java.time.Clock;

/**
 * The admission plugins' writes, stored as the API would store a create: server-owned fields,
 * initial status, schema validation, then the same wait for controllers as an API create. The
 * write does not go through admission or the journal: it is the plugin's own side effect.
 */
public final class StoreClusterWriter implements ClusterWriter {

  private final ResourceRegistry registry;
  private final ResourceStore store;
  private final Clock clock;
  private final IdSource ids;
  private final WriteReactions reactions;

  public StoreClusterWriter(ResourceRegistry registry, ResourceStore store, Clock clock,
      IdSource ids, WriteReactions reactions) {
    this.registry = registry;
    this.store = store;
    this.clock = clock;
    this.ids = ids;
    this.reactions = reactions;
  }

  @Override
  public ObjectNode create(GroupResource resource, String namespace, ObjectNode object) {
    ResourceType type = registry.all().stream()
        .filter(t -> t.groupResource().equals(resource) && t.supports("create")).findFirst()
        .orElseThrow(() -> StatusErrors.methodNotSupported(resource, "create"));
    ObjectNode copy = object.deepCopy();
    String name = copy.path("metadata").path("name").asText("");
    SystemFields.prepareCreate(type, copy, namespace, name, clock, ids);
    SchemaValidation.validate(type, copy);
    StoredObject created = store.create(type, namespace, name, copy);
    reactions.awaitFor(type, created);
    return created.object();
  }
}
