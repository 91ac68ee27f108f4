package io.kubesim.junit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * A {@link Clock} that a test moves: either pinned to an instant ({@link #fixedAt}) and moved only
 * by {@link #advance} and {@link #set}, or following another clock ({@link #following}) shifted by
 * every {@link #advance}. The simulator stamps {@code creationTimestamp}, deletion times and the
 * journal from it, so a pinned clock makes object output comparable with golden files.
 *
 * <p>{@link #reset()} returns to the state it was created in; the extension calls it whenever it
 * resets the cluster between tests. Thread-safe: the simulator reads it from its worker threads.
 */
public final class MutableClock extends Clock {

  /** The moving part: a pinned instant, or null to follow the base clock, plus a shift. */
  private record State(Instant pinned, Duration shift) {}

  private final Clock base;
  private final State initial;
  private volatile State state;

  private MutableClock(Clock base, State initial) {
    this.base = base;
    this.initial = initial;
    this.state = initial;
  }

  /** A clock pinned at {@code start} in UTC; it moves only when the test moves it. */
  public static MutableClock fixedAt(Instant start) {
    return new MutableClock(Clock.systemUTC(),
        new State(Objects.requireNonNull(start, "start"), Duration.ZERO));
  }

  /** A clock that follows {@code base}, shifted by what the test advances it. */
  public static MutableClock following(Clock base) {
    return new MutableClock(Objects.requireNonNull(base, "base"), new State(null, Duration.ZERO));
  }

  /** Moves the clock forward by {@code amount} (backward when negative). */
  public synchronized void advance(Duration amount) {
    Objects.requireNonNull(amount, "amount");
    State s = state;
    state = s.pinned() != null ? new State(s.pinned().plus(amount), s.shift())
        : new State(null, s.shift().plus(amount));
  }

  /** Pins the clock at {@code instant}; from now on only the test moves it. */
  public synchronized void set(Instant instant) {
    state = new State(Objects.requireNonNull(instant, "instant"), Duration.ZERO);
  }

  /** Back to the state this clock was created in. */
  public synchronized void reset() {
    state = initial;
  }

  /** True while the clock is pinned (it does not move by itself). */
  public boolean isFixed() {
    return state.pinned() != null;
  }

  @Override
  public Instant instant() {
    State s = state;
    return s.pinned() != null ? s.pinned() : base.instant().plus(s.shift());
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  /** This clock always reports UTC, as the API server does; other zones are not supported. */
  @Override
  public Clock withZone(ZoneId zone) {
    if (ZoneOffset.UTC.equals(zone)) {
      return this;
    }
    throw new UnsupportedOperationException("kubesim clocks are UTC only: " + zone);
  }

  @Override
  public String toString() {
    return "MutableClock[" + (isFixed() ? "fixed at " : "following, now ") + instant() + "]";
  }
}
