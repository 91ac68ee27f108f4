package io.kubesim.simulator.apply;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kubesim.admission.ObjectMappers;
import io.kubesim.admission.status.GoQuote;
import java.util.Comparator;

/**
 * One entry of {@code metadata.managedFields}: who manages which fields, through which operation.
 *
 * @param manager the field manager's name
 * @param operation {@code Apply} or {@code Update}
 * @param apiVersion the API version the fields were written through
 * @param subresource e.g. {@code status}, or empty for the resource itself
 * @param time when the manager last changed the object, RFC 3339 seconds
 * @param fields the fields the manager owns
 */
public record ManagerEntry(String manager, String operation, String apiVersion,
    String subresource, String time, FieldSet fields) {

  /** The operation of server-side apply. */
  public static final String APPLY = "Apply";
  /** The operation of every other write. */
  public static final String UPDATE = "Update";

  /** Upstream's order of {@code managedFields}: operation, time, manager, version, subresource. */
  static final Comparator<ManagerEntry> ORDER = Comparator.comparing(ManagerEntry::operation)
      .thenComparing(ManagerEntry::time).thenComparing(ManagerEntry::manager)
      .thenComparing(ManagerEntry::apiVersion).thenComparing(ManagerEntry::subresource);

  public ManagerEntry {
    subresource = subresource == null ? "" : subresource;
    time = time == null ? "" : time;
  }

  /**
   * What makes two entries the same manager: appliers are one manager whatever version they
   * apply through, updaters are one per version.
   */
  public Identity identity() {
    return new Identity(manager, operation, operation.equals(APPLY) ? "" : apiVersion,
        subresource);
  }

  /** This entry owning {@code owned} instead, changed at {@code at}. */
  ManagerEntry with(FieldSet owned, String at) {
    return new ManagerEntry(manager, operation, apiVersion, subresource, at, owned);
  }

  /** Upstream's manager text in conflicts, e.g. {@code "kubectl-edit" using v1}. */
  public String describe() {
    String text = GoQuote.quote(manager);
    if (!subresource.isEmpty()) {
      text += " with subresource " + GoQuote.quote(subresource);
    }
    return operation.equals(UPDATE) ? text + " using " + apiVersion : text;
  }

  /** The JSON entry as upstream serializes it. */
  ObjectNode toJson() {
    ObjectNode out = ObjectMappers.json().createObjectNode();
    out.put("manager", manager);
    out.put("operation", operation);
    out.put("apiVersion", apiVersion);
    if (!time.isEmpty()) {
      out.put("time", time);
    }
    out.put("fieldsType", "FieldsV1");
    out.set("fieldsV1", FieldsV1.encode(fields));
    if (!subresource.isEmpty()) {
      out.put("subresource", subresource);
    }
    return out;
  }

  /** Reads one JSON entry; a malformed one is an {@link IllegalArgumentException}. */
  static ManagerEntry fromJson(JsonNode json) {
    if (!json.isObject() || !json.path("fieldsType").asText("FieldsV1").equals("FieldsV1")) {
      throw new IllegalArgumentException("invalid managedFields entry: " + json);
    }
    String operation = json.path("operation").asText("");
    if (!operation.equals(APPLY) && !operation.equals(UPDATE)) {
      throw new IllegalArgumentException("invalid managedFields operation: " + operation);
    }
    return new ManagerEntry(json.path("manager").asText(""), operation,
        json.path("apiVersion").asText(""), json.path("subresource").asText(""),
        json.path("time").asText(""),
        FieldsV1.decode(json.has("fieldsV1") ? json.get("fieldsV1")
            : ObjectMappers.json().createObjectNode()));
  }

  /**
   * The identity of a manager.
   *
   * @param manager the name
   * @param operation Apply or Update
   * @param apiVersion the version, empty for appliers
   * @param subresource the subresource, or empty
   */
  public record Identity(String manager, String operation, String apiVersion,
      String subresource) {}
}
