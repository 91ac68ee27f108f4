package io.kubesim.junit.perf;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The extension adds at most 5 ms per test to a class of 100 tests reset between tests. Timing
 * means nothing on an overloaded machine, so the check is skipped, with the load in the reason,
 * when the load average exceeds twice the number of cores.
 */
class ResetOverheadTest {

  @Test
  void resettingBetweenTestsCostsAtMostFiveMillisecondsPerTest() {
    int cores = Runtime.getRuntime().availableProcessors();
    double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    Assumptions.assumeTrue(load <= 2.0 * cores, () -> "load average " + load + " on " + cores
        + " cores: too busy to time anything");

    ResetOverheadMeasurement.Figures figures = ResetOverheadMeasurement.measure(3);

    assertThat(figures.overheadPerTestMs()).as("ms per test, %s", figures)
        .isLessThanOrEqualTo(5.0);
  }
}
