package io.kubesim.simulator.store;

/**
 * How a store's applied writes become durable and reach watchers. The store applies each write to
 * its map under the write lock and hands the resulting event here; a write's caller returns only
 * after {@link #awaitDurable} says the write survives a crash.
 */
interface CommitPolicy extends AutoCloseable {

  /** Takes the event of a write just applied. Called under the store's write lock. */
  void applied(RecordedEvent event);

  /** Blocks until every write up to {@code revision} is durable. Called without store locks. */
  void awaitDurable(long revision);

  /**
   * Makes every applied write durable now and publishes its event. Called under the store's write
   * lock, for changes that bypass {@link #applied}, such as clearing the store.
   */
  void flushLocked();

  /** How many durable commits (fsyncs) the store made since it opened. */
  long commits();

  /** Commits what is applied and stops; called once no more writes can be applied. */
  @Override
  void close();
}
