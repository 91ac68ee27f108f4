package io.kubesim.simulator.api.table;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kubesim.simulator.api.Verb;

/** Prints one object through the whole Table conversion and checks its row's cells. */
final class RowAssertions {

  private static final OutputConversion CONVERSION =
      new OutputConversion(Fixtures.PRINTERS, Fixtures.CLOCK);
  private static final OutputFormat TABLE =
      new OutputFormat(OutputFormat.Target.TABLE, "v1", OutputFormat.JSON);

  private RowAssertions() {}

  /** The Table for {@code object} of {@code resource}, printed at {@link Fixtures#NOW}. */
  static ObjectNode table(String resource, String object) {
    return CONVERSION.convert(Fixtures.object(object), TABLE,
        Fixtures.target(resource, "", Verb.GET),
        new TableOptions(IncludeObject.METADATA, false));
  }

  static void assertCells(String resource, String object, JsonNode expected) {
    assertThat(Fixtures.wire(table(resource, object).path("rows").path(0).path("cells")))
        .isEqualTo(expected);
  }
}
