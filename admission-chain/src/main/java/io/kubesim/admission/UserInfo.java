package io.kubesim.admission;

import java.util.List;
import java.util.Map;

/**
 * The authenticated user a request runs as.
 *
 * @param username e.g. {@code kubesim-admin} or {@code system:serviceaccount:default:demo}
 * @param uid a stable id, or empty
 * @param groups e.g. {@code system:masters}, {@code system:authenticated}
 * @param extra authenticator-specific attributes
 */
public record UserInfo(
    String username, String uid, List<String> groups, Map<String, List<String>> extra) {

  public UserInfo {
    uid = uid == null ? "" : uid;
    groups = groups == null ? List.of() : List.copyOf(groups);
    extra = extra == null ? Map.of() : Map.copyOf(extra);
  }

  /** A user with a name and groups only. */
  public static UserInfo of(String username, String... groups) {
    return new UserInfo(username, "", List.of(groups), Map.of());
  }
}
