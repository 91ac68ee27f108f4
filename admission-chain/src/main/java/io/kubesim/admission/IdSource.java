package io.kubesim.admission;

import java.util.UUID;

/** Makes unique ids (UIDs) for plugins that create objects or tokens. */
@FunctionalInterface
public interface IdSource {

  /** A new id, unique within this simulator. */
  String newId();

  /** Random UUIDs, as the real API server uses. */
  static IdSource random() {
    return () -> UUID.randomUUID().toString();
  }
}
