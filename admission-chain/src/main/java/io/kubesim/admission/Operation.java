package io.kubesim.admission;

/** The operation an admission request performs, as upstream's {@code admission.Operation}. */
public enum Operation {
  CREATE,
  UPDATE,
  DELETE,
  CONNECT
}
