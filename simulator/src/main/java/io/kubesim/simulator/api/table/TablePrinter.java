package io.kubesim.simulator.api.table;

import java.util.List;

/**
 * How one kind prints as a table: its columns and the function computing each object's cells.
 *
 * @param name the table's name in the column definitions resource, e.g. {@code pods}
 * @param columns the columns, wide ones (priority 1) included
 * @param rows computes one row per object
 */
public record TablePrinter(String name, List<ColumnDefinition> columns, RowPrinter rows) {

  public TablePrinter {
    columns = List.copyOf(columns);
  }

  /**
   * True for the generic {@code Name}/{@code Created At} table of kinds without a printer, which
   * upstream builds differently: an empty list has {@code "rows": null} there, not {@code []}.
   */
  public boolean isDefault() {
    return name.equals(TablePrinters.DEFAULT_TABLE);
  }
}
