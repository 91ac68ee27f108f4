package io.kubesim.simulator.api.table;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * The cells one object prints as, in column order, and the row conditions that mark it (only
 * finished pods carry one, {@code Completed}).
 *
 * @param cells {@code String}, {@code Long}, {@code Boolean} or null values; kubectl prints a
 *     null as {@code <none>}
 * @param completed the {@code Completed} condition's reason and message, or null
 */
public record Row(List<Object> cells, Completion completed) {

  public Row {
    // cells may hold nulls, which List.copyOf refuses
    cells = Collections.unmodifiableList(new ArrayList<>(cells));
  }

  /** A row of {@code cells} and no condition. */
  public static Row of(Object... cells) {
    return new Row(Arrays.asList(cells), null);
  }

  /**
   * The {@code Completed=True} row condition upstream gives pods that have finished.
   *
   * @param reason the pod phase, {@code Succeeded} or {@code Failed}
   * @param message the human sentence for it
   */
  public record Completion(String reason, String message) {}
}
