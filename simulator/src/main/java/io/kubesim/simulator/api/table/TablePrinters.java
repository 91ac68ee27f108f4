package io.kubesim.simulator.api.table;

import com.fasterxml.jackson.databind.JsonNode;
import io.kubesim.admission.GroupResource;
import io.kubesim.admission.ObjectMappers;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The one registry of table printers: which group/resource prints with which columns and row
 * function. Columns come from {@code columns.json} beside this class; row functions from the
 * kind-family classes. A table without a row function, or a row function without a table, fails
 * at load, so a typo surfaces when the simulator starts rather than on a {@code kubectl get}.
 */
public final class TablePrinters {

  static final String DEFAULT_TABLE = "default";
  private static final String SCALE_TABLE = "scale";
  private static final DateTimeFormatter RFC3339 =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'").withZone(ZoneOffset.UTC);

  private final Map<GroupResource, TablePrinter> byResource;
  private final TablePrinter scale;
  private final TablePrinter generic;

  private TablePrinters(Map<GroupResource, TablePrinter> byResource, TablePrinter scale,
      TablePrinter generic) {
    this.byResource = Map.copyOf(byResource);
    this.scale = scale;
    this.generic = generic;
  }

  /** The printers of kube-apiserver 1.33's built-in kinds. */
  public static TablePrinters builtIn() {
    Map<String, RowPrinter> rows = new HashMap<>();
    List.of(PodRows.printers(), WorkloadRows.printers(), JobRows.printers(),
            NetworkRows.printers(), NodeRows.printers(), EventRows.printers(),
            ConfigRows.printers(), AccessRows.printers(), SchedulingRows.printers(),
            HealthRows.printers(), StorageRows.printers(), AutoscalingRows.printers())
        .forEach(rows::putAll);
    rows.put(DEFAULT_TABLE, TablePrinters::defaultRow);
    return load(read("columns.json"), rows);
  }

  /**
   * Joins column definitions with row functions.
   *
   * @throws IllegalStateException when a table and the row functions do not match one to one
   */
  static TablePrinters load(JsonNode document, Map<String, RowPrinter> rows) {
    Map<String, String> descriptions = new HashMap<>();
    document.path("descriptions").fields()
        .forEachRemaining(e -> descriptions.put(e.getKey(), e.getValue().asText()));
    Map<GroupResource, TablePrinter> byResource = new HashMap<>();
    Map<String, TablePrinter> byName = new HashMap<>();
    Set<String> unused = new TreeSet<>(rows.keySet());
    for (JsonNode table : document.path("tables")) {
      String name = table.path("table").asText();
      RowPrinter row = rows.get(name);
      if (row == null) {
        throw new IllegalStateException("table " + name + " has no row printer");
      }
      unused.remove(name);
      List<ColumnDefinition> columns = new ArrayList<>();
      for (JsonNode c : table.path("columns")) {
        columns.add(new ColumnDefinition(c.path("name").asText(), c.path("type").asText("string"),
            c.path("format").asText(""), description(c, descriptions),
            c.path("priority").asInt(0)));
      }
      TablePrinter printer = new TablePrinter(name, columns, row);
      byName.put(name, printer);
      for (JsonNode resource : table.path("resources")) {
        byResource.put(parse(resource.asText()), printer);
      }
    }
    if (!unused.isEmpty()) {
      throw new IllegalStateException("row printers without a table: " + unused);
    }
    return new TablePrinters(byResource, byName.get(SCALE_TABLE), byName.get(DEFAULT_TABLE));
  }

  /**
   * The printer for objects of {@code resource} served at {@code subresource} (empty for the
   * resource itself): the {@code scale} table for scale subresources, the resource's own table
   * otherwise, and the default {@code Name}/{@code Created At} table for kinds without one.
   */
  public TablePrinter forResource(GroupResource resource, String subresource) {
    if (subresource.equals("scale")) {
      return scale;
    }
    return byResource.getOrDefault(resource, generic);
  }

  /** Every resource with a printer of its own. */
  public Set<GroupResource> printedResources() {
    return byResource.keySet();
  }

  /** Upstream's default table row: the name and the creation time in RFC 3339. */
  private static Row defaultRow(JsonNode object, PrintTime time) {
    Instant created = PrintTime.parse(object.path("metadata").path("creationTimestamp"));
    return Row.of(JsonFields.name(object), RFC3339.format(created == null ? ZERO_TIME : created));
  }

  /** Go's zero {@code time.Time}, which an object without a creation time prints as. */
  private static final Instant ZERO_TIME = Instant.parse("0001-01-01T00:00:00Z");

  private static String description(JsonNode column, Map<String, String> shared) {
    String text = column.path("description").asText("");
    if (!text.startsWith("#")) {
      return text;
    }
    String resolved = shared.get(text.substring(1));
    if (resolved == null) {
      throw new IllegalStateException("unknown description " + text);
    }
    return resolved;
  }

  private static GroupResource parse(String qualified) {
    int dot = qualified.indexOf('.');
    return dot < 0 ? new GroupResource("", qualified)
        : new GroupResource(qualified.substring(dot + 1), qualified.substring(0, dot));
  }

  private static JsonNode read(String resource) {
    try (InputStream in = TablePrinters.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      return ObjectMappers.json().readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }
}
