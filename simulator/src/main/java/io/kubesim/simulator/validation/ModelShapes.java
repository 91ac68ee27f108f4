package io.kubesim.simulator.validation;

import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.deser.BeanDeserializer;
import com.fasterxml.jackson.databind.deser.DefaultDeserializationContext;
import com.fasterxml.jackson.databind.deser.ValueInstantiator;
import com.fasterxml.jackson.databind.introspect.Annotated;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import io.kubesim.admission.ObjectMappers;
import java.lang.reflect.Modifier;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Tells, without decoding, whether a JSON tree certainly decodes into a model type: every value
 * has exactly the JSON shape of its property (a string for a {@code String}, an integer in range
 * for an {@code int}, an array for a list, an object for a map or a model class), all the way
 * down. Fields the type does not declare are fine: the model classes collect or ignore them.
 *
 * <p>It answers false whenever it cannot be sure (a custom deserializer, an enum, a polymorphic
 * type, a value Jackson might or might not coerce), and the caller then decodes for real. So it
 * never changes an outcome; it only spares the decode of well-formed objects, which is most of
 * them: a type check by decoding is a tenth of a pod create's work, twice.
 */
public final class ModelShapes {

  private static final Map<JavaType, Shape> SHAPES = new ConcurrentHashMap<>();

  private ModelShapes() {}

  /** True when {@code tree} certainly decodes into {@code type}; false when it may not. */
  public static boolean certainlyDecodes(JsonNode tree, Class<?> type) {
    return shape(ObjectMappers.json().constructType(type)).accepts(tree);
  }

  /** What values a type accepts for sure. */
  private interface Shape {
    boolean accepts(JsonNode node);
  }

  private static final Shape ANY = node -> true;
  private static final Shape UNSURE = node -> node == null || node.isNull();
  private static final Shape TEXT = node -> node.isNull() || node.isTextual();
  private static final Shape BOOLEAN = node -> node.isNull() || node.isBoolean();
  private static final Shape INT = node -> node.isNull()
      || node.isIntegralNumber() && node.canConvertToInt();
  private static final Shape LONG = node -> node.isNull()
      || node.isIntegralNumber() && node.canConvertToLong();
  private static final Shape FLOATING = node -> node.isNull() || node.isNumber();

  private static Shape shape(JavaType type) {
    Shape shape = SHAPES.get(type); // computeIfAbsent would lock, and recurse
    if (shape == null) {
      shape = shapeOf(type);
      SHAPES.putIfAbsent(type, shape);
    }
    return shape;
  }

  private static Shape shapeOf(JavaType type) {
    Class<?> raw = type.getRawClass();
    if (raw == Object.class || JsonNode.class.isAssignableFrom(raw)) {
      return ANY;
    }
    if (raw == String.class) {
      return TEXT;
    }
    if (raw == Boolean.class || raw == boolean.class) {
      return BOOLEAN;
    }
    if (raw == Integer.class || raw == int.class) {
      return INT;
    }
    if (raw == Long.class || raw == long.class) {
      return LONG;
    }
    if (raw == Double.class || raw == double.class || raw == Float.class || raw == float.class) {
      return FLOATING;
    }
    if (type.isCollectionLikeType()) {
      return new ContainerShape(type.getContentType(), true);
    }
    if (type.isMapLikeType()) {
      return type.getKeyType().getRawClass() == String.class
          ? new ContainerShape(type.getContentType(), false) : UNSURE;
    }
    if (raw.isPrimitive() || raw.isArray() || raw.isEnum() || raw.isInterface()
        || Modifier.isAbstract(raw.getModifiers()) || raw.getName().startsWith("java.")
        || !plainBean(type)) {
      return UNSURE;
    }
    return new BeanShape(type);
  }

