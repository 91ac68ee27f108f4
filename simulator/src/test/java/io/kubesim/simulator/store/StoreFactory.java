package io.kubesim.simulator.store;

import java.nio.file.Path;
import java.util.function.BiFunction;
import java.util.stream.Stream;

/** Opens one kind of store for tests that must hold for both implementations. */
record StoreFactory(String name, BiFunction<Path, StoreOptions, MapDbObjectStore> opener) {

  static final StoreFactory IN_MEMORY =
      new StoreFactory("in-memory", (dir, options) -> ObjectStores.inMemory(options));

  static final StoreFactory FILE_BACKED =
      new StoreFactory("file-backed", (dir, options) -> ObjectStores.fileBacked(dir, options));

  static Stream<StoreFactory> both() {
    return Stream.of(IN_MEMORY, FILE_BACKED);
  }

  MapDbObjectStore open(Path dir, StoreOptions options) {
    return opener.apply(dir, options);
  }

  @Override
  public String toString() {
    return name;
  }
}
