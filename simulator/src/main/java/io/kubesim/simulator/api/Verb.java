package io.kubesim.simulator.api;

/** The Kubernetes API verbs, as authorization and discovery name them. */
public enum Verb {
  GET("get"),
  LIST("list"),
  WATCH("watch"),
  CREATE("create"),
  UPDATE("update"),
  PATCH("patch"),
  DELETE("delete"),
  DELETECOLLECTION("deletecollection");

  private final String apiName;

  Verb(String apiName) {
    this.apiName = apiName;
  }

  /** The lower-case name used in discovery, RBAC and messages. */
  public String apiName() {
    return apiName;
  }

  /** True for verbs that change stored state. */
  public boolean isWrite() {
    return this == CREATE || this == UPDATE || this == PATCH || this == DELETE
        || this == DELETECOLLECTION;
  }
}
