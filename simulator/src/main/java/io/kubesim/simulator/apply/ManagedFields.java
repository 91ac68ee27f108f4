package io.kubesim.simulator.apply;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kubesim.admission.ObjectMappers;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The managers of one object, read from and written to {@code metadata.managedFields}; one entry
 * per manager identity, written back in upstream's order.
 */
public final class ManagedFields {

  private final Map<ManagerEntry.Identity, ManagerEntry> entries = new LinkedHashMap<>();

  /** No managers. */
  public ManagedFields() {}

  /** The managers recorded on {@code object}; entries upstream could not decode are dropped. */
  public static ManagedFields of(JsonNode object) {
    ManagedFields managed = new ManagedFields();
    for (JsonNode json : object.path("metadata").path("managedFields")) {
      try {
        managed.put(ManagerEntry.fromJson(json));
      } catch (IllegalArgumentException e) {
        // upstream resets managedFields it cannot decode rather than failing the write
        return new ManagedFields();
      }
    }
    return managed;
  }

  /** True when {@code object} has a non-empty {@code metadata.managedFields}. */
  public static boolean present(JsonNode object) {
    return !object.path("metadata").path("managedFields").isEmpty();
  }

  /** The entry of {@code identity}, or null. */
  public ManagerEntry get(ManagerEntry.Identity identity) {
    return entries.get(identity);
  }

  /** Adds or replaces the entry of its identity; an entry owning nothing is removed. */
  public void put(ManagerEntry entry) {
    if (entry.fields().isEmpty()) {
      entries.remove(entry.identity());
    } else {
      entries.put(entry.identity(), entry);
    }
  }

  /** All entries. */
  public Collection<ManagerEntry> entries() {
    return List.copyOf(entries.values());
  }

  /** True when no manager owns anything. */
  public boolean isEmpty() {
    return entries.isEmpty();
  }

  /** Writes the entries to {@code metadata.managedFields}, removing it when there are none. */
  public void writeTo(ObjectNode object) {
    ObjectNode meta = object.has("metadata") ? (ObjectNode) object.get("metadata")
        : object.putObject("metadata");
    if (entries.isEmpty()) {
      meta.remove("managedFields");
      return;
    }
    List<ManagerEntry> sorted = new ArrayList<>(entries.values());
    sorted.sort(ManagerEntry.ORDER);
    ArrayNode list = ObjectMappers.json().createArrayNode();
    sorted.forEach(e -> list.add(e.toJson()));
    meta.set("managedFields", list);
  }
}
