package io.kubesim.simulator.apply;

/** How field ownership treats a list: upstream's {@code x-kubernetes-list-type}. */
public enum ListType {
  /** Owned and replaced as a whole. */
  ATOMIC,
  /** Scalars owned one by one ({@code v:} elements). */
  SET,
  /** Objects owned one by one, identified by key fields ({@code k:} elements). */
  MAP
}
