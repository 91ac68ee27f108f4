package io.kubesim.simulator.patch;

import io.kubesim.admission.status.StatusErrors;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The PATCH content types kube-apiserver 1.33 accepts, and the content-type check that picks one.
 */
public enum PatchType {
  /** RFC 6902 JSON patch. */
  JSON_PATCH("application/json-patch+json"),
  /** RFC 7386 JSON merge patch. */
  MERGE_PATCH("application/merge-patch+json"),
  /** Strategic merge patch; built-in kinds only. */
  STRATEGIC_MERGE_PATCH("application/strategic-merge-patch+json"),
  /** Server-side apply; handled by field ownership, not by {@link Patches}. */
  APPLY_PATCH_YAML("application/apply-patch+yaml");

  private static final List<PatchType> BUILT_IN =
      List.of(JSON_PATCH, MERGE_PATCH, STRATEGIC_MERGE_PATCH, APPLY_PATCH_YAML);
  private static final List<PatchType> CUSTOM_RESOURCE =
      List.of(JSON_PATCH, MERGE_PATCH, APPLY_PATCH_YAML);

  private final String mediaType;

  PatchType(String mediaType) {
    this.mediaType = mediaType;
  }

  /** The media type, e.g. {@code application/merge-patch+json}. */
  public String mediaType() {
    return mediaType;
  }

  /** The types {@code target} accepts, in the order upstream lists them in its 415 message. */
  public static List<PatchType> acceptedBy(PatchTarget target) {
    return target.builtIn() ? BUILT_IN : CUSTOM_RESOURCE;
  }

  /**
   * The patch type named by a {@code Content-Type} header. As upstream, parameters after the
   * first {@code ;} are ignored and the rest must match exactly (no trimming, case-sensitive);
   * anything else, including strategic merge patch for a custom resource, is a 415 listing the
   * accepted types.
   */
  public static PatchType fromContentType(String contentType, PatchTarget target) {
    String mediaType = contentType == null ? "" : contentType;
    int semicolon = mediaType.indexOf(';');
    if (semicolon > 0) {
      mediaType = mediaType.substring(0, semicolon);
    }
    for (PatchType type : acceptedBy(target)) {
      if (type.mediaType.equals(mediaType)) {
        return type;
      }
    }
    throw unsupported(target);
  }

  /** Throws the 415 when {@code target} does not accept this type. */
  void requireAcceptedBy(PatchTarget target) {
    if (!acceptedBy(target).contains(this)) {
      throw unsupported(target);
    }
  }

  private static RuntimeException unsupported(PatchTarget target) {
    return StatusErrors.unsupportedMediaType(acceptedBy(target).stream()
        .map(PatchType::mediaType).collect(Collectors.joining(", ")));
  }
}
