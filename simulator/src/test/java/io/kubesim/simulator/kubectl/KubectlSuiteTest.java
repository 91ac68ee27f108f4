package io.kubesim.simulator.kubectl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import io.kubesim.simulator.kubectl.SuiteCell.Transport;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The kubectl suite: real kubectl 1.33, and 1.29 four minor versions behind, each against the
 * standalone server over HTTP and over HTTPS, runs every everyday command in the order of a
 * user's session: discovery, create, get, describe, the changing commands, apply, delete. Each
 * cell starts one server, as {@code kubesim serve} does, and all its commands share it. A cell
 * whose kubectl is not installed is skipped, each of its steps saying why.
 */
class KubectlSuiteTest {

  /** kubectl versions from the same directory: the one the simulator emulates, and an old one. */
  private static final List<String> VERSIONS = List.of("1.33", "1.29");

  /** Every step of a cell, in order; later steps use what earlier ones made. */
  private static final List<SuiteStep> SESSION = Stream.of(DiscoverySteps.steps(),
      CreateSteps.steps(), GetSteps.steps(), DescribeSteps.steps(), ChangeSteps.steps(),
      ApplySteps.steps(), DeleteSteps.steps()).flatMap(List::stream).toList();

  /** The last step: the cell's server stops and gives its port back. */
  private static final SuiteStep STOP = SuiteStep.step("the server stops and frees its port",
      cell -> {
        int port = cell.simulator().port();
        cell.close();
        assertThat(LocalPorts.refusesConnections(port)).as("port %d is released", port).isTrue();
      });

  @TestFactory
  Stream<DynamicContainer> everydayCommandsWorkFromEachKubectlOverHttpAndHttps() {
    return VERSIONS.stream().flatMap(version -> Stream.of(Transport.values())
        .map(transport -> session(new SuiteCell(version, transport))));
  }

  private static DynamicContainer session(SuiteCell cell) {
    Stream<DynamicTest> steps = Stream.concat(SESSION.stream(), Stream.of(STOP))
        .map(step -> dynamicTest(step.name(), () -> {
          cell.assumeKubectl();
          step.check().accept(cell);
        }));
    // Closes the server even when the run is cut short before the last step.
    return dynamicContainer(cell.toString(), steps.onClose(cell::close));
  }
}
