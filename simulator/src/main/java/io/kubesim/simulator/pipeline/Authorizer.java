package io.kubesim.simulator.pipeline;

import io.kubesim.admission.UserInfo;
import io.kubesim.simulator.api.RequestTarget;

/**
 * The authorization stage: decides whether a user may perform a verb on a target.
 *
 * <p>A denial becomes upstream's 403, e.g. {@code pods "web" is forbidden: User "u" cannot get
 * resource "pods" in API group "" in the namespace "default"}.
 */
public interface Authorizer {

  /** True when {@code user} may do what {@code target} describes. */
  boolean allows(UserInfo user, RequestTarget target);

  /** Allows everything (kube-apiserver's {@code --authorization-mode=AlwaysAllow}). */
  static Authorizer allowAll() {
    return (user, target) -> true;
  }
}
