package io.kubesim.simulator.api.table;

import static io.kubesim.simulator.api.table.JsonFields.name;
import static io.kubesim.simulator.api.table.JsonFields.number;
import static io.kubesim.simulator.api.table.JsonFields.text;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

/**
 * The event row ({@code LAST SEEN TYPE REASON OBJECT MESSAGE}, wide adds the sub-object, source,
 * first seen, count and name). Both core/v1 and events.k8s.io/v1 events print alike, as upstream
 * converts both to one internal type: the newer API's {@code regarding}, {@code note} and
 * {@code deprecated*} fields stand for the core ones.
 */
final class EventRows {

  private EventRows() {}

  static Map<String, RowPrinter> printers() {
    return Map.of("events", EventRows::event);
  }

  static Row event(JsonNode event, PrintTime time) {
    boolean modern = event.has("regarding") || event.has("note")
        || event.path("apiVersion").asText().startsWith("events.k8s.io/");
    JsonNode involved = event.path(modern ? "regarding" : "involvedObject");
    JsonNode source = event.path(modern ? "deprecatedSource" : "source");
    JsonNode firstTimestamp = event.path(modern ? "deprecatedFirstTimestamp" : "firstTimestamp");
    JsonNode lastTimestamp = event.path(modern ? "deprecatedLastTimestamp" : "lastTimestamp");
    long count = number(event, modern ? "deprecatedCount" : "count");
    String reportingController = text(event, modern ? "reportingController" : "reportingComponent");

    String first = PrintTime.parse(firstTimestamp) != null
        ? time.since(firstTimestamp) : time.since(event.path("eventTime"));
    String last = PrintTime.parse(lastTimestamp) != null ? time.since(lastTimestamp) : first;
    JsonNode series = event.path("series");
    if (series.isObject()) {
      last = time.since(series.path("lastObservedTime"));
      count = number(series, "count");
    } else if (count == 0) {
      // singleton events of the new API carry no count
      count = 1;
    }
    String kind = text(involved, "kind").toLowerCase();
    String target = text(involved, "name").isEmpty() ? kind : kind + "/" + text(involved, "name");
    String component = firstNonEmpty(text(source, "component"), reportingController);
    String instance = firstNonEmpty(text(source, "host"), text(event, "reportingInstance"));
    return Row.of(last, text(event, "type"), text(event, "reason"), target,
        text(involved, "fieldPath"), instance.isEmpty() ? component : component + ", " + instance,
        text(event, modern ? "note" : "message").strip(), first, count, name(event));
  }

  private static String firstNonEmpty(String a, String b) {
    return a.isEmpty() ? b : a;
  }
}
