package io.kubesim.simulator.selector;

import io.kubesim.admission.status.GoQuote;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A {@code []string} bad value, printed as Go's {@code %#v} prints it in upstream field errors:
 * {@code []string{"a", "b"}}, {@code []string{}}, or {@code []string(nil)}.
 *
 * @param values the strings, or {@code null} for a nil slice
 */
public record GoStringSlice(List<String> values) {

  @Override
  public String toString() {
    if (values == null) {
      return "[]string(nil)";
    }
    return values.stream().map(GoQuote::quote).collect(Collectors.joining(", ", "[]string{", "}"));
  }
}
