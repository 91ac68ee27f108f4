package io.kubesim.simulator.patch;

import io.kubesim.admission.GroupVersionKind;
import java.util.Objects;

/**
 * What a PATCH request patches: the kind of the object, and whether it is a built-in kind
 * (compiled into kube-apiserver) or a custom resource.
 *
 * <p>The difference matters twice: custom resources do not accept strategic merge patch, and
 * built-in kinds take their list merge keys from {@code patch-strategies.json}.
 *
 * @param gvk the group, version and kind of the patched object (for a subresource such as
 *     {@code scale}, the subresource's kind)
 * @param builtIn true for built-in kinds, false for custom resources
 */
public record PatchTarget(GroupVersionKind gvk, boolean builtIn) {

  public PatchTarget {
    Objects.requireNonNull(gvk, "gvk");
  }

  /** A kind compiled into kube-apiserver, e.g. {@code apps/v1 Deployment}. */
  public static PatchTarget builtIn(GroupVersionKind gvk) {
    return new PatchTarget(gvk, true);
  }

  /** A kind served from a CustomResourceDefinition. */
  public static PatchTarget customResource(GroupVersionKind gvk) {
    return new PatchTarget(gvk, false);
  }
}