  /**
   * True when Jackson reads {@code type} with its plain bean deserializer, through the default
   * constructor and setters: no custom deserializer (a Quantity), no creator that sees the value
   * first (an IntOrString), no polymorphism. Asked once per type.
   */
  private static synchronized boolean plainBean(JavaType type) {
    DeserializationConfig config = ObjectMappers.json().getDeserializationConfig();
    try {
      DeserializationContext context = ((DefaultDeserializationContext) ObjectMappers.json()
          .getDeserializationContext()).createDummyInstance(config);
      JsonDeserializer<Object> deserializer = context.findRootValueDeserializer(type);
      if (deserializer.getClass() != BeanDeserializer.class) {
        return false;
      }
      ValueInstantiator creator = ((BeanDeserializer) deserializer).getValueInstantiator();
      return creator.canCreateUsingDefault() && !creator.canCreateUsingDelegate()
          && !creator.canCreateUsingArrayDelegate() && !creator.canCreateFromObjectWith();
    } catch (JsonMappingException | RuntimeException e) {
      return false;
    }
  }

  /** A list (a JSON array) or a map (a JSON object) whose every element has one shape. */
  private record ContainerShape(JavaType element, boolean array) implements Shape {
    @Override
    public boolean accepts(JsonNode node) {
      if (node.isNull()) {
        return true;
      }
      if (array ? !node.isArray() : !node.isObject()) {
        return false;
      }
      Shape items = shape(element);
      for (JsonNode item : node) {
        if (!items.accepts(item)) {
          return false;
        }
      }
      return true;
    }
  }

  /** A model class: its declared properties by JSON name, resolved on first use. */
  private static final class BeanShape implements Shape {
    private final JavaType type;
    private volatile Map<String, Shape> properties;

    BeanShape(JavaType type) {
      this.type = type;
    }

    @Override
    public boolean accepts(JsonNode node) {
      if (node.isNull()) {
        return true;
      }
      if (!node.isObject()) {
        return false;
      }
      Map<String, Shape> props = properties();
      for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> field = it.next();
        Shape property = props.get(field.getKey());
        if (property != null && !property.accepts(field.getValue())) {
          return false;
        }
      }
      return true;
    }

    private Map<String, Shape> properties() {
      Map<String, Shape> props = properties;
      if (props == null) {
        props = introspect();
        properties = props;
      }
      return props;
    }

    private Map<String, Shape> introspect() {
      DeserializationConfig config = ObjectMappers.json().getDeserializationConfig();
      BeanDescription description = config.introspect(type);
      Map<String, Shape> props = new HashMap<>();
      for (BeanPropertyDefinition p : description.findProperties()) {
        if (p.hasSetter() || p.hasField() || p.hasConstructorParameter()) {
          props.put(p.getName(), customized(p) ? UNSURE : new Deferred(p.getPrimaryType()));
        }
      }
      return props;
    }

    // a deserializer or format of the property's own, e.g. @JsonDeserialize(using = ...)
    private static boolean customized(BeanPropertyDefinition property) {
      Annotated member = property.getPrimaryMember();
      if (member == null) {
        return true;
      }
      JsonDeserialize deserialize = member.getAnnotation(JsonDeserialize.class);
      return deserialize != null && (deserialize.using() != JsonDeserializer.None.class
          || deserialize.contentUsing() != JsonDeserializer.None.class
          || deserialize.as() != Void.class || deserialize.contentAs() != Void.class)
          || member.hasAnnotation(com.fasterxml.jackson.annotation.JsonFormat.class)
          || member.hasAnnotation(JsonTypeInfo.class);
    }
  }

  /** A property's shape, looked up when first needed (model types refer to themselves). */
  private static final class Deferred implements Shape {
    private final JavaType type;
    private volatile Shape resolved;

    Deferred(JavaType type) {
      this.type = type;
    }

    @Override
    public boolean accepts(JsonNode node) {
      Shape shape = resolved;
      if (shape == null) {
        shape = shape(type);
        resolved = shape;
      }
      return shape.accepts(node);
    }
  }
}
