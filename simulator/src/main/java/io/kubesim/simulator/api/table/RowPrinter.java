package io.kubesim.simulator.api.table;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Computes the cells one object of a kind prints as. Implementations are pure functions of the
 * object and the printing moment, and return exactly one cell per column of their table.
 */
@FunctionalInterface
public interface RowPrinter {

  /** The row of {@code object} printed at {@code time}. */
  Row print(JsonNode object, PrintTime time);
}
