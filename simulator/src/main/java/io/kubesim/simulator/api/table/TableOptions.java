package io.kubesim.simulator.api.table;

import io.kubesim.simulator.api.QueryParams;

/**
 * How a Table is built ({@code metav1.TableOptions}).
 *
 * @param includeObject what each row carries besides its cells
 * @param noHeaders true to leave {@code columnDefinitions} null, as watch events after the first
 */
public record TableOptions(IncludeObject includeObject, boolean noHeaders) {

  /**
   * The options a request's query asks for.
   *
   * @throws io.kubesim.admission.status.StatusException 400 for an invalid {@code includeObject}
   */
  public static TableOptions from(QueryParams query) {
    return new TableOptions(IncludeObject.parse(query.get("includeObject")), false);
  }

  /** These options with headers suppressed. */
  public TableOptions withoutHeaders() {
    return new TableOptions(includeObject, true);
  }
}
