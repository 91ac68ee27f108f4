package io.kubesim.simulator.pipeline;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kubesim.simulator.api.ResourceType;

/**
 * What follows when an update removes the last finalizer of an object being deleted, and the
 * object leaves storage: upstream's garbage collector collects its dependents, and a terminating
 * namespace that waited for it can finish.
 */
public interface AfterRemoval {

  /** Called once {@code last}, an object of {@code type}, has left storage. */
  void removed(ResourceType type, ObjectNode last);

  /** Nothing follows. */
  static AfterRemoval none() {
    return (type, last) -> { };
  }
}
