package io.kubesim.simulator.api;

import io.kubesim.admission.status.StatusErrors;
import java.util.List;
import java.util.Map;

/**
 * The decoded query parameters of a request ({@code +} already decoded to a space).
 *
 * @param values every parameter with all its values, in order
 */
public record QueryParams(Map<String, List<String>> values) {

  public QueryParams {
    values = Map.copyOf(values);
  }

  /** No parameters. */
  public static QueryParams empty() {
    return new QueryParams(Map.of());
  }

  /** The first value of {@code name}, or empty. */
  public String get(String name) {
    List<String> v = values.get(name);
    return v == null || v.isEmpty() ? "" : v.get(0);
  }

  /** True when {@code name} is present. */
  public boolean has(String name) {
    return values.containsKey(name);
  }

  /** A boolean flag such as {@code watch=true} or {@code watch=1}. */
  public boolean flag(String name) {
    String v = get(name);
    return v.equals("true") || v.equals("1") || v.equalsIgnoreCase("True");
  }

  /**
   * A non-negative integer parameter, or {@code fallback} when absent.
   *
   * @throws io.kubesim.admission.status.StatusException 400 when it is not a number
   */
  public long number(String name, long fallback) {
    String v = get(name);
    if (v.isEmpty()) {
      return fallback;
    }
    try {
      return Long.parseLong(v);
    } catch (NumberFormatException e) {
      throw StatusErrors.badRequest(
          "invalid value for " + name + ": " + v + " is not a valid integer");
    }
  }
}
