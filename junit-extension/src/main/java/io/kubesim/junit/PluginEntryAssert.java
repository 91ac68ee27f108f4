package io.kubesim.junit;

import com.fasterxml.jackson.databind.JsonNode;
import io.kubesim.admission.TraceEntry;
import java.util.ArrayList;
import java.util.List;

/** Assertions on what one plugin did to a request: its denial message, or where it mutated. */
public final class PluginEntryAssert {

  private final RequestAdmissionAssert request;
  private final List<TraceEntry> entries;

  PluginEntryAssert(RequestAdmissionAssert request, List<TraceEntry> entries) {
    this.request = request;
    this.entries = entries;
  }

  /** The plugin's message contains {@code text}. */
  public PluginEntryAssert withMessageContaining(String text) {
    if (entries.stream().noneMatch(e -> e.message().contains(text))) {
      throw request.fail("Expected the message of " + name() + " to contain \"" + text
          + "\", but it was \"" + entries.get(0).message() + "\"");
    }
    return this;
  }

  /**
   * The plugin's patch changed the JSON pointer {@code path}: an operation on it, under it, or
   * adding or replacing a value that contains it.
   */
  public PluginEntryAssert at(String path) {
    List<String> touched = new ArrayList<>();
    for (TraceEntry e : entries) {
      if (e.patch() == null) {
        continue;
      }
      for (JsonNode op : e.patch()) {
        String opPath = op.path("path").asText();
        touched.add(opPath);
        if (covers(op, opPath, path)) {
          return this;
        }
      }
    }
    throw request.fail("Expected " + name() + " to change " + path + ", but its patch changed "
        + touched);
  }

  /** Back to the request, for further assertions. */
  public RequestAdmissionAssert and() {
    return request;
  }

  private static boolean covers(JsonNode op, String opPath, String path) {
    if (opPath.equals(path) || opPath.startsWith(path + "/")) {
      return true;
    }
    if (!path.startsWith(opPath + "/") || !op.has("value")) {
      return false;
    }
    return !op.get("value").at(path.substring(opPath.length())).isMissingNode();
  }

  private String name() {
    return entries.get(0).name();
  }
}
