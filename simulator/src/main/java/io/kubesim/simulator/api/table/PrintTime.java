package io.kubesim.simulator.api.table;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/**
 * The moment a table is printed at, and the age columns computed from it. Printers read "now"
 * only from here, so the simulator's injectable clock decides every age.
 *
 * @param now the printing moment
 */
public record PrintTime(Instant now) {

  private static final String UNKNOWN = "<unknown>";

  /** The {@code Age} cell of {@code object}: time since its {@code metadata.creationTimestamp}. */
  public String age(JsonNode object) {
    return since(object.path("metadata").path("creationTimestamp"));
  }

  /** Time since an RFC 3339 timestamp field; {@code <unknown>} when it is absent. */
  public String since(JsonNode timestamp) {
    Instant at = parse(timestamp);
    return at == null ? UNKNOWN : HumanDuration.format(Duration.between(at, now));
  }

  /** Time from {@code start} to {@code end}, both RFC 3339 timestamp fields. */
  public static String between(JsonNode start, JsonNode end) {
    Instant from = parse(start);
    Instant to = parse(end);
    return from == null || to == null ? UNKNOWN : HumanDuration.format(Duration.between(from, to));
  }

  /** The instant a timestamp field holds, or null when it is absent, empty or malformed. */
  static Instant parse(JsonNode timestamp) {
    if (timestamp == null || !timestamp.isTextual() || timestamp.asText().isEmpty()) {
      return null;
    }
    try {
      return Instant.parse(timestamp.asText());
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
