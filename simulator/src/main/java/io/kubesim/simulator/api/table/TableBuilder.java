package io.kubesim.simulator.api.table;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kubesim.admission.ObjectMappers;
import java.util.List;

/**
 * Builds {@code metav1.Table} JSON from an object or a list with a {@link TablePrinter}: one row
 * per object, list metadata ({@code resourceVersion}, {@code continue},
 * {@code remainingItemCount}) carried over, and each row's {@code object} as the options ask.
 * Key order and null-versus-absent follow upstream's encoding: {@code columnDefinitions} and
 * {@code rows} are always present, {@code object} too ({@code null} with {@code None}).
 */
final class TableBuilder {

  private TableBuilder() {}

  /**
   * The Table for {@code body}, a single object or a {@code ...List}.
   *
   * @param metaVersion {@code v1} or {@code v1beta1}
   */
  static ObjectNode table(TablePrinter printer, JsonNode body, TableOptions options,
      String metaVersion, PrintTime time) {
    ObjectNode table = ObjectMappers.json().createObjectNode();
    table.put("kind", "Table");
    table.put("apiVersion", "meta.k8s.io/" + metaVersion);
    ObjectNode metadata = table.putObject("metadata");
    if (options.noHeaders()) {
      table.putNull("columnDefinitions");
    } else {
      ArrayNode columns = table.putArray("columnDefinitions");
      printer.columns().forEach(c -> columns.add(c.toJson()));
    }
    ArrayNode rows = ObjectMappers.json().createArrayNode();
    if (isList(body)) {
      JsonNode listMeta = body.path("metadata");
      copyText(listMeta, metadata, "resourceVersion");
      copyText(listMeta, metadata, "continue");
      if (listMeta.has("remainingItemCount")) {
        metadata.set("remainingItemCount", listMeta.get("remainingItemCount"));
      }
      String itemKind = body.path("kind").asText().replaceFirst("List$", "");
      for (JsonNode item : body.path("items")) {
        rows.add(row(printer, withType(item, itemKind, body.path("apiVersion").asText()),
            options, metaVersion, time));
      }
    } else {
      copyText(body.path("metadata"), metadata, "resourceVersion");
      rows.add(row(printer, body, options, metaVersion, time));
    }
    if (rows.isEmpty() && printer.isDefault()) {
      // the default table appends to a nil slice, which encodes as null
      table.putNull("rows");
    } else {
      table.set("rows", rows);
    }
    return table;
  }

  /** True when {@code body} is a list kind with items. */
  static boolean isList(JsonNode body) {
    return body.path("kind").asText().endsWith("List") && body.path("items").isArray();
  }

  private static ObjectNode row(TablePrinter printer, JsonNode object, TableOptions options,
      String metaVersion, PrintTime time) {
    Row printed = printer.rows().print(object, time);
    List<ColumnDefinition> columns = printer.columns();
    if (printed.cells().size() != columns.size()) {
      throw new IllegalStateException("table " + printer.name() + " printed "
          + printed.cells().size() + " cells for " + columns.size() + " columns");
    }
    ObjectNode row = ObjectMappers.json().createObjectNode();
    ArrayNode cells = row.putArray("cells");
    printed.cells().forEach(cell -> addCell(cells, cell));
    if (printed.completed() != null) {
      ObjectNode condition = row.putArray("conditions").addObject();
      condition.put("type", "Completed");
      condition.put("status", "True");
      condition.put("reason", printed.completed().reason());
      condition.put("message", printed.completed().message());
    }
    switch (options.includeObject()) {
      case NONE -> row.putNull("object");
      case OBJECT -> row.set("object", object.deepCopy());
      case METADATA -> row.set("object",
          PartialObjects.partial(object, "meta.k8s.io/" + metaVersion));
    }
    return row;
  }

  private static void addCell(ArrayNode cells, Object cell) {
    if (cell == null) {
      cells.addNull();
    } else if (cell instanceof String s) {
      cells.add(s);
    } else if (cell instanceof Long l) {
      cells.add(l);
    } else if (cell instanceof Integer i) {
      cells.add(i.longValue());
    } else if (cell instanceof Boolean b) {
      cells.add(b);
    } else {
      throw new IllegalStateException("unsupported cell " + cell.getClass().getName());
    }
  }

  /** A list item with the kind and apiVersion a typed list item would be converted to. */
  private static JsonNode withType(JsonNode item, String kind, String apiVersion) {
    if (item.has("kind") && item.has("apiVersion") || !(item instanceof ObjectNode o)) {
      return item;
    }
    ObjectNode typed = ObjectMappers.json().createObjectNode();
    typed.put("kind", kind);
    typed.put("apiVersion", apiVersion);
    typed.setAll(o);
    return typed;
  }

  private static void copyText(JsonNode from, ObjectNode to, String field) {
    String value = from.path(field).asText("");
    if (!value.isEmpty()) {
      to.put(field, value);
    }
  }
}
