package io.kubesim.simulator.api;

import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.kubesim.admission.GroupResource;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The facts about an emulated Kubernetes release that the fabric8 model classes do not carry: its
 * version, which group-versions it serves and in what order, which model classes are not resources
 * there, and per-resource discovery details. Read from a YAML resource next to this class, e.g.
 * {@code kubernetes-1.33.yaml}.
 *
 * @param version what {@code /version} reports
 * @param groupVersions served group-versions ({@code v1}, {@code apps/v1}) in discovery order, a
 *     group's versions adjacent with the preferred one first
 * @param notServed {@code "apiVersion Kind"} of model classes in a served group-version that are
 *     not served as resources, with the reason
 * @param rootPaths paths {@code GET /} lists besides the API paths
 * @param resources per {@link GroupResource#toString() group-resource}; absent means {@link
 *     ResourceFacts#PLAIN}
 */
public record ReleaseFacts(
    ServerVersion version,
    List<String> groupVersions,
    Map<String, String> notServed,
    List<String> rootPaths,
    Map<String, ResourceFacts> resources) {

  public ReleaseFacts {
    groupVersions = List.copyOf(groupVersions);
    notServed = ordered(notServed);
    rootPaths = rootPaths == null ? List.of() : List.copyOf(rootPaths);
    resources = ordered(resources);
  }

  /** What a default kube-apiserver v1.33 serves. */
  public static ReleaseFacts kubernetes133() {
    return load("kubernetes-1.33.yaml");
  }

  /** Reads the facts from the YAML resource {@code name} beside this class; fails if malformed. */
  public static ReleaseFacts load(String name) {
    try (InputStream in = ReleaseFacts.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalArgumentException("no release facts resource " + name);
      }
      return new YAMLMapper().readValue(in, ReleaseFacts.class);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read release facts " + name, e);
    }
  }

  /** The facts about {@code resource}. */
  public ResourceFacts resource(GroupResource resource) {
    return resources.getOrDefault(resource.toString(), ResourceFacts.PLAIN);
  }

  private static <V> Map<String, V> ordered(Map<String, V> map) {
    return map == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(map));
  }
}
