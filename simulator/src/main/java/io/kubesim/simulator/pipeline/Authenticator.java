package io.kubesim.simulator.pipeline;

import io.kubesim.admission.UserInfo;

/**
 * The authentication stage: tells who a request runs as, or denies it with 401.
 *
 * <p>kube-apiserver tries each configured authenticator in turn; kubesim's default stands in for
 * all of them with one configurable user, since kubectl sends no credentials over plain HTTP.
 */
public interface Authenticator {

  /**
   * The user the request runs as.
   *
   * @throws io.kubesim.admission.status.StatusException 401 when the credentials are rejected
   */
  UserInfo authenticate(ApiRequest request);

  /** Every request runs as {@code user}. */
  static Authenticator defaultUser(UserInfo user) {
    return request -> user;
  }
}
