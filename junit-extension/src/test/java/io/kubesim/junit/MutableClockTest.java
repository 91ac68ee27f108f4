package io.kubesim.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class MutableClockTest {

  static final Instant START = Instant.parse("2025-01-01T00:00:00Z");
  static final Clock BASE = Clock.fixed(Instant.parse("2030-06-01T12:00:00Z"), ZoneOffset.UTC);

  static Stream<Arguments> moves() {
    return Stream.of(
        arguments("a fixed clock stays put", MutableClock.fixedAt(START),
            (Consumer<MutableClock>) c -> { }, START),
        arguments("a fixed clock moves by what the test advances",
            MutableClock.fixedAt(START),
            (Consumer<MutableClock>) c -> c.advance(Duration.ofMinutes(90)),
            Instant.parse("2025-01-01T01:30:00Z")),
        arguments("a following clock is shifted by what the test advances",
            MutableClock.following(BASE),
            (Consumer<MutableClock>) c -> c.advance(Duration.ofDays(-1)),
            Instant.parse("2030-05-31T12:00:00Z")),
        arguments("set pins a following clock", MutableClock.following(BASE),
            (Consumer<MutableClock>) c -> c.set(START), START),
        arguments("reset undoes advances and pins", MutableClock.following(BASE),
            (Consumer<MutableClock>) c -> {
              c.advance(Duration.ofHours(5));
              c.set(START);
              c.reset();
            }, Instant.parse("2030-06-01T12:00:00Z")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("moves")
  void theClockShowsWhatTheTestMadeOfIt(String behaviour, MutableClock clock,
      Consumer<MutableClock> move, Instant expected) {
    move.accept(clock);

    assertThat(clock.instant()).isEqualTo(expected);
    assertThat(clock.getZone()).isEqualTo(ZoneOffset.UTC);
  }
}
