package io.kubesim.simulator.api.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Ages print with upstream's shrinking precision: seconds, minutes, hours, days, years. */
class HumanDurationTest {

  static Stream<Arguments> durations() {
    return Stream.of(
        arguments("more than a second in the future is invalid", Duration.ofMillis(-2500),
            "<invalid>"),
        arguments("a second of clock skew counts as now", Duration.ofMillis(-1500), "0s"),
        arguments("now", Duration.ZERO, "0s"),
        arguments("under two minutes in seconds", Duration.ofSeconds(119), "119s"),
        arguments("two minutes exactly drops the seconds", Duration.ofMinutes(2), "2m"),
        arguments("under ten minutes with seconds", Duration.ofSeconds(9 * 60 + 59), "9m59s"),
        arguments("ten minutes and more in minutes", Duration.ofSeconds(10 * 60 + 30), "10m"),
        arguments("under three hours in minutes", Duration.ofMinutes(179), "179m"),
        arguments("three hours exactly", Duration.ofHours(3), "3h"),
        arguments("under eight hours with minutes", Duration.ofMinutes(7 * 60 + 59), "7h59m"),
        arguments("under two days in hours", Duration.ofHours(47), "47h"),
        arguments("under eight days with hours", Duration.ofHours(7 * 24 + 23), "7d23h"),
        arguments("whole days drop the hours", Duration.ofDays(3), "3d"),
        arguments("under two years in days", Duration.ofDays(729), "729d"),
        arguments("under eight years with days", Duration.ofDays(3 * 365 + 12), "3y12d"),
        arguments("whole years drop the days", Duration.ofDays(4 * 365), "4y"),
        arguments("eight years and more in years", Duration.ofDays(9 * 365 + 100), "9y"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("durations")
  void formatsLikeUpstream(String behaviour, Duration elapsed, String expected) {
    assertThat(HumanDuration.format(elapsed)).isEqualTo(expected);
  }
}
