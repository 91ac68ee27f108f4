package io.kubesim.admission.status;

import java.util.List;

/**
 * The {@code details} of a {@link Status}: which object failed and why, field by field.
 *
 * @param name the object's name, or empty
 * @param group the API group, or empty for the core group
 * @param kind the resource plural for most errors, the Kind for {@code Invalid}
 * @param causes field-level causes, possibly empty
 * @param retryAfterSeconds seconds a client should wait before retrying, or 0
 */
public record StatusDetails(
    String name, String group, String kind, List<StatusCause> causes, int retryAfterSeconds) {

  public StatusDetails {
    name = name == null ? "" : name;
    group = group == null ? "" : group;
    kind = kind == null ? "" : kind;
    causes = causes == null ? List.of() : List.copyOf(causes);
  }

  /** Details naming one object of a resource in a group. */
  public static StatusDetails of(String name, String group, String kind) {
    return new StatusDetails(name, group, kind, List.of(), 0);
  }

  /** True when upstream would serialize this as an empty object ({@code "details":{}}). */
  public boolean isEmpty() {
    return name.isEmpty() && group.isEmpty() && kind.isEmpty() && causes.isEmpty()
        && retryAfterSeconds == 0;
  }
}
