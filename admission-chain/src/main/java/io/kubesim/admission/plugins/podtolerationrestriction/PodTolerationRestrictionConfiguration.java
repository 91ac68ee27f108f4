package io.kubesim.admission.plugins.podtolerationrestriction;

import com.fasterxml.jackson.databind.JsonNode;
import io.kubesim.admission.pods.PodToleration;
import io.kubesim.admission.status.FieldError;
import io.kubesim.admission.status.GoQuote;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * PodTolerationRestriction's configuration: the cluster's default tolerations, added to new pods
 * in namespaces without their own defaults, and the cluster's whitelist, which applies in
 * namespaces without their own whitelist.
 *
 * <pre>
 * apiVersion: podtolerationrestriction.admission.k8s.io/v1alpha1
 * kind: Configuration
 * default:
 * - {key: dedicated, operator: Equal, value: batch, effect: NoSchedule}
 * whitelist:
 * - {key: dedicated, operator: Exists}
 * </pre>
 *
 * @param defaults the cluster's default tolerations
 * @param whitelist the cluster's whitelist; empty allows every toleration
 */
public record PodTolerationRestrictionConfiguration(List<PodToleration> defaults,
    List<PodToleration> whitelist) {

  /** The API group of the configuration kind; {@code v1alpha1} and {@code v1} are accepted. */
  public static final String GROUP = "podtolerationrestriction.admission.k8s.io";

  private static final List<String> VERSIONS = List.of(GROUP + "/v1alpha1", GROUP + "/v1");

  public PodTolerationRestrictionConfiguration {
    defaults = List.copyOf(defaults);
    whitelist = List.copyOf(whitelist);
  }

  /** No defaults, no whitelist: what the plugin does without a configuration. */
  public static PodTolerationRestrictionConfiguration none() {
    return new PodTolerationRestrictionConfiguration(List.of(), List.of());
  }

  /**
   * Decodes and validates the configuration; {@code null} gives {@link #none()}.
   *
   * @throws IllegalArgumentException with upstream's decoding or {@code invalid config: [...]}
   *     message
   */
  public static PodTolerationRestrictionConfiguration from(JsonNode raw) {
    if (raw == null || raw.isNull() || raw.isMissingNode()) {
      return none();
    }
    String kind = raw.path("kind").asText("");
    String apiVersion = raw.path("apiVersion").asText("");
    if (kind.isEmpty()) {
      throw new IllegalArgumentException("Object 'Kind' is missing in '" + raw + "'");
    }
    if (!VERSIONS.contains(apiVersion) || !"Configuration".equals(kind)) {
      throw new IllegalArgumentException("no kind " + GoQuote.quote(kind)
          + " is registered for version " + GoQuote.quote(apiVersion));
    }
    List<PodToleration> defaults = PodToleration.listOf(raw.path("default"));
    List<PodToleration> whitelist = PodToleration.listOf(raw.path("whitelist"));
    List<FieldError> errors = new ArrayList<>(
        TolerationValidation.validate(defaults, "podtolerationrestriction.default"));
    errors.addAll(TolerationValidation.validate(whitelist, "podtolerationrestriction.whitelist"));
    if (!errors.isEmpty()) {
      // Go prints the error list with %v: bracketed, separated by single spaces
      throw new IllegalArgumentException("invalid config: [" + errors.stream()
          .map(FieldError::toString).collect(Collectors.joining(" ")) + "]");
    }
    return new PodTolerationRestrictionConfiguration(defaults, whitelist);
  }
}
