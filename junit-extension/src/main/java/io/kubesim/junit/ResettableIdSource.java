package io.kubesim.junit;

import io.kubesim.admission.IdSource;

/**
 * An {@link IdSource} seeded once and re-seeded on {@link #reset()}: after every reset the
 * cluster hands out the same UIDs and generated names again, so each test sees the same ids
 * whatever ran before it.
 */
final class ResettableIdSource implements IdSource {

  private final long seed;
  private volatile IdSource current;

  ResettableIdSource(long seed) {
    this.seed = seed;
    this.current = IdSource.seeded(seed);
  }

  /** Starts the sequence over. */
  void reset() {
    current = IdSource.seeded(seed);
  }

  @Override
  public String uuid() {
    return current.uuid();
  }

  @Override
  public String suffix(int length) {
    return current.suffix(length);
  }
}
