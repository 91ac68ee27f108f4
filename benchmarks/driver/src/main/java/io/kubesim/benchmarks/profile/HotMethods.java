package io.kubesim.benchmarks.profile;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

/**
 * Counts a JFR recording's execution samples per method: how often a method was on top of the
 * stack (self) and anywhere on it (inclusive), to say what dominates a benchmark's time.
 */
public final class HotMethods {

  /**
   * One method's share of the samples.
   *
   * @param method {@code package.Class.method}
   * @param samples how many samples counted it
   * @param share samples divided by all samples
   */
  public record Hot(String method, long samples, double share) {}

  private final Map<String, Long> self = new HashMap<>();
  private final Map<String, Long> inclusive = new HashMap<>();
  private long total;

  /** Reads every {@code jdk.ExecutionSample} in {@code recording}. */
  public static HotMethods read(Path recording) throws IOException {
    HotMethods hot = new HotMethods();
    try (RecordingFile file = new RecordingFile(recording)) {
      while (file.hasMoreEvents()) {
        RecordedEvent event = file.readEvent();
        if (event.getEventType().getName().equals("jdk.ExecutionSample") && event.getStackTrace() != null) {
          hot.add(event.getStackTrace().getFrames());
        }
      }
    }
    return hot;
  }

  private void add(List<RecordedFrame> frames) {
    if (frames.isEmpty()) {
      return;
    }
    total++;
    self.merge(name(frames.get(0)), 1L, Long::sum);
    Set<String> seen = new HashSet<>();
    for (RecordedFrame frame : frames) {
      String name = name(frame);
      // Lambda classes are named per run ($$Lambda$259+0x...); their enclosing method says more.
      if (!name.contains("$$Lambda") && seen.add(name)) {
        inclusive.merge(name, 1L, Long::sum);
      }
    }
  }

  private static String name(RecordedFrame frame) {
    return frame.getMethod().getType().getName() + "." + frame.getMethod().getName();
  }

  /** How many samples were read. */
  public long total() {
    return total;
  }

  /** The {@code limit} methods most often on top of the stack. */
  public List<Hot> topSelf(int limit) {
    return top(self, limit, "");
  }

  /** The {@code limit} methods under {@code packagePrefix} most often anywhere on the stack. */
  public List<Hot> topInclusive(String packagePrefix, int limit) {
    return top(inclusive, limit, packagePrefix);
  }

  private List<Hot> top(Map<String, Long> counts, int limit, String prefix) {
    List<Hot> hot = new ArrayList<>();
    counts.entrySet().stream()
        .filter(e -> e.getKey().startsWith(prefix))
        .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
        .limit(limit)
        .forEach(e -> hot.add(new Hot(e.getKey(), e.getValue(), e.getValue() / (double) total)));
    return hot;
  }
}
