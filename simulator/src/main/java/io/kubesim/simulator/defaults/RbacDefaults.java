package io.kubesim.simulator.defaults;

import static io.kubesim.simulator.defaults.GoFields.items;
import static io.kubesim.simulator.defaults.GoFields.setIfZero;
import static io.kubesim.simulator.defaults.GoFields.struct;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Defaults of RoleBindings and ClusterRoleBindings: the role reference and the User and Group
 * subjects belong to the RBAC API group unless they name another (ServiceAccount subjects belong
 * to the core group, which is the empty string and so stays unset).
 */
final class RbacDefaults {

  static final String GROUP = "rbac.authorization.k8s.io";

  private RbacDefaults() {}

  /** RoleBinding and ClusterRoleBinding alike. */
  static void binding(ObjectNode binding) {
    setIfZero(struct(binding, "roleRef"), "apiGroup", GROUP);
    for (ObjectNode subject : items(binding, "subjects")) {
      String kind = subject.path("kind").asText("");
      if (kind.equals("User") || kind.equals("Group")) {
        setIfZero(subject, "apiGroup", GROUP);
      }
    }
  }
}
