package io.kubesim.simulator.store;

/**
 * How much change history an {@link ObjectStore} keeps for watches.
 *
 * @param historySize how many recent events are kept for watch resume; a watch asking for an older
 *     revision fails with {@link StoreException.Expired}
 * @param watchBacklog how many live events one watch may have waiting beyond a full history replay;
 *     a listener that falls further behind has its watch ended, as upstream ends unresponsive
 *     watchers, and resumes from its last revision
 */
public record StoreOptions(int historySize, int watchBacklog) {

  /** Upstream's watch cache holds a comparable window of recent events. */
  public static final int DEFAULT_HISTORY_SIZE = 10_000;

  public static final int DEFAULT_WATCH_BACKLOG = 100_000;

  public StoreOptions {
    if (historySize < 1) {
      throw new IllegalArgumentException("historySize must be at least 1, got " + historySize);
    }
    if (watchBacklog < 1) {
      throw new IllegalArgumentException("watchBacklog must be at least 1, got " + watchBacklog);
    }
  }

  /** 10,000 events of history and a backlog of 100,000 events per watch. */
  public static StoreOptions defaults() {
    return new StoreOptions(DEFAULT_HISTORY_SIZE, DEFAULT_WATCH_BACKLOG);
  }

  public StoreOptions withHistorySize(int size) {
    return new StoreOptions(size, watchBacklog);
  }

  public StoreOptions withWatchBacklog(int backlog) {
    return new StoreOptions(historySize, backlog);
  }
}
