package io.kubesim.simulator.apply;

import io.kubesim.admission.status.StatusCause;
import io.kubesim.admission.status.StatusErrors;
import io.kubesim.admission.status.StatusException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An apply that changes fields other managers own. {@link #toStatus()} is upstream's 409:
 * one conflict is told on one line, several are grouped per manager in manager order.
 */
public final class ApplyConflicts extends RuntimeException {

  private final transient List<Conflict> conflicts;

  ApplyConflicts(List<Conflict> conflicts) {
    super("apply conflicts: " + conflicts);
    List<Conflict> sorted = new ArrayList<>(conflicts);
    sorted.sort(Comparator.comparing((Conflict c) -> c.owner().describe()));
    this.conflicts = List.copyOf(sorted);
  }

  /** The conflicts, grouped by manager. */
  public List<Conflict> conflicts() {
    return conflicts;
  }

  /** The 409 Status upstream answers. */
  public StatusException toStatus() {
    List<StatusCause> causes = conflicts.stream().map(c -> new StatusCause(
        "FieldManagerConflict", "conflict with " + c.owner().describe(), c.path().toString()))
        .toList();
    return StatusErrors.applyConflict(message(), causes);
  }

  private String message() {
    if (conflicts.size() == 1) {
      Conflict only = conflicts.get(0);
      return "Apply failed with 1 conflict: conflict with " + only.owner().describe() + ": "
          + only.path();
    }
    Map<String, List<FieldPath>> byManager = new LinkedHashMap<>();
    conflicts.forEach(c -> byManager.computeIfAbsent(c.owner().describe(), k -> new ArrayList<>())
        .add(c.path()));
    List<String> lines = new ArrayList<>();
    byManager.forEach((manager, paths) -> {
      lines.add("conflicts with " + manager + ":");
      paths.forEach(p -> lines.add("- " + p));
    });
    return "Apply failed with " + conflicts.size() + " conflicts: " + String.join("\n", lines);
  }

  /**
   * One contested field.
   *
   * @param owner the manager that owns it
   * @param path the field
   */
  public record Conflict(ManagerEntry owner, FieldPath path) {}
}
