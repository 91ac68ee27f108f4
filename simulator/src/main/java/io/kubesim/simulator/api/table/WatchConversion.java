package io.kubesim.simulator.api.table;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kubesim.admission.status.StatusException;
import io.kubesim.simulator.api.RequestTarget;

/**
 * Converts the objects of one watch's events, keeping the state upstream's watch encoder keeps:
 * once one event went out, later Tables carry {@code "columnDefinitions": null}, so kubectl
 * prints the header once. Not thread-safe: one watch's events are encoded in order on one
 * thread.
 */
public final class WatchConversion {

  private final OutputConversion conversion;
  private final OutputFormat format;
  private final RequestTarget target;
  private TableOptions options;

  WatchConversion(OutputConversion conversion, OutputFormat format, RequestTarget target,
      TableOptions options) {
    this.conversion = conversion;
    this.format = format;
    this.target = target;
    this.options = options;
  }

  /**
   * The event object to send for {@code object}; unchanged when it cannot be converted, as
   * upstream logs the failure and sends the original.
   */
  public ObjectNode convert(ObjectNode object) {
    ObjectNode converted;
    try {
      converted = conversion.convert(object, format, target, options);
    } catch (StatusException e) {
      converted = object;
    }
    // upstream turns headers off after the first encode, whatever that event was
    if (options != null) {
      options = options.withoutHeaders();
    }
    return converted;
  }
}
