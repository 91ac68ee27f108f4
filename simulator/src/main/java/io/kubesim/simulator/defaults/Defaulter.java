package io.kubesim.simulator.defaults;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Fills in the fields of one kind that a client left unset, in place, as kube-apiserver's
 * {@code SetObjectDefaults_<Kind>} does each time it decodes an object of that kind.
 *
 * <p>A defaulter only adds what is missing: it never overwrites a value the client chose, so
 * applying it twice gives the same object as applying it once. It never fails: whatever it cannot
 * make sense of is left for validation.
 */
@FunctionalInterface
public interface Defaulter {

  /** Defaults {@code object}, a whole object of the defaulter's kind, in place. */
  void apply(ObjectNode object);
}
