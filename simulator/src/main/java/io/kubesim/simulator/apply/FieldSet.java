package io.kubesim.simulator.apply;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.BiPredicate;

/**
 * A set of field paths, stored as a tree of {@link PathElement}s: the unit of ownership in
 * server-side apply. A node is a member when its own path is in the set (the {@code "."} entry of
 * {@code fieldsV1} for a node that also has children); nodes without members below are pruned.
 * Mutable while being built; the set operations return new sets.
 */
public final class FieldSet {

  private final TreeMap<PathElement, FieldSet> children = new TreeMap<>();
  private boolean member;

  /** An empty set. */
  public FieldSet() {}

  /** A set of {@code paths}. */
  public static FieldSet of(FieldPath... paths) {
    FieldSet set = new FieldSet();
    for (FieldPath path : paths) {
      set.insert(path);
    }
    return set;
  }

  /** Adds {@code path}; the root path is never a member. */
  public void insert(FieldPath path) {
    if (path.elements().isEmpty()) {
      return;
    }
    FieldSet node = this;
    for (PathElement element : path.elements()) {
      node = node.children.computeIfAbsent(element, e -> new FieldSet());
    }
    node.member = true;
  }

  /** True when {@code path} is a member. */
  public boolean has(FieldPath path) {
    FieldSet node = this;
    for (PathElement element : path.elements()) {
      node = node.children.get(element);
      if (node == null) {
        return false;
      }
    }
    return node.member && !path.elements().isEmpty();
  }

  /** True when no path is a member. */
  public boolean isEmpty() {
    return children.isEmpty();
  }

  /** The paths in this set or in {@code other}. */
  public FieldSet union(FieldSet other) {
    return combine(this, other, (a, b) -> a || b);
  }

  /** The paths in this set and not in {@code other}. */
  public FieldSet difference(FieldSet other) {
    return combine(this, other, (a, b) -> a && !b);
  }

  /** The paths in both sets. */
  public FieldSet intersection(FieldSet other) {
    return combine(this, other, (a, b) -> a && b);
  }

  /**
   * These paths less the ones with a member of {@code kept} below them: a map or item stays in
   * the object while something inside it is still owned.
   */
  public FieldSet withoutParentsOf(FieldSet kept) {
    FieldSet out = new FieldSet();
    children.forEach((key, child) -> {
      FieldSet keptChild = kept == null ? null : kept.children.get(key);
      FieldSet pruned = child.withoutParentsOf(keptChild);
      pruned.member = child.member && (keptChild == null || keptChild.children.isEmpty());
      if (pruned.member || !pruned.children.isEmpty()) {
        out.children.put(key, pruned);
      }
    });
    return out;
  }

  /**
   * The members in upstream's iteration order: at each level the members first, then the
   * members below each child, both in element order.
   */
  public List<FieldPath> paths() {
    List<FieldPath> out = new ArrayList<>();
    collect(FieldPath.ROOT, out);
    return out;
  }

  /** The children of the root, in element order (for encoding). */
  Map<PathElement, FieldSet> children() {
    return children;
  }

  /** True when this node's own path is a member. */
  boolean member() {
    return member;
  }

  /** Marks this node as a member (decoding {@code "."}). */
  void markMember() {
    member = true;
  }

  private void collect(FieldPath prefix, List<FieldPath> out) {
    children.forEach((e, node) -> {
      if (node.member) {
        out.add(prefix.child(e));
      }
    });
    children.forEach((e, node) -> node.collect(prefix.child(e), out));
  }

  /** Combines two trees member by member; absent nodes count as non-members. */
  private static FieldSet combine(FieldSet a, FieldSet b, BiPredicate<Boolean, Boolean> keep) {
    FieldSet out = new FieldSet();
    TreeMap<PathElement, Boolean> keys = new TreeMap<>();
    if (a != null) {
      a.children.keySet().forEach(k -> keys.put(k, true));
    }
    if (b != null) {
      b.children.keySet().forEach(k -> keys.put(k, true));
    }
    for (PathElement key : keys.keySet()) {
      FieldSet ca = a == null ? null : a.children.get(key);
      FieldSet cb = b == null ? null : b.children.get(key);
      FieldSet child = combine(ca, cb, keep);
      child.member = keep.test(ca != null && ca.member, cb != null && cb.member);
      if (child.member || !child.children.isEmpty()) {
        out.children.put(key, child);
      }
    }
    return out;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof FieldSet s && s.member == member && s.children.equals(children);
  }

  @Override
  public int hashCode() {
    return Objects.hash(member, children);
  }

  @Override
  public String toString() {
    return paths().toString();
  }
}
