package io.kubesim.simulator.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kubesim.admission.ObjectMappers;
import io.kubesim.simulator.api.ResourceType;
import io.kubesim.simulator.apply.ApplySchema;
import io.kubesim.simulator.apply.FieldOwnership;
import io.kubesim.simulator.apply.FieldSet;
import io.kubesim.simulator.apply.ManagedFields;
import io.kubesim.simulator.apply.ManagerEntry;
import io.kubesim.simulator.apply.OwnershipScope;
import java.time.Clock;

/**
 * Records {@code metadata.managedFields} for creates, updates and patches (operation
 * {@code Update}), as upstream's field manager does before admission. The manager is the
 * {@code fieldManager} option, else the User-Agent up to its first {@code /}.
 */
final class FieldTracking {

  private FieldTracking() {}

  /** The field manager of a non-apply write. */
  static String managerName(WriteOptions options, ApiRequest request) {
    if (!options.fieldManager().isEmpty()) {
      return options.fieldManager();
    }
    String agent = request.userAgent();
    int slash = agent.indexOf('/');
    return slash < 0 ? agent : agent.substring(0, slash);
  }

  /** How ownership of {@code type}'s objects is computed for writes to {@code subresource}. */
  static FieldOwnership ownership(ResourceType type, String subresource) {
    ApplySchema schema = type.javaType() == null ? ApplySchema.untyped()
        : ApplySchema.builtIn(type.apiVersion(), type.kind());
    return new FieldOwnership(new OwnershipScope(schema,
        type.subresources().contains("status"), subresource));
  }

  /** An entry for {@code manager} writing through {@code type}'s version now. */
  static ManagerEntry writer(ResourceType type, String manager, String operation,
      String subresource, Clock clock) {
    return new ManagerEntry(manager, operation, type.apiVersion(), subresource,
        SystemFields.timestamp(clock.instant()), new FieldSet());
  }

  /**
   * Records a write that turns {@code old} (null for a create) into {@code desired}, in place.
   * Managers sent in the body replace the stored ones (how clients reset or migrate them);
   * absent or empty, the stored ones are kept.
   */
  static void recordUpdate(ResourceType type, String subresource, ApiRequest request,
      WriteOptions options, JsonNode old, ObjectNode desired, Clock clock) {
    ManagedFields managers = ManagedFields.present(desired) ? ManagedFields.of(desired)
        : old == null ? new ManagedFields() : ManagedFields.of(old);
    JsonNode before = old == null ? emptyObject() : old;
    ManagedFields after = ownership(type, subresource).update(managers, before, desired,
        writer(type, managerName(options, request), ManagerEntry.UPDATE, subresource, clock));
    after.writeTo(desired);
  }

  /** What a create starts from: upstream's new typed object, whose metadata always exists. */
  private static ObjectNode emptyObject() {
    ObjectNode empty = ObjectMappers.json().createObjectNode();
    empty.putObject("metadata");
    return empty;
  }
}
