package io.kubesim.simulator.store;

/**
 * The commit policy of a heap-only store: nothing is ever durable beyond the process, so a write is
 * published to watchers the moment it is applied, still under the write lock that orders it.
 */
final class ImmediateCommit implements CommitPolicy {

  private final WatchHub hub;

  ImmediateCommit(WatchHub hub) {
    this.hub = hub;
  }

  @Override
  public void applied(RecordedEvent event) {
    hub.publish(event);
  }

  @Override
  public void awaitDurable(long revision) {}

  @Override
  public void flushLocked() {}

  @Override
  public long commits() {
    return 0;
  }

  @Override
  public void close() {}
}
