package io.kubesim.simulator.api.openapi;

import com.google.gson.annotations.SerializedName;
import io.swagger.annotations.ApiModel;
import io.swagger.annotations.ApiModelProperty;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Finds upstream's description of a schema and of each of its fields in the official Java
 * client's model classes, which are generated from kube-apiserver 1.33's OpenAPI and keep its
 * descriptions as swagger annotations: {@code @ApiModel} on the class, {@code @ApiModelProperty}
 * on each getter, the JSON name in the field's {@code @SerializedName}. fabric8's model carries
 * none, and copying the text by hand would drift. Each class is read once, when the documents
 * are generated (on the first OpenAPI request), never when a simulator starts.
 *
 * <p>The client models {@code IntOrString} and {@code Quantity} with hand-written classes that
 * carry no annotations; instead each field of such a type holds the type's description, not the
 * field's. That text is taken for the type, and the field is left undescribed; so such a type is
 * described only once some model with a field of that type has been read.
 */
final class ModelDescriptions {

  private static final String MODELS = "io.kubernetes.client.openapi.models.";
  private static final String CUSTOM_TYPES = "io.kubernetes.client.custom";
  private static final Pattern VERSION = Pattern.compile("v\\d+((alpha|beta)\\d+)?");
  private static final Pattern NOT_ALPHANUMERIC = Pattern.compile("[^A-Za-z0-9]");

  private final Map<String, Optional<TypeDescription>> read = new HashMap<>();
  private final Map<String, String> customTypes = new HashMap<>();

  /**
   * What upstream says about a type and its fields.
   *
   * @param description the type's description; blank when the client describes only its fields
   * @param properties each described field's description by JSON name
   */
  record TypeDescription(String description, Map<String, String> properties) {}

  /**
   * The descriptions of the schema upstream names {@code schemaName}, e.g. {@code
   * io.k8s.api.core.v1.PodSpec}; empty when the client has no such model or it says nothing.
   * Schemas that keep a fabric8 Java name have no upstream counterpart, so no description.
   */
  Optional<TypeDescription> of(String schemaName) {
    Optional<TypeDescription> model =
        read.computeIfAbsent(schemaName, name -> modelClass(name).flatMap(this::describe));
    if (model.isPresent()) {
      return model;
    }
    String customType = customTypes.get(schemaName.substring(schemaName.lastIndexOf('.') + 1));
    return Optional.ofNullable(customType).map(text -> new TypeDescription(text, Map.of()));
  }

  /**
   * The client names a model {@code <Version><Kind>}, or {@code <Group><Version><Kind>} where two
   * groups share a kind ({@code CoreV1Event}, {@code EventsV1Event}); the segments come from the
   * schema's Go package, as in {@code io.k8s.api.events.v1.Event}.
   */
  private static Optional<Class<?>> modelClass(String schemaName) {
    String[] segments = schemaName.split("\\.");
    if (!schemaName.startsWith("io.k8s.")
        || !VERSION.matcher(segments[segments.length - 2]).matches()) {
      return Optional.empty();
    }
    String kind = segments[segments.length - 1];
    String version = capitalized(segments[segments.length - 2]);
    String group = capitalized(segments[segments.length - 3]);
    for (String candidate : List.of(group + version + kind, version + kind)) {
      try {
        return Optional.of(Class.forName(MODELS + candidate, false,
            ModelDescriptions.class.getClassLoader()));
      } catch (ClassNotFoundException e) {
        // not this spelling; try the next
      }
    }
    return Optional.empty();
  }

  private Optional<TypeDescription> describe(Class<?> model) {
    ApiModel annotation = model.getAnnotation(ApiModel.class);
    String description = annotation == null ? "" : annotation.description();
    Map<String, String> properties = propertyDescriptions(model);
    return description.isBlank() && properties.isEmpty() ? Optional.empty()
        : Optional.of(new TypeDescription(description, Map.copyOf(properties)));
  }

  /**
   * Pairs each getter's description with its field's JSON name. Their Java names agree up to case
   * and the escapes the generator adds ({@code _default}/{@code getDefault}, {@code
   * $ref}/{@code get$Ref}).
   */
  private Map<String, String> propertyDescriptions(Class<?> model) {
    Map<String, String> jsonNames = new HashMap<>();
    for (Field field : model.getDeclaredFields()) {
      SerializedName json = field.getAnnotation(SerializedName.class);
      if (json != null && !Modifier.isStatic(field.getModifiers())) {
        jsonNames.put(key(field.getName()), json.value());
      }
    }
    Map<String, String> descriptions = new HashMap<>();
    for (Method getter : model.getMethods()) {
      ApiModelProperty property = getter.getAnnotation(ApiModelProperty.class);
      String name = getter.getName();
      String prefix = name.startsWith("get") ? "get" : name.startsWith("is") ? "is" : null;
      if (property == null || prefix == null || getter.getParameterCount() != 0
          || property.value().isBlank()) {
        continue;
      }
      String json = jsonNames.get(key(name.substring(prefix.length())));
      Class<?> type = getter.getReturnType();
      if (type.getPackageName().equals(CUSTOM_TYPES)) {
        customTypes.putIfAbsent(type.getSimpleName(), property.value());
      } else if (json != null) {
        descriptions.put(json, property.value());
      }
    }
    return descriptions;
  }

  private static String key(String javaName) {
    return NOT_ALPHANUMERIC.matcher(javaName).replaceAll("").toLowerCase(Locale.ROOT);
  }

  private static String capitalized(String segment) {
    return segment.isEmpty() ? segment
        : segment.substring(0, 1).toUpperCase(Locale.ROOT) + segment.substring(1);
  }
}
