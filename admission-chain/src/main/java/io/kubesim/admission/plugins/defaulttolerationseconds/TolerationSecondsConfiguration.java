package io.kubesim.admission.plugins.defaulttolerationseconds;

import com.fasterxml.jackson.databind.JsonNode;
import io.kubesim.admission.status.GoQuote;
import java.util.Map;

/**
 * DefaultTolerationSeconds' configuration: upstream configures it only with two kube-apiserver
 * flags, so its admission configuration entry takes exactly those flags as keys.
 *
 * <pre>
 * - name: DefaultTolerationSeconds
 *   configuration:
 *     default-not-ready-toleration-seconds: 60
 *     default-unreachable-toleration-seconds: 60
 * </pre>
 *
 * @param notReadySeconds {@code --default-not-ready-toleration-seconds}, 300 when unset
 * @param unreachableSeconds {@code --default-unreachable-toleration-seconds}, 300 when unset
 */
public record TolerationSecondsConfiguration(long notReadySeconds, long unreachableSeconds) {

  public static final String NOT_READY_FLAG = "default-not-ready-toleration-seconds";
  public static final String UNREACHABLE_FLAG = "default-unreachable-toleration-seconds";

  /** Upstream's default for both flags. */
  public static final long DEFAULT_SECONDS = 300;

  /** Both flags at their defaults. */
  public static TolerationSecondsConfiguration defaults() {
    return new TolerationSecondsConfiguration(DEFAULT_SECONDS, DEFAULT_SECONDS);
  }

  /**
   * Decodes the configuration entry; {@code null} gives the defaults.
   *
   * @throws IllegalArgumentException with pflag's message for an unknown flag or a bad value
   */
  public static TolerationSecondsConfiguration from(JsonNode raw) {
    if (raw == null || raw.isNull() || raw.isMissingNode()) {
      return defaults();
    }
    if (!raw.isObject()) {
      throw new IllegalArgumentException("configuration must map " + NOT_READY_FLAG + " and "
          + UNREACHABLE_FLAG + " to seconds");
    }
    long notReady = DEFAULT_SECONDS;
    long unreachable = DEFAULT_SECONDS;
    for (Map.Entry<String, JsonNode> flag : raw.properties()) {
      switch (flag.getKey()) {
        case NOT_READY_FLAG -> notReady = seconds(flag.getKey(), flag.getValue());
        case UNREACHABLE_FLAG -> unreachable = seconds(flag.getKey(), flag.getValue());
        default -> throw new IllegalArgumentException("unknown flag: --" + flag.getKey());
      }
    }
    return new TolerationSecondsConfiguration(notReady, unreachable);
  }

  // a flag value is text to pflag; strconv.ParseInt decides what it accepts
  private static long seconds(String flag, JsonNode value) {
    String text = value.isValueNode() ? value.asText() : value.toString();
    String problem;
    if (!text.matches("[+-]?[0-9]+")) {
      problem = "invalid syntax";
    } else {
      try {
        return Long.parseLong(text);
      } catch (NumberFormatException e) {
        problem = "value out of range";
      }
    }
    throw new IllegalArgumentException("invalid argument " + GoQuote.quote(text) + " for "
        + GoQuote.quote("--" + flag) + " flag: strconv.ParseInt: parsing "
        + GoQuote.quote(text) + ": " + problem);
  }
}
