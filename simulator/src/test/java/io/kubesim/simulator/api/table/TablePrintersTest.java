package io.kubesim.simulator.api.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.kubesim.admission.GroupResource;
import io.kubesim.simulator.api.ResourceType;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** The printer registry matches the served resources, and every printer fills its columns. */
class TablePrintersTest {

  @Test
  void everyPrintedResourceIsServed() {
    Set<GroupResource> served = Fixtures.REGISTRY.all().stream()
        .map(ResourceType::groupResource).collect(Collectors.toSet());

    assertThat(served).containsAll(Fixtures.PRINTERS.printedResources());
  }

  @TestFactory
  Stream<DynamicTest> everyPrinterFillsEachColumnEvenForAnEmptyObject() {
    JsonNode empty = Fixtures.json("{}");
    return Fixtures.REGISTRY.all().stream().map(ResourceType::groupResource).distinct()
        .map(resource -> DynamicTest.dynamicTest(resource.toString(), () -> {
          TablePrinter printer = Fixtures.PRINTERS.forResource(resource, "");
          Row row = printer.rows().print(empty, new PrintTime(Fixtures.NOW));
          assertThat(row.cells()).hasSameSizeAs(printer.columns());
        }));
  }

  @Test
  void kindsWithoutAnUpstreamPrinterUseTheDefaultTable() {
    Stream.of(new GroupResource("rbac.authorization.k8s.io", "roles"),
            new GroupResource("rbac.authorization.k8s.io", "clusterroles"),
            new GroupResource("", "limitranges"),
            new GroupResource("apiextensions.k8s.io", "customresourcedefinitions"))
        .forEach(r -> assertThat(Fixtures.PRINTERS.forResource(r, "").isDefault())
            .as(r.toString()).isTrue());
  }

  @Test
  void theScaleSubresourcePrintsScaleColumns() {
    TablePrinter scale = Fixtures.PRINTERS.forResource(new GroupResource("apps", "deployments"),
        "scale");

    assertThat(scale.columns()).extracting(ColumnDefinition::name)
        .containsExactly("Name", "Desired", "Available", "Age");
  }

  @Test
  void aTableWithoutRowPrinterFailsAtLoad() {
    JsonNode document = Fixtures.json("{'tables':[{'table':'nope','resources':[],"
        + "'columns':[{'name':'Name'}]}]}");

    assertThatThrownBy(() -> TablePrinters.load(document, Map.of()))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("nope");
  }

  @Test
  void aRowPrinterWithoutTableFailsAtLoad() {
    JsonNode document = Fixtures.json("{'tables':[]}");

    assertThatThrownBy(() -> TablePrinters.load(document,
        Map.of("orphan", (o, t) -> Row.of(Instant.EPOCH.toString()))))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("orphan");
  }
}
