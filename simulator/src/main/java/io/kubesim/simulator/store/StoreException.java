package io.kubesim.simulator.store;

/**
 * The typed failures of {@link ObjectStore}; the request pipeline turns them into Kubernetes
 * Status errors with the resource and name it knows.
 */
public abstract sealed class StoreException extends RuntimeException {

  private final String key;

  StoreException(String key, String message) {
    super(message, null, false, false);
    this.key = key;
  }

  /** The key the operation addressed. */
  public String key() {
    return key;
  }

  /** No object under the key. */
  public static final class NotFound extends StoreException {
    public NotFound(String key) {
      super(key, "key not found: " + key);
    }
  }

  /** An object already exists under the key. */
  public static final class AlreadyExists extends StoreException {
    public AlreadyExists(String key) {
      super(key, "key exists: " + key);
    }
  }

  /** The expected revision is not the current one. */
  public static final class Conflict extends StoreException {
    private final long expected;
    private final long actual;

    public Conflict(String key, long expected, long actual) {
      super(key, "revision conflict on " + key + ": expected " + expected + ", found " + actual);
      this.expected = expected;
      this.actual = actual;
    }

    public long expected() {
      return expected;
    }

    public long actual() {
      return actual;
    }
  }

  /** A watch asked for history that has been compacted. */
  public static final class Expired extends StoreException {
    private final long requested;
    private final long oldest;

    public Expired(String key, long requested, long oldest) {
      super(key, "too old resource version: " + requested + " (" + oldest + ")");
      this.requested = requested;
      this.oldest = oldest;
    }

    public long requested() {
      return requested;
    }

    /**
     * The compacted revision: the oldest one a watch may still resume after, one below the oldest
     * retained event (upstream prints it in the 410 message).
     */
    public long oldest() {
      return oldest;
    }
  }
}
