package io.kubesim.junit;

import com.fasterxml.jackson.databind.JsonNode;
import io.kubesim.admission.TraceEntry;
import io.kubesim.simulator.journal.RequestRecord;
import java.util.List;

/**
 * Renders requests and their traces for people: one line per stage or plugin, in the order they
 * ran, with the decision, the patch of a mutation and the message of a denial. Assertion failures
 * print it whole, so a failing admission test shows what the chain did.
 *
 * <pre>
 * POST /api/v1/namespaces/default/pods → 403
 *   stage       authentication      ADMITTED
 *   mutating    AlwaysPullImages    MUTATED   add /spec/containers/0/imagePullPolicy "Always"
 *   validating  AlwaysDeny          DENIED    pods "web" is forbidden: admission control is ...
 * </pre>
 */
public final class TraceFormat {

  private TraceFormat() {}

  /** The request line and its whole trace. */
  public static String of(RequestRecord record) {
    StringBuilder b = new StringBuilder(headline(record));
    int phaseWidth = record.trace().stream().mapToInt(e -> e.phase().length()).max().orElse(0);
    int nameWidth = record.trace().stream().mapToInt(e -> e.name().length()).max().orElse(0);
    for (TraceEntry e : record.trace()) {
      String detail = detail(e);
      b.append("\n  ").append(pad(e.phase(), phaseWidth + 2)).append(pad(e.name(), nameWidth + 2))
          .append(detail.isEmpty() ? e.decision().name() : pad(e.decision().name(), 10) + detail);
    }
    if (record.trace().isEmpty()) {
      b.append("\n  (no trace)");
    }
    return b.toString();
  }

  /** One line per request, oldest first. */
  public static String summaries(List<RequestRecord> records) {
    if (records.isEmpty()) {
      return "  (empty)";
    }
    StringBuilder b = new StringBuilder();
    for (RequestRecord r : records) {
      b.append(b.length() == 0 ? "" : "\n").append("  ").append(headline(r));
    }
    return b.toString();
  }

  private static String headline(RequestRecord r) {
    return r.method() + " " + r.uri() + " → " + r.code();
  }

  private static String detail(TraceEntry e) {
    if (!e.message().isEmpty()) {
      return e.message();
    }
    if (e.patch() == null) {
      return "";
    }
    StringBuilder b = new StringBuilder();
    for (JsonNode op : e.patch()) {
      b.append(b.length() == 0 ? "" : "; ").append(op.path("op").asText()).append(' ')
          .append(op.path("path").asText());
      if (op.has("value")) {
        b.append(' ').append(op.get("value"));
      }
    }
    return b.toString();
  }

  private static String pad(String text, int width) {
    return text.length() >= width ? text + " " : text + " ".repeat(width - text.length());
  }
}
