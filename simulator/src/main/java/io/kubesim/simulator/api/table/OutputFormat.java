package io.kubesim.simulator.api.table;

/**
 * What the client's {@code Accept} header asked the answer to be converted to.
 *
 * @param target the conversion
 * @param metaVersion {@code v1} or {@code v1beta1}: the meta.k8s.io version of the converted
 *     kinds; empty for {@link Target#AS_IS}
 * @param mediaType the serializer chosen, e.g. {@code application/json}
 */
public record OutputFormat(Target target, String metaVersion, String mediaType) {

  /** The media type answers are written in when nothing else is asked for. */
  public static final String JSON = "application/json";

  /** The object or list unchanged, as JSON: the answer to a missing or wildcard Accept. */
  public static OutputFormat asIs() {
    return new OutputFormat(Target.AS_IS, "", JSON);
  }

  /** The {@code apiVersion} of converted kinds, e.g. {@code meta.k8s.io/v1}. */
  public String metaApiVersion() {
    return "meta.k8s.io/" + metaVersion;
  }

  /** The kinds an answer can be converted to (upstream's {@code as=} values). */
  public enum Target {
    /** No conversion. */
    AS_IS,
    /** {@code Table}: rows of printed cells. */
    TABLE,
    /** {@code PartialObjectMetadata}: one object's metadata. */
    PARTIAL_OBJECT_METADATA,
    /** {@code PartialObjectMetadataList}: a list's items reduced to their metadata. */
    PARTIAL_OBJECT_METADATA_LIST
  }
}
