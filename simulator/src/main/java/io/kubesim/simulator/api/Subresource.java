package io.kubesim.simulator.api;

import io.kubesim.admission.GroupVersionKind;
import java.util.List;

/**
 * One subresource a resource type serves, e.g. {@code pods/log}: the kind its requests and
 * responses carry and the verbs discovery advertises for it.
 *
 * @param name the subresource name, e.g. {@code status}
 * @param responseKind the kind it answers with, e.g. {@code autoscaling/v1 Scale} for {@code scale}
 * @param verbs the verbs it serves, sorted
 */
public record Subresource(String name, GroupVersionKind responseKind, List<String> verbs) {

  /** What {@code status}-like subresources serve: read, replace and patch. */
  public static final List<String> READ_WRITE_VERBS = List.of("get", "patch", "update");

  private static final GroupVersionKind SCALE = new GroupVersionKind("autoscaling", "v1", "Scale");

  public Subresource {
    verbs = List.copyOf(verbs);
  }

  /**
   * The subresource as custom resources serve it: {@code scale} answers with {@code autoscaling/v1
   * Scale}, anything else with the parent kind; both with get, patch and update.
   */
  public static Subresource conventional(ResourceType parent, String name) {
    GroupVersionKind kind = name.equals("scale") ? SCALE : parent.gvk();
    return new Subresource(name, kind, READ_WRITE_VERBS);
  }
}
