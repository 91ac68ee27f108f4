package io.kubesim.simulator.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;
import org.mapdb.DB;
import org.mapdb.DBMaker;

/**
 * Opens {@link ObjectStore}s: heap-only for tests and demos, or file-backed for a standalone server
 * whose objects survive restarts.
 */
public final class ObjectStores {

  /** The database file a file-backed store keeps in its directory, next to its write-ahead log. */
  public static final String DATABASE_FILE = "objects.db";

  private ObjectStores() {}

  /** A store held entirely on the heap; writes cost about a microsecond and nothing persists. */
  public static MapDbObjectStore inMemory(StoreOptions options) {
    return new MapDbObjectStore(() -> DBMaker.heapDB().make(), options, false);
  }

  /**
   * A store in {@code directory}, created if absent, that reopens with every object and the
   * revision counter it had. A write returns once it is on disk; concurrent writes share one
   * commit. Watch history is not persisted: after a reopen, watches can resume only from the
   * current revision on.
   *
   * @throws UncheckedIOException when the directory cannot be created
   */
  public static MapDbObjectStore fileBacked(Path directory, StoreOptions options) {
    try {
      Files.createDirectories(directory);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create store directory " + directory, e);
    }
    Supplier<DB> database =
        () ->
            DBMaker.fileDB(directory.resolve(DATABASE_FILE).toFile())
                .transactionEnable()
                .fileChannelEnable()
                .make();
    return new MapDbObjectStore(database, options, true);
  }
}
