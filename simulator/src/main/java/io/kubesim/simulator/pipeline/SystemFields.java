package io.kubesim.simulator.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kubesim.admission.IdSource;
import io.kubesim.simulator.api.ResourceType;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Iterator;
import java.util.Set;

/**
 * The metadata the server owns: set on create (uid, creationTimestamp, generation, namespace),
 * carried over on update, and bumped ({@code generation}) when the spec changes — upstream's
 * {@code BeforeCreate}/{@code BeforeUpdate} and the strategies' status handling.
 */
public final class SystemFields {

  /** Fields of metadata a client can never set. */
  private static final Set<String> SERVER_OWNED_ON_UPDATE = Set.of(
      "uid", "creationTimestamp", "deletionTimestamp", "deletionGracePeriodSeconds",
      "generation", "selfLink");

  private SystemFields() {}

  /** RFC 3339 UTC with seconds precision, as upstream serializes {@code metav1.Time}. */
  public static String timestamp(Instant instant) {
    return DateTimeFormatter.ISO_INSTANT.format(instant.truncatedTo(ChronoUnit.SECONDS));
  }

  /** True when objects of {@code type} carry {@code metadata.generation}. */
  public static boolean hasGeneration(ResourceType type) {
    return type.subresources().contains("status") && !type.plural().equals("pods")
        && !type.plural().equals("namespaces") && !type.plural().equals("nodes");
  }

  /** Prepares a new object: server-owned metadata, and a fresh status for status types. */
  public static void prepareCreate(ResourceType type, ObjectNode object, String namespace,
      String name, WriteContext ctx) {
    prepareCreate(type, object, namespace, name, ctx.clock(), ctx.ids());
  }

  /**
   * {@link #prepareCreate(ResourceType, ObjectNode, String, String, WriteContext)} for writers
   * outside the request path: controllers and admission side effects.
   */
  public static void prepareCreate(ResourceType type, ObjectNode object, String namespace,
      String name, Clock clock, IdSource ids) {
    ObjectNode meta = metadata(object);
    meta.put("name", name);
    if (type.namespaced()) {
      meta.put("namespace", namespace);
    }
    meta.put("uid", ids.uuid());
    meta.put("creationTimestamp", timestamp(clock.instant()));
    meta.remove(Set.of("resourceVersion", "deletionTimestamp", "deletionGracePeriodSeconds",
        "selfLink"));
    if (hasGeneration(type)) {
      meta.put("generation", 1);
    } else {
      meta.remove("generation");
    }
    InitialStatus.apply(type, object);
  }

  /**
   * Carries server-owned metadata from {@code old} into {@code updated}, keeps the status or the
   * rest of the object depending on which subresource is written, and bumps the generation when
   * the spec changed.
   */
  public static ObjectNode prepareUpdate(ResourceType type, ObjectNode old, ObjectNode updated,
      String subresource) {
    ObjectNode result;
    if (subresource.equals("status")) {
      result = old.deepCopy();
      if (updated.has("status")) {
        result.set("status", updated.get("status"));
      } else {
        result.remove("status");
      }
    } else {
      result = updated;
      if (type.subresources().contains("status")) {
        if (old.has("status")) {
          result.set("status", old.get("status"));
        } else {
          result.remove("status");
        }
      }
    }
    ObjectNode meta = metadata(result);
    JsonNode oldMeta = old.path("metadata");
    for (String field : SERVER_OWNED_ON_UPDATE) {
      if (oldMeta.has(field)) {
        meta.set(field, oldMeta.get(field));
      } else {
        meta.remove(field);
      }
    }
    if (hasGeneration(type) && !subresource.equals("status") && specChanged(old, result)) {
      meta.put("generation", oldMeta.path("generation").asLong(0) + 1);
    }
    return result;
  }

  /** The object's metadata node, created when missing. */
  public static ObjectNode metadata(ObjectNode object) {
    JsonNode meta = object.get("metadata");
    if (meta instanceof ObjectNode node) {
      return node;
    }
    return object.putObject("metadata");
  }

  /** True when anything outside metadata and status differs. */
  static boolean specChanged(ObjectNode old, ObjectNode updated) {
    return !withoutMetaAndStatus(old).equals(withoutMetaAndStatus(updated));
  }

  private static ObjectNode withoutMetaAndStatus(ObjectNode object) {
    ObjectNode copy = object.objectNode();
    for (Iterator<String> it = object.fieldNames(); it.hasNext(); ) {
      String f = it.next();
      if (!f.equals("metadata") && !f.equals("status")) {
        copy.set(f, object.get(f));
      }
    }
    return copy;
  }
}
