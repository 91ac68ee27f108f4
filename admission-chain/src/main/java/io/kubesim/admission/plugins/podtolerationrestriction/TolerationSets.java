package io.kubesim.admission.plugins.podtolerationrestriction;

import io.kubesim.admission.pods.PodToleration;
import java.util.ArrayList;
import java.util.List;

/**
 * Upstream's toleration set algebra ({@code pkg/util/tolerations}): whether one toleration
 * tolerates everything another does, merging without redundancy, and whitelist checks.
 */
final class TolerationSets {

  private TolerationSets() {}

  /** True when {@code superset} tolerates every taint that {@code t} tolerates. */
  static boolean isSuperset(PodToleration superset, PodToleration t) {
    if (superset.equals(t)) {
      return true;
    }
    // an empty key with Exists matches every key
    boolean matchesAllKeys = superset.key().isEmpty()
        && PodToleration.EXISTS.equals(superset.operator());
    if (!t.key().equals(superset.key()) && !matchesAllKeys) {
      return false;
    }
    // an empty effect matches every effect
    if (!t.effect().equals(superset.effect()) && !superset.effect().isEmpty()) {
      return false;
    }
    if (PodToleration.NO_EXECUTE.equals(superset.effect())
        && superset.tolerationSeconds() != null
        && (t.tolerationSeconds() == null
            || t.tolerationSeconds() > superset.tolerationSeconds())) {
      return false;
    }
    return switch (superset.operator()) {
      // an empty operator means Equal; upstream compares t's operator literally
      case PodToleration.EQUAL, "" -> PodToleration.EQUAL.equals(t.operator())
          && t.value().equals(superset.value());
      case PodToleration.EXISTS -> true;
      default -> false;
    };
  }

  /**
   * Upstream's {@code MergeTolerations}: {@code first} then {@code second}, dropping each
   * toleration that a kept one, or a later different one, already covers; of identical
   * tolerations the first is kept.
   */
  static List<PodToleration> merge(List<PodToleration> first, List<PodToleration> second) {
    List<PodToleration> all = new ArrayList<>(first);
    all.addAll(second);
    List<PodToleration> merged = new ArrayList<>();
    for (int i = 0; i < all.size(); i++) {
      PodToleration t = all.get(i);
      boolean redundant = merged.stream().anyMatch(kept -> isSuperset(kept, t))
          || all.subList(i + 1, all.size()).stream()
              .anyMatch(later -> !later.equals(t) && isSuperset(later, t));
      if (!redundant) {
        merged.add(t);
      }
    }
    return merged;
  }

  /** True when every toleration is covered by some whitelist entry, or either list is empty. */
  static boolean allowedBy(List<PodToleration> tolerations, List<PodToleration> whitelist) {
    return whitelist.isEmpty() || tolerations.stream()
        .allMatch(t -> whitelist.stream().anyMatch(w -> isSuperset(w, t)));
  }
}
