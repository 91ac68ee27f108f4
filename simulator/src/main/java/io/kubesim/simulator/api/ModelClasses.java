package io.kubesim.simulator.api;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.KubernetesResource;
import io.fabric8.kubernetes.api.model.KubernetesResourceList;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.lang.reflect.Modifier;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Finds the fabric8 model classes of resource kinds on a class path: every class the model jars
 * list in {@code META-INF/services/io.fabric8.kubernetes.api.model.KubernetesResource} that has
 * object metadata and is not a list. Options, reviews' bodies and the like stay in; which of them
 * are served is the release's business ({@link ReleaseFacts}).
 */
final class ModelClasses {

  private static final String INDEX = "META-INF/services/" + KubernetesResource.class.getName();

  private ModelClasses() {}

  /** The resource model classes visible to {@code loader}, sorted by class name. */
  static List<Class<? extends HasMetadata>> discover(ClassLoader loader) {
    List<Class<? extends HasMetadata>> found = new ArrayList<>();
    for (String name : listedNames(loader)) {
      Class<?> candidate = load(name, loader);
      if (isResourceKind(candidate)) {
        found.add(candidate.asSubclass(HasMetadata.class));
      }
    }
    found.sort(Comparator.comparing(Class::getName));
    return List.copyOf(found);
  }

  private static boolean isResourceKind(Class<?> type) {
    return HasMetadata.class.isAssignableFrom(type)
        && !KubernetesResourceList.class.isAssignableFrom(type)
        && !type.isInterface()
        && !Modifier.isAbstract(type.getModifiers());
  }

  private static Set<String> listedNames(ClassLoader loader) {
    Set<String> names = new TreeSet<>();
    try {
      Enumeration<URL> indexes = loader.getResources(INDEX);
      while (indexes.hasMoreElements()) {
        URL index = indexes.nextElement();
        try (BufferedReader reader =
            new BufferedReader(new InputStreamReader(index.openStream(), StandardCharsets.UTF_8))) {
          reader
              .lines()
              .map(line -> line.replaceFirst("#.*", "").trim())
              .filter(line -> !line.isEmpty())
              .forEach(names::add);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + INDEX, e);
    }
    return names;
  }

  private static Class<?> load(String name, ClassLoader loader) {
    try {
      return Class.forName(name, false, loader);
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException(INDEX + " lists a missing class " + name, e);
    }
  }
}
