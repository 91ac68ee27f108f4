package io.kubesim.simulator.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class EventHistoryTest {

  /** A ring of three after revisions 1..appended; asks for events after {@code after}. */
  static Stream<Arguments> cases() {
    return Stream.of(
        Arguments.of(
            "an empty ring replays nothing and compacts at the latest", 0, 0, 9, List.of(), 9L),
        Arguments.of("a partly filled ring replays from the start", 2, 0, 2, List.of(1L, 2L), 0L),
        Arguments.of("a full ring keeps the newest events", 5, 2, 5, List.of(3L, 4L, 5L), 2L),
        Arguments.of("a replay starts after the given revision", 5, 3, 5, List.of(4L, 5L), 2L),
        Arguments.of("nothing is replayed after the newest", 5, 5, 5, List.of(), 2L),
        Arguments.of("a wrapped ring keeps order", 7, 4, 7, List.of(5L, 6L, 7L), 4L));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void keepsTheNewestEvents(
      String description,
      int appended,
      long after,
      long latest,
      List<Long> replayed,
      long compacted) {
    var history = new EventHistory(3);
    LongStream.rangeClosed(1, appended).forEach(revision -> history.append(event(revision)));
    assertThat(history.after(after))
        .extracting(RecordedEvent::revision)
        .containsExactlyElementsOf(replayed);
    assertThat(history.compactedRevision(latest)).isEqualTo(compacted);
  }

  static RecordedEvent event(long revision) {
    return new RecordedEvent(
        WatchEvent.Type.ADDED, "/core/pods/ns/p" + revision, new byte[0], null, revision);
  }
}
