package io.kubesim.admission.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fabric8.zjsonpatch.JsonDiff;
import io.kubesim.admission.AdmissionRequest;
import io.kubesim.admission.MutatingPlugin;
import io.kubesim.admission.RequestScope;
import io.kubesim.admission.ValidatingPlugin;
import io.kubesim.admission.status.StatusException;

/**
 * The two contracts every plugin must keep, as reusable assertions: a mutating plugin is
 * idempotent (the chain may run it twice), a validating plugin changes nothing.
 */
public final class PluginChecks {

  private PluginChecks() {}

  /**
   * Runs {@code plugin} twice on the same request and fails if the second run changes the object.
   * A denial is allowed; the object is compared either way.
   */
  public static void assertIdempotent(MutatingPlugin plugin, AdmissionRequest request) {
    admitAllowingDenial(plugin, request);
    ObjectNode afterFirst = copy(request.object());
    admitAllowingDenial(plugin, request);
    assertThat(request.object())
        .as("%s is not idempotent; the second run applied %s", plugin.name(),
            afterFirst == null ? "?" : JsonDiff.asJson(afterFirst, request.object()))
        .isEqualTo(afterFirst);
  }

  /**
   * Runs {@code plugin}'s validation and fails if it changed the object, the old object or the
   * options. A denial is allowed.
   */
  public static void assertDoesNotMutate(ValidatingPlugin plugin, AdmissionRequest request) {
    ObjectNode object = copy(request.object());
    ObjectNode oldObject = copy(request.oldObject());
    ObjectNode options = copy(request.options());
    try {
      plugin.validate(request, new RequestScope());
    } catch (StatusException denied) {
      // a denial is a legitimate outcome; only changes are not
    }
    assertThat(request.object()).as("%s changed the object", plugin.name()).isEqualTo(object);
    assertThat(request.oldObject()).as("%s changed the old object", plugin.name())
        .isEqualTo(oldObject);
    assertThat(request.options()).as("%s changed the options", plugin.name()).isEqualTo(options);
  }

  private static void admitAllowingDenial(MutatingPlugin plugin, AdmissionRequest request) {
    try {
      plugin.admit(request, new RequestScope());
    } catch (StatusException denied) {
      // a denial is a legitimate outcome; the object is still compared
    }
  }

  private static ObjectNode copy(ObjectNode node) {
    return node == null ? null : node.deepCopy();
  }
}
