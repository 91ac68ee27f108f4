package io.kubesim.simulator.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Compares the registry with what {@code kubectl api-resources} prints against a default 1.33
 * server (preferred versions only), kept as text in the test resources.
 */
class KubectlApiResourcesTest {

  private static final BuiltInResourceRegistry REGISTRY = BuiltInResourceRegistry.kubernetes133();

  record Row(String name, String shortNames, String apiVersion, boolean namespaced, String kind) {

    static Row of(ResourceType type) {
      return new Row(
          type.plural(),
          String.join(",", type.shortNames()),
          type.apiVersion(),
          type.namespaced(),
          type.kind());
    }
  }

  @TestFactory
  Stream<DynamicTest> everyRowKubectlPrintsIsServedAlike() throws IOException {
    return expectedRows().stream()
        .map(
            row ->
                DynamicTest.dynamicTest(
                    row.name() + " " + row.apiVersion(),
                    () -> {
                      ResourceType type =
                          REGISTRY.all().stream()
                              .filter(
                                  t ->
                                      t.plural().equals(row.name())
                                          && t.apiVersion().equals(row.apiVersion()))
                              .findFirst()
                              .orElseThrow();
                      assertThat(Row.of(type)).isEqualTo(row);
                    }));
  }

  @Test
  void servesExactlyTheRowsKubectlPrintsPlusOlderVersionsOfTheSameResources() throws IOException {
    List<Row> preferred =
        REGISTRY.all().stream().filter(KubectlApiResourcesTest::isPreferred).map(Row::of).toList();

    assertThat(preferred).containsExactlyInAnyOrderElementsOf(expectedRows()).hasSize(60);
    assertThat(REGISTRY.all())
        .filteredOn(type -> !isPreferred(type))
        .extracting(type -> type.apiVersion() + " " + type.plural())
        .containsExactly("autoscaling/v1 horizontalpodautoscalers");
  }

  private static boolean isPreferred(ResourceType type) {
    return type.group().isEmpty()
        || REGISTRY.groups().stream()
            .anyMatch(
                g -> g.name().equals(type.group()) && g.preferredVersion().equals(type.version()));
  }

  /** Reads the fixed-width table, cutting columns where the header's titles start. */
  private static List<Row> expectedRows() throws IOException {
    try (var in =
            KubectlApiResourcesTest.class.getResourceAsStream("kubectl-api-resources-1.33.txt");
        var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      List<String> lines = reader.lines().toList();
      String header = lines.get(0);
      int[] at = {
        0,
        header.indexOf("SHORTNAMES"),
        header.indexOf("APIVERSION"),
        header.indexOf("NAMESPACED"),
        header.indexOf("KIND")
      };
      return lines.stream()
          .skip(1)
          .map(
              line ->
                  new Row(
                      line.substring(at[0], at[1]).trim(),
                      line.substring(at[1], at[2]).trim(),
                      line.substring(at[2], at[3]).trim(),
                      Boolean.parseBoolean(line.substring(at[3], at[4]).trim()),
                      line.substring(at[4]).trim()))
          .toList();
    }
  }
}
