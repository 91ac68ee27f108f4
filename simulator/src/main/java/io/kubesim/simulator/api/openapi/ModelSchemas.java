package io.kubesim.simulator.api.openapi;

import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.MicroTime;
import io.fabric8.kubernetes.api.model.Quantity;
import io.kubesim.admission.GroupVersionKind;
import io.kubesim.admission.ObjectMappers;
import io.kubesim.simulator.api.openapi.ModelDescriptions.TypeDescription;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The {@code components.schemas} of the fabric8 model classes, built from their Jackson
 * properties: the fields a request may carry are exactly those the server's strict field
 * validation accepts. Each class becomes one named schema; fields refer to other classes by
 * {@code $ref}. Types and fields carry upstream's descriptions where the official client's model
 * knows them, so {@code kubectl explain} has text to print. Built once, then only read.
 */
final class ModelSchemas {

  static final String REF_PREFIX = "#/components/schemas/";
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private final SchemaNames names;
  private final ModelDescriptions descriptions;
  private final Map<Class<?>, String> defined = new HashMap<>();
  private final Map<String, ObjectNode> components = new HashMap<>();
  private final Map<String, Set<String>> references = new HashMap<>();

  ModelSchemas(SchemaNames names, ModelDescriptions descriptions) {
    this.names = names;
    this.descriptions = descriptions;
  }

  /** Defines the schema of {@code type} and of every class it reaches; returns its name. */
  String define(Class<?> type) {
    String name = defined.get(type);
    if (name != null) {
      return name;
    }
    name = names.of(type);
    defined.put(type, name);
    Set<String> refs = new HashSet<>();
    components.put(name, NODES.objectNode());
    components.get(name).setAll(structure(type, refs, descriptions.of(name)
        .map(TypeDescription::properties).orElse(Map.of())));
    references.put(name, refs);
    return name;
  }

  /** Adds a schema that no model class describes, e.g. the PATCH body. */
  void defineHandmade(String name, ObjectNode schema) {
    components.put(name, schema);
    references.put(name, Set.of());
  }

  /** Marks {@code name} as the schema of {@code gvk}, as explain and apply look kinds up. */
  void tagKind(String name, GroupVersionKind gvk) {
    var tags = components.get(name).withArrayProperty("x-kubernetes-group-version-kind");
    ObjectNode tag = NODES.objectNode().put("group", gvk.group()).put("kind", gvk.kind())
        .put("version", gvk.version());
    for (var existing : tags) {
      if (existing.equals(tag)) {
        return;
      }
    }
    tags.add(tag);
  }

  /**
   * Writes upstream's description of each type first into its schema. Call it once every schema
   * is defined: some types' descriptions are only known once the models that use them are read.
   */
  void describeTypes() {
    components.replaceAll((name, schema) -> descriptions.of(name)
        .map(TypeDescription::description).filter(text -> !text.isBlank())
        .map(text -> (ObjectNode) NODES.objectNode().put("description", text).setAll(schema))
        .orElse(schema));
  }

  /** The schema named {@code name}; callers may add extensions until documents are written. */
  ObjectNode component(String name) {
    return components.get(name);
  }

  /** The schemas {@code roots} reach through {@code $ref}, sorted by name. */
  SortedMap<String, ObjectNode> closure(Collection<String> roots) {
    SortedMap<String, ObjectNode> reached = new TreeMap<>();
    Deque<String> pending = new ArrayDeque<>(roots);
    while (!pending.isEmpty()) {
      String name = pending.pop();
      if (reached.putIfAbsent(name, components.get(name)) == null) {
        pending.addAll(references.get(name));
      }
    }
    return reached;
  }

  /**
   * @param fieldDescriptions upstream's description of each field by JSON name, written first
   *     into the field's schema
   */
  private ObjectNode structure(Class<?> type, Set<String> refs,
      Map<String, String> fieldDescriptions) {
    if (type == IntOrString.class) {
      // Upstream's v3 form of a type with OpenAPIV3OneOfTypes integer, string.
      ObjectNode schema = NODES.objectNode().put("format", "int-or-string");
      schema.putArray("oneOf").add(typed("integer")).add(typed("string"));
      return schema;
    }
    if (type == Quantity.class) {
      ObjectNode schema = NODES.objectNode();
      schema.putArray("oneOf").add(typed("string")).add(typed("number"));
      return schema;
    }
    if (type == MicroTime.class) {
      return typed("string").put("format", "date-time"); // fabric8 (de)codes it as a string
    }
    if (hasCustomDecoder(type)) {
      return anyValue(); // e.g. JSONSchemaPropsOrBool: any of several JSON shapes
    }
    ObjectNode properties = NODES.objectNode();
    SortedMap<String, BeanPropertyDefinition> sorted = new TreeMap<>();
    for (BeanPropertyDefinition property : introspect(type).findProperties()) {
      if (property.hasSetter() || property.hasField() || property.hasConstructorParameter()) {
        sorted.put(property.getName(), property);
      }
    }
    PropertySchemas inline = new PropertySchemas(this::define, refs);
    sorted.forEach((fieldName, property) -> {
      ObjectNode field = properties.putObject(fieldName);
      String description = fieldDescriptions.get(fieldName);
      if (description != null) {
        field.put("description", description);
      }
      field.setAll(inline.property(property.getPrimaryType()));
    });
    ObjectNode schema = typed("object");
    if (!properties.isEmpty()) {
      schema.set("properties", properties); // empty for free-form types such as FieldsV1
    }
    return schema;
  }

  private static BeanDescription introspect(Class<?> type) {
    DeserializationConfig config = ObjectMappers.json().getDeserializationConfig();
    return config.introspect(config.constructType(type));
  }

  static boolean hasCustomDecoder(Class<?> type) {
    JsonDeserialize decoder = type.getAnnotation(JsonDeserialize.class);
    return decoder != null && decoder.using() != JsonDeserializer.None.class;
  }

  /**
   * A schema that admits any JSON value, spelled as structural schemas do. Never {@code {}}:
   * kubectl's explain templates take an empty schema for a missing one and fail.
   */
  static ObjectNode anyValue() {
    return NODES.objectNode().put("x-kubernetes-preserve-unknown-fields", true);
  }

  static ObjectNode typed(String type) {
    return NODES.objectNode().put("type", type);
  }
}
