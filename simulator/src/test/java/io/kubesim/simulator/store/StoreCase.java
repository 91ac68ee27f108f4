package io.kubesim.simulator.store;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;

/** A named behaviour check, run against a fresh store of each implementation. */
record StoreCase(String name, StoreOptions options, Check check) {

  interface Check {
    void run(ObjectStore store) throws Exception;
  }

  static StoreCase of(String name, Check check) {
    return new StoreCase(name, StoreOptions.defaults(), check);
  }

  /** Every case against every store implementation, as (factory, case) arguments. */
  static Stream<Arguments> forBothStores(List<StoreCase> cases) {
    return StoreFactory.both().flatMap(f -> cases.stream().map(c -> Arguments.of(f, c)));
  }

  void runIn(StoreFactory factory, Path dir) throws Exception {
    try (ObjectStore store = factory.open(dir, options)) {
      check.run(store);
    }
  }

  @Override
  public String toString() {
    return name;
  }
}
