package io.kubesim.simulator.apply;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Keeps {@link ManagedFields} true to the writes that happen, as upstream's field manager does.
 *
 * <p>An update gives its manager every field it added or changed. An apply merges the applied
 * configuration into the live object; it conflicts when it changes a field another manager owns
 * (unless forced, which takes the field over), and it removes the fields its manager applied
 * last time but no longer applies, when no one else owns them. Fields that disappear lose all
 * their owners.
 */
public final class FieldOwnership {

  private final OwnershipScope scope;

  public FieldOwnership(OwnershipScope scope) {
    this.scope = scope;
  }

  /**
   * Records an update by {@code writer} that turns {@code before} into {@code after}; the
   * writer's time changes only when it took fields.
   */
  public ManagedFields update(ManagedFields managers, JsonNode before, JsonNode after,
      ManagerEntry writer) {
    Comparison changes = Comparison.of(scope.baseline(before, after), scope.view(after),
        scope.schema());
    ManagedFields out = withoutRemoved(managers, changes.removed(), null);
    FieldSet taken = changes.added().union(changes.modified());
    if (!taken.isEmpty()) {
      ManagerEntry previous = out.get(writer.identity());
      FieldSet owned = previous == null ? taken : previous.fields().union(taken);
      out.put(writer.with(owned, writer.time()));
    }
    return out;
  }

  /**
   * Applies {@code config} to {@code live} for {@code applier}.
   *
   * @throws ApplyConflicts when other managers own fields the apply changes and {@code force}
   *     is false
   */
  public Applied apply(ManagedFields managers, ObjectNode live, ObjectNode config,
      ManagerEntry applier, boolean force) {
    ObjectNode merged = (ObjectNode) ConfigMerge.merge(live, config, scope.schema());
    ObjectNode liveView = scope.baseline(live, merged);
    Comparison changes = Comparison.of(liveView, scope.view(merged), scope.schema());
    FieldSet changed = changes.modified().union(changes.added());
    List<ApplyConflicts.Conflict> conflicts = new ArrayList<>();
    ManagedFields out = new ManagedFields();
    for (ManagerEntry other : managers.entries()) {
      FieldSet contested = other.identity().equals(applier.identity()) ? new FieldSet()
          : other.fields().intersection(changed);
      contested.paths().forEach(p -> conflicts.add(new ApplyConflicts.Conflict(other, p)));
      out.put(other.with(other.fields().difference(contested), other.time()));
    }
    if (!force && !conflicts.isEmpty()) {
      throw new ApplyConflicts(conflicts);
    }
    ManagerEntry previous = out.get(applier.identity());
    // metadata left empty once its unowned fields are gone is no field of the applier's
    FieldSet applied = ObjectFields.of(scope.view(config), scope.schema())
        .difference(FieldSet.of(FieldPath.of("metadata")));
    FieldSet othersOwn = new FieldSet();
    for (ManagerEntry other : out.entries()) {
      if (!other.identity().equals(applier.identity())) {
        othersOwn = othersOwn.union(other.fields());
      }
    }
    if (previous != null) {
      // Upstream removes what no one owns any more but adds back every owned leaf with the
      // maps and items around it: a map applied as a whole before ("." in fieldsV1) stays
      // while a key in it is still owned.
      FieldSet kept = applied.union(othersOwn);
      ConfigMerge.remove(merged, previous.fields().difference(kept).withoutParentsOf(kept),
          scope.schema());
    }
    Comparison result = Comparison.of(liveView, scope.view(merged), scope.schema());
    out = withoutRemoved(out, result.removed(), applier.identity());
    boolean unchanged = result.isEmpty() && previous != null
        && previous.fields().equals(applied) && conflicts.isEmpty();
    // upstream keeps the old timestamp when an apply changes nothing, so no new revision is made
    out.put(applier.with(applied, unchanged ? previous.time() : applier.time()));
    return new Applied(merged, out);
  }

  private static ManagedFields withoutRemoved(ManagedFields managers, FieldSet removed,
      ManagerEntry.Identity except) {
    ManagedFields out = new ManagedFields();
    for (ManagerEntry entry : managers.entries()) {
      out.put(entry.identity().equals(except) ? entry
          : entry.with(entry.fields().difference(removed), entry.time()));
    }
    return out;
  }

  /**
   * The outcome of an apply.
   *
   * @param object the live object with the configuration merged in and unowned fields removed
   * @param managers the managers afterwards
   */
  public record Applied(ObjectNode object, ManagedFields managers) {}
}
