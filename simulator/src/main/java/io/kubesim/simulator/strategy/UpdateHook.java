package io.kubesim.simulator.strategy;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * What upstream's registry does to the new version of an object before it stores an update: a
 * strategy's {@code PrepareForUpdate} (carrying over allocated values the client left out) or a
 * REST update hook. It never runs for writes to a subresource such as {@code status}.
 */
@FunctionalInterface
public interface UpdateHook {

  /**
   * Changes {@code updated} in place, reading {@code old} (the stored version, not to be
   * changed); the result holds what must stay reserved until stored.
   */
  Reservation beforeUpdate(ObjectNode updated, ObjectNode old);
}
