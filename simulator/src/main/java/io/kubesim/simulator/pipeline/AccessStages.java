package io.kubesim.simulator.pipeline;

import io.kubesim.admission.UserInfo;
import io.kubesim.admission.status.StatusErrors;
import io.kubesim.simulator.api.RequestTarget;

/**
 * Runs authentication and authorization as the first two traced stages of every resource
 * request, and renders an authorization denial the way upstream's RBAC does.
 */
public final class AccessStages {

  private final Authenticator authenticator;
  private final Authorizer authorizer;

  public AccessStages(Authenticator authenticator, Authorizer authorizer) {
    this.authenticator = authenticator;
    this.authorizer = authorizer;
  }

  /** Authenticates and authorizes {@code request}; returns the user or throws 401/403. */
  public UserInfo admit(ApiRequest request, RequestTrace trace) {
    UserInfo user = trace.stage("authentication", () -> authenticator.authenticate(request));
    trace.stage("authorization", () -> {
      if (!authorizer.allows(user, request.target())) {
        throw StatusErrors.forbidden(request.target().type().groupResource(),
            request.target().name(), denial(user, request.target()));
      }
      return null;
    });
    return user;
  }

  private static String denial(UserInfo user, RequestTarget t) {
    String resource = t.subresource().isEmpty()
        ? t.type().plural() : t.type().plural() + "/" + t.subresource();
    String scope = t.namespace().isEmpty()
        ? "at the cluster scope" : "in the namespace \"" + t.namespace() + "\"";
    return "User \"" + user.username() + "\" cannot " + t.verb().apiName() + " resource \""
        + resource + "\" in API group \"" + t.type().group() + "\" " + scope;
  }
}
