package io.kubesim.simulator.pipeline;

import io.kubesim.admission.UserInfo;
import io.kubesim.simulator.api.RequestTarget;

/**
 * The authorization stage: decides whether a user may perform a verb on a resource or a
 * non-resource path. Requests ask it about their own target; access reviews
 * ({@code SelfSubjectAccessReview}) ask it about any attributes, so both get the same answer.
 *
 * <p>A denial becomes upstream's 403, e.g. {@code pods "web" is forbidden: User "u" cannot get
 * resource "pods" in API group "" in the namespace "default"}.
 */
public interface Authorizer {

  /** True when {@code user} may do what {@code attributes} describe. */
  boolean allows(UserInfo user, AuthorizationAttributes attributes);

  /** True when {@code user} may do what {@code target} describes. */
  default boolean allows(UserInfo user, RequestTarget target) {
    return allows(user, AuthorizationAttributes.of(target));
  }

  /** Allows everything (kube-apiserver's {@code --authorization-mode=AlwaysAllow}). */
  static Authorizer allowAll() {
    return (user, attributes) -> true;
  }
}
