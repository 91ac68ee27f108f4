package io.kubesim.simulator.store;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class StoreOptionsTest {

  static Stream<Arguments> invalid() {
    return Stream.of(
        Arguments.of(0, 10, "historySize must be at least 1, got 0"),
        Arguments.of(10, 0, "watchBacklog must be at least 1, got 0"));
  }

  @ParameterizedTest(name = "history {0}, backlog {1} is rejected")
  @MethodSource("invalid")
  void rejectsSizesBelowOne(int historySize, int watchBacklog, String message) {
    assertThatThrownBy(() -> new StoreOptions(historySize, watchBacklog))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(message);
  }
}
