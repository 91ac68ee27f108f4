package io.kubesim.simulator.kubectl;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * kubectl's table output read back into cells, so a test can compare every column exactly and
 * only the clock-dependent {@code AGE} by shape. Columns are separated by at least two spaces
 * (kubectl pads to the widest cell plus three), while a header such as {@code NOMINATED NODE}
 * has one.
 */
final class TableOutput {

  /** What an AGE cell reads as once checked: its value follows the clock. */
  static final String AGE = "<age>";

  private TableOutput() {}

  /**
   * The rows of {@code stdout}, the header first, each split into cells; every AGE cell is
   * checked to be a duration in kubectl's short form ({@code 0s}, {@code 5m}) and read as
   * {@link #AGE}.
   */
  static List<List<String>> rows(String stdout) {
    List<List<String>> rows = new ArrayList<>();
    int age = -1;
    for (String line : stdout.lines().toList()) {
      List<String> cells = new ArrayList<>(Arrays.asList(line.strip().split(" {2,}")));
      if (rows.isEmpty() || line.startsWith("NAME ")) {
        age = cells.indexOf("AGE");
      } else if (age >= 0 && age < cells.size()) {
        if (!cells.get(age).matches("(\\d+[smhd])+")) {
          throw new AssertionError("AGE is " + cells.get(age) + " in: " + line);
        }
        cells.set(age, AGE);
      }
      rows.add(cells);
    }
    return rows;
  }
}
