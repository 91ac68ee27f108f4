package io.kubesim.simulator.pipeline;

import io.kubesim.simulator.api.ResourceType;
import io.kubesim.simulator.store.StoredObject;

/**
 * Waits until the controllers that react to a write have reacted, so that what they create is
 * visible by the time the API answers: after {@code kubectl create namespace x} returns, {@code x}
 * already has its {@code default} service account.
 *
 * <p>Upstream's controllers lag a little behind; kubesim trades that realism for tests that never
 * have to poll.
 */
public interface WriteReactions {

  /** Returns once every reaction to {@code written}, a new object of {@code type}, is stored. */
  void awaitFor(ResourceType type, StoredObject written);

  /** No controller reacts to anything. */
  static WriteReactions none() {
    return (type, written) -> { };
  }
}
