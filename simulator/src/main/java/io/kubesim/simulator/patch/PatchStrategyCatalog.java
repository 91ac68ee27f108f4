package io.kubesim.simulator.patch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The patch strategies and merge keys of the built-in kinds, read from
 * {@code patch-strategies.json} next to this class.
 *
 * <p>The file is data transcribed from upstream's {@code patchStrategy}/{@code patchMergeKey}
 * tags; loading checks it completely (known strategies, resolvable type names), so a broken file
 * fails when the class is first used, not on some later request.
 */
final class PatchStrategyCatalog {

  private static final String RESOURCE = "patch-strategies.json";
  private static final Set<String> FIELD_ENTRY_KEYS = Set.of(
      "$ref", "items", "x-kubernetes-patch-strategy", "x-kubernetes-patch-merge-key");

  private final Map<String, PatchSchema> kinds;
  private final PatchSchema defaultKind;

  private PatchStrategyCatalog(Map<String, PatchSchema> kinds, PatchSchema defaultKind) {
    this.kinds = Map.copyOf(kinds);
    this.defaultKind = defaultKind;
  }

  /** The catalog shipped with kubesim; loaded once. */
  static PatchStrategyCatalog builtIn() {
    return BuiltIn.CATALOG;
  }

  /** The root schema of a built-in kind; kinds without strategies get the metadata-only one. */
  PatchSchema schemaFor(String apiVersion, String kind) {
    return kinds.getOrDefault(apiVersion + "/" + kind, defaultKind);
  }

  /** Reads and checks a catalog document. */
  static PatchStrategyCatalog load(InputStream in) throws IOException {
    JsonNode document = new ObjectMapper().readTree(in);
    Map<String, PatchSchema> types = new HashMap<>();
    document.required("types").fieldNames()
        .forEachRemaining(name -> types.put(name, new PatchSchema(name)));
    document.required("types").properties().forEach(type -> type.getValue().properties()
        .forEach(field -> types.get(type.getKey())
            .define(field.getKey(), fieldPatch(type.getKey() + "." + field.getKey(),
                field.getValue(), types))));
    Map<String, PatchSchema> kinds = new HashMap<>();
    document.required("kinds").properties().forEach(
        kind -> kinds.put(kind.getKey(), resolve(kind.getValue().asText(), kind.getKey(), types)));
    PatchSchema defaultKind = resolve(document.required("defaultKind").asText(), "defaultKind",
        types);
    return new PatchStrategyCatalog(kinds, defaultKind);
  }

  private static FieldPatch fieldPatch(String where, JsonNode entry,
      Map<String, PatchSchema> types) {
    entry.fieldNames().forEachRemaining(key -> {
      if (!FIELD_ENTRY_KEYS.contains(key)) {
        throw new IllegalArgumentException(where + ": unknown entry " + key);
      }
    });
    if (entry.has("$ref") && entry.has("items")) {
      throw new IllegalArgumentException(where + ": a field is an object or a list, not both");
    }
    String typeName = entry.has("$ref") ? entry.get("$ref").asText()
        : entry.path("items").asText(null);
    PatchSchema schema = typeName == null ? PatchSchema.EMPTY : resolve(typeName, where, types);
    try {
      return FieldPatch.parse(entry.path("x-kubernetes-patch-strategy").asText(""),
          entry.path("x-kubernetes-patch-merge-key").asText(""), schema);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(where + ": " + e.getMessage(), e);
    }
  }

  private static PatchSchema resolve(String typeName, String where,
      Map<String, PatchSchema> types) {
    PatchSchema schema = types.get(typeName);
    if (schema == null) {
      throw new IllegalArgumentException(where + ": unknown type " + typeName);
    }
    return schema;
  }

  private static final class BuiltIn {
    static final PatchStrategyCatalog CATALOG = loadResource();

    private static PatchStrategyCatalog loadResource() {
      try (InputStream in = PatchStrategyCatalog.class.getResourceAsStream(RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException("missing resource " + RESOURCE);
        }
        return load(in);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + RESOURCE, e);
      }
    }
  }
}
