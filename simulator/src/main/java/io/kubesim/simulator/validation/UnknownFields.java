package io.kubesim.simulator.validation;

import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import io.fabric8.kubernetes.api.model.FieldsV1;
import io.kubesim.admission.ObjectMappers;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Finds the fields of a JSON object that its model type does not declare, with upstream's path
 * format ({@code spec.containers[1].ports[0].containerPortZ}), for {@code fieldValidation}.
 *
 * <p>The fabric8 model classes swallow unknown fields into {@code additionalProperties}, so the
 * check walks the JSON tree against each class's Jackson properties instead of decoding.
 */
public final class UnknownFields {

  private static final Map<JavaType, Map<String, JavaType>> PROPERTIES = new ConcurrentHashMap<>();

  private UnknownFields() {}

  /** The unknown field paths in {@code tree} for {@code type}, in document order. */
  public static List<String> find(JsonNode tree, Class<?> type) {
    List<String> unknown = new ArrayList<>();
    walk(tree, ObjectMappers.json().constructType(type), "", unknown, false);
    return unknown;
  }

  /** Like {@link #find}, and removes the unknown fields from {@code tree} (upstream drops them). */
  public static List<String> prune(JsonNode tree, Class<?> type) {
    List<String> unknown = new ArrayList<>();
    walk(tree, ObjectMappers.json().constructType(type), "", unknown, true);
    return unknown;
  }

  private static void walk(JsonNode node, JavaType type, String path, List<String> out,
      boolean remove) {
    if (node == null || node.isNull() || type == null) {
      return;
    }
    if (type.isContainerType()) {
      JavaType content = type.getContentType();
      if (type.isMapLikeType() && node.isObject()) {
        node.fields().forEachRemaining(e ->
            walk(e.getValue(), content, path + "." + e.getKey(), out, remove));
      } else if (node.isArray()) {
        for (int i = 0; i < node.size(); i++) {
          walk(node.get(i), content, path + "[" + i + "]", out, remove);
        }
      }
      return;
    }
    if (!node.isObject() || isLeaf(type)) {
      return;
    }
    Map<String, JavaType> props = PROPERTIES.get(type); // computeIfAbsent locks on collisions
    if (props == null) {
      props = PROPERTIES.computeIfAbsent(type, UnknownFields::properties);
    }
    for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      String child = path.isEmpty() ? e.getKey() : path + "." + e.getKey();
      if (!props.containsKey(e.getKey())) {
        out.add(child);
        if (remove) {
          it.remove();
        }
      } else {
        walk(e.getValue(), props.get(e.getKey()), child, out, remove);
      }
    }
  }

  private static boolean isLeaf(JavaType type) {
    Class<?> raw = type.getRawClass();
    // FieldsV1 is free-form JSON upstream (managedFields[].fieldsV1), not a struct
    return raw == Object.class || raw == FieldsV1.class || JsonNode.class.isAssignableFrom(raw)
        || raw.isPrimitive()
        || raw.getName().startsWith("java.") || raw.isEnum()
        || raw.isAnnotationPresent(JsonDeserialize.class)
            && raw.getAnnotation(JsonDeserialize.class).using()
                != com.fasterxml.jackson.databind.JsonDeserializer.None.class;
  }

  private static Map<String, JavaType> properties(JavaType type) {
    DeserializationConfig config = ObjectMappers.json().getDeserializationConfig();
    BeanDescription description = config.introspect(type);
    Map<String, JavaType> props = new HashMap<>();
    for (BeanPropertyDefinition p : description.findProperties()) {
      if (p.hasSetter() || p.hasField() || p.hasConstructorParameter()) {
        props.put(p.getName(), p.getPrimaryType());
      }
    }
    return props;
  }
}
