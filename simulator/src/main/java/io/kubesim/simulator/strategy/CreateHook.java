package io.kubesim.simulator.strategy;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * What upstream's registry does to a new object of one resource before it stores it, beyond the
 * metadata every object gets: a strategy's {@code PrepareForCreate} (a Job's generated selector)
 * or a REST create hook (a Service's cluster IP). It runs after mutating admission and before
 * validation, and may reject the object with a Status error.
 */
@FunctionalInterface
public interface CreateHook {

  /** Changes {@code object} in place; the result holds what must stay reserved until stored. */
  Reservation beforeCreate(ObjectNode object);
}
