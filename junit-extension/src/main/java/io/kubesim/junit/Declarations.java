package io.kubesim.junit;

import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * Finds how a test class asks for a simulator and rejects ambiguous requests before any test
 * runs: two different {@link KubeSimulatorTest} declarations (say, one direct and one through a
 * composed annotation, or a {@code @Nested} class declaring other settings than its enclosing
 * class), the annotation together with a {@link KubeSimulatorExtension} field, or two such fields.
 * A test class runs against exactly one cluster.
 */
final class Declarations {

  private Declarations() {}

  /**
   * The annotation that applies to {@code testClass} and the class that carries it, looking
   * through superclasses, composed annotations and enclosing classes.
   */
  static Optional<Map.Entry<Class<?>, KubeSimulatorTest>> annotation(Class<?> testClass) {
    for (Class<?> c = testClass; c != null; c = enclosing(c)) {
      Optional<KubeSimulatorTest> found = AnnotationSupport.findAnnotation(c,
          KubeSimulatorTest.class);
      if (found.isPresent()) {
        return Optional.of(Map.entry(c, found.get()));
      }
    }
    return Optional.empty();
  }

  /**
   * Checks the declarations visible from {@code testClass}.
   *
   * @throws ExtensionConfigurationException naming the conflicting declarations
   */
  static void check(Class<?> testClass) {
    Map<KubeSimulatorTest, String> annotations = new LinkedHashMap<>();
    List<String> fields = new ArrayList<>();
    List<Class<?>> related = new ArrayList<>();
    for (Class<?> c = testClass; c != null; c = enclosing(c)) {
      related.add(c);
    }
    // the @Nested classes too, so that a conflict fails before the outer class runs a test
    addNested(testClass, related);
    for (Class<?> c : related) {
      collectAnnotations(c, c.getSimpleName(), annotations);
      for (Class<?> k = c; k != null && k != Object.class; k = k.getSuperclass()) {
        collectFields(k, fields);
      }
    }
    String name = testClass.getName();
    if (annotations.size() > 1) {
      throw new ExtensionConfigurationException(name + " has conflicting declarations "
          + String.join(" and ", describe(annotations))
          + "; a test class runs against one simulator, so declare @KubeSimulatorTest once "
          + "(a @Nested class shares the simulator of its enclosing class)");
    }
    if (!annotations.isEmpty() && !fields.isEmpty()) {
      throw new ExtensionConfigurationException(name + " declares both "
          + describe(annotations).get(0) + " and the @RegisterExtension field " + fields.get(0)
          + "; use the annotation or the field, not both");
    }
    if (fields.size() > 1) {
      throw new ExtensionConfigurationException(name + " registers several "
          + "KubeSimulatorExtension fields: " + String.join(", ", fields)
          + "; a test class runs against one simulator, so register one");
    }
  }

  private static void addNested(Class<?> c, List<Class<?>> into) {
    for (Class<?> inner : c.getDeclaredClasses()) {
      if (inner.isAnnotationPresent(Nested.class) && !into.contains(inner)) {
        into.add(inner);
        addNested(inner, into);
      }
    }
  }

  // the nearest class in the superclass chain that declares any: a subclass may override
  private static void collectAnnotations(Class<?> c, String where,
      Map<KubeSimulatorTest, String> found) {
    for (Class<?> k = c; k != null && k != Object.class; k = k.getSuperclass()) {
      Map<KubeSimulatorTest, String> declared = new LinkedHashMap<>();
      for (Annotation a : k.getDeclaredAnnotations()) {
        collect(a, k == c ? where : where + " (inherited from " + k.getSimpleName() + ")",
            declared, new HashSet<>());
      }
      if (!declared.isEmpty()) {
        declared.forEach(found::putIfAbsent);
        return;
      }
    }
  }

  private static void collect(Annotation a, String where, Map<KubeSimulatorTest, String> found,
      Set<Class<?>> seen) {
    if (a instanceof KubeSimulatorTest declared) {
      found.putIfAbsent(declared, where);
      return;
    }
    Class<? extends Annotation> type = a.annotationType();
    if (type.getName().startsWith("java.lang.annotation") || !seen.add(type)) {
      return;
    }
    for (Annotation meta : type.getDeclaredAnnotations()) {
      collect(meta, where + " through @" + type.getSimpleName(), found, seen);
    }
  }

  private static void collectFields(Class<?> c, List<String> fields) {
    for (Field f : c.getDeclaredFields()) {
      if (KubeSimulatorExtension.class.isAssignableFrom(f.getType())
          && f.isAnnotationPresent(RegisterExtension.class)) {
        fields.add(c.getSimpleName() + "." + f.getName());
      }
    }
  }

  private static List<String> describe(Map<KubeSimulatorTest, String> annotations) {
    List<String> out = new ArrayList<>();
    annotations.forEach((a, where) -> out.add(
        a.toString().replace(KubeSimulatorTest.class.getName(), "KubeSimulatorTest")
            + " on " + where));
    return out;
  }

  // only inner (non-static) classes can be @Nested; a static nested class stands alone
  private static Class<?> enclosing(Class<?> c) {
    return c.getEnclosingClass() != null && !Modifier.isStatic(c.getModifiers())
        ? c.getEnclosingClass() : null;
  }
}
