package io.kubesim.simulator.api.openapi;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The inline schema of one field from its Java type: scalars as OpenAPI types and formats
 * (upstream's {@code int32}/{@code int64}/{@code double}), lists as arrays, maps as objects with
 * {@code additionalProperties}, and model classes as references to their named schemas.
 */
final class PropertySchemas {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final Map<Class<?>, String[]> SCALARS = Map.ofEntries(
      Map.entry(String.class, new String[] {"string", null}),
      Map.entry(Boolean.class, new String[] {"boolean", null}),
      Map.entry(boolean.class, new String[] {"boolean", null}),
      Map.entry(Integer.class, new String[] {"integer", "int32"}),
      Map.entry(int.class, new String[] {"integer", "int32"}),
      Map.entry(Short.class, new String[] {"integer", "int32"}),
      Map.entry(Long.class, new String[] {"integer", "int64"}),
      Map.entry(long.class, new String[] {"integer", "int64"}),
      Map.entry(BigInteger.class, new String[] {"integer", "int64"}),
      Map.entry(Double.class, new String[] {"number", "double"}),
      Map.entry(double.class, new String[] {"number", "double"}),
      Map.entry(Float.class, new String[] {"number", "double"}),
      Map.entry(BigDecimal.class, new String[] {"number", "double"}));

  private final Function<Class<?>, String> define;
  private final Set<String> refs;

  /**
   * @param define names (and defines) the schema of a model class
   * @param refs collects the names this schema refers to
   */
  PropertySchemas(Function<Class<?>, String> define, Set<String> refs) {
    this.define = define;
    this.refs = refs;
  }

  /**
   * A field of {@code type}. Model classes are wrapped in {@code allOf} as upstream does, so
   * that extensions (patch strategy) may sit beside the reference.
   */
  ObjectNode property(JavaType type) {
    ObjectNode schema = value(type);
    if (!schema.has("$ref")) {
      return schema;
    }
    ObjectNode wrapped = NODES.objectNode();
    wrapped.putArray("allOf").add(schema);
    return wrapped;
  }

  /** A value of {@code type}: a list element, a map value, or a field. */
  ObjectNode value(JavaType type) {
    Class<?> raw = type.getRawClass();
    String[] scalar = SCALARS.get(raw);
    if (scalar != null) {
      ObjectNode schema = ModelSchemas.typed(scalar[0]);
      return scalar[1] == null ? schema : schema.put("format", scalar[1]);
    }
    if (raw == byte[].class) {
      return ModelSchemas.typed("string").put("format", "byte");
    }
    if (type.isMapLikeType()) {
      ObjectNode schema = ModelSchemas.typed("object");
      schema.set("additionalProperties", value(type.getContentType()));
      return schema;
    }
    if (type.isCollectionLikeType() || type.isArrayType()) {
      ObjectNode schema = ModelSchemas.typed("array");
      schema.set("items", value(type.getContentType()));
      return schema;
    }
    if (raw == Object.class || JsonNode.class.isAssignableFrom(raw)) {
      // Any JSON value, e.g. a CRD schema's default.
      return ModelSchemas.anyValue();
    }
    if (raw.isEnum()) {
      return ModelSchemas.typed("string");
    }
    if (raw.isInterface() || Modifier.isAbstract(raw.getModifiers())
        || raw.getName().startsWith("java.")) {
      return ModelSchemas.typed("object"); // e.g. an embedded KubernetesResource
    }
    String name = define.apply(raw);
    refs.add(name);
    return NODES.objectNode().put("$ref", ModelSchemas.REF_PREFIX + name);
  }
}
