package io.kubesim.simulator.api.table;

import io.kubesim.admission.status.StatusErrors;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Chooses what to answer from an {@code Accept} header, as kube-apiserver's content negotiation
 * does: clauses by quality, specific before wildcard; the first clause that names a media type
 * the server writes ({@code application/json}, {@code application/yaml},
 * {@code application/vnd.kubernetes.protobuf}, or a wildcard of them) and a conversion it can
 * make ({@code as=Table}, {@code as=PartialObjectMetadata[List]} in meta.k8s.io v1 or v1beta1)
 * wins. kubectl lists the Table clauses first and plain JSON last, so a server without tables
 * would still be understood.
 */
public final class AcceptNegotiation {

  /** The serializers' media types, in upstream's order: a wildcard picks the first. */
  private static final List<String> MEDIA_TYPES =
      List.of("application/json", "application/yaml", "application/vnd.kubernetes.protobuf");
  private static final String ACCEPTED = String.join(", ", MEDIA_TYPES);
  private static final String YAML = "application/yaml";

  private AcceptNegotiation() {}

  /**
   * The output format {@code accept} asks for.
   *
   * @param accept the header, possibly null or empty (plain JSON)
   * @param watch true for a watch, whose stream cannot be YAML
   * @throws io.kubesim.admission.status.StatusException 406 with upstream's message when no
   *     clause can be served
   */
  public static OutputFormat negotiate(String accept, boolean watch) {
    if (accept == null || accept.isBlank()) {
      return OutputFormat.asIs();
    }
    for (Clause clause : clauses(accept)) {
      for (String mediaType : MEDIA_TYPES) {
        if (!clause.matches(mediaType)) {
          continue;
        }
        OutputFormat format = clause.format(mediaType);
        if (format != null) {
          if (watch && format.mediaType().equals(YAML)) {
            // upstream picks the clause first and only then finds YAML has no stream framing
            throw StatusErrors.notAcceptable(ACCEPTED);
          }
          return format;
        }
      }
    }
    throw StatusErrors.notAcceptable(ACCEPTED);
  }

  /** The header's clauses by quality, then specific types before wildcards (stable). */
  static List<Clause> clauses(String header) {
    List<Clause> clauses = new ArrayList<>();
    for (String part : header.split(",")) {
      Clause clause = Clause.parse(part.trim());
      if (clause != null) {
        clauses.add(clause);
      }
    }
    clauses.sort(Comparator.comparingDouble((Clause c) -> -c.quality)
        .thenComparing(c -> c.type.equals("*"))
        .thenComparing(c -> c.subtype.equals("*")));
    return clauses;
  }

  /** One media range with its parameters. */
  record Clause(String type, String subtype, Map<String, String> params, double quality) {

    static Clause parse(String text) {
      String[] pieces = text.split(";");
      String[] range = pieces[0].trim().split("/", -1);
      String type = range[0].trim();
      String subtype;
      if (range.length == 1 && type.equals("*")) {
        subtype = "*";
      } else if (range.length == 2) {
        subtype = range[1].trim();
      } else {
        return null;
      }
      Map<String, String> params = new HashMap<>();
      double quality = 1.0;
      for (int i = 1; i < pieces.length; i++) {
        String[] kv = pieces[i].split("=", 2);
        if (kv.length != 2) {
          continue;
        }
        String key = kv[0].trim();
        if (key.equals("q")) {
          quality = parseQuality(kv[1].trim());
        } else {
          params.put(key, kv[1].trim());
        }
      }
      return new Clause(type, subtype, params, quality);
    }

    boolean matches(String mediaType) {
      String[] served = mediaType.split("/");
      return type.equals("*") && subtype.equals("*")
          || type.equals(served[0]) && (subtype.equals("*") || subtype.equals(served[1]));
    }

    /** The format this clause gives with {@code mediaType}, or null when it cannot be served. */
    OutputFormat format(String mediaType) {
      String stream = params.getOrDefault("stream", "");
      if (!stream.isEmpty() && (!stream.equals("watch") || mediaType.equals(YAML))) {
        return null;
      }
      if (!params.containsKey("as") && !params.containsKey("g") && !params.containsKey("v")) {
        return new OutputFormat(OutputFormat.Target.AS_IS, "", mediaType);
      }
      String version = params.getOrDefault("v", "");
      if (!params.getOrDefault("g", "").equals("meta.k8s.io")
          || !(version.equals("v1") || version.equals("v1beta1"))) {
        return null;
      }
      return switch (params.getOrDefault("as", "")) {
        case "Table" -> mediaType.equals(YAML) || mediaType.equals("application/json")
            ? new OutputFormat(OutputFormat.Target.TABLE, version, mediaType) : null;
        case "PartialObjectMetadata" ->
            new OutputFormat(OutputFormat.Target.PARTIAL_OBJECT_METADATA, version, mediaType);
        case "PartialObjectMetadataList" ->
            new OutputFormat(OutputFormat.Target.PARTIAL_OBJECT_METADATA_LIST, version, mediaType);
        default -> null;
      };
    }

    private static double parseQuality(String text) {
      try {
        return Double.parseDouble(text);
      } catch (NumberFormatException e) {
        // Go's ParseFloat error leaves q at zero
        return 0;
      }
    }
  }
}
