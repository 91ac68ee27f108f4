package io.kubesim.simulator.apply;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kubesim.admission.status.StatusCause;
import io.kubesim.admission.status.StatusException;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class FieldOwnershipTest {

  private static final FieldOwnership CONFIG_MAPS = new FieldOwnership(
      new OwnershipScope(ApplySchema.builtIn("v1", "ConfigMap"), false, ""));
  private static final FieldOwnership DEPLOYMENTS = new FieldOwnership(
      new OwnershipScope(ApplySchema.builtIn("apps/v1", "Deployment"), true, ""));

  private static ManagerEntry applier(String name) {
    return new ManagerEntry(name, ManagerEntry.APPLY, "v1", "", "T2", new FieldSet());
  }

  private static ManagerEntry updater(String name) {
    return new ManagerEntry(name, ManagerEntry.UPDATE, "v1", "", "T1", new FieldSet());
  }

  /** The object after an Update by kubectl-edit (data.k1, data.k2) and an apply by "a". */
  private static ManagedFields managers(String appliedByA) {
    ManagedFields managers = CONFIG_MAPS.update(new ManagedFields(), Json.of("{'metadata':{}}"),
        Json.of("{'metadata':{},'data':{'k1':'1','k2':'2'}}"), updater("kubectl-edit"));
    managers.put(applier("a").with(FieldsV1.decode(Json.of(appliedByA)), "T0"));
    return managers;
  }

  static Stream<Arguments> applies() {
    String live = "{'metadata':{'name':'x'},'data':{'k1':'1','k2':'2','k3':'3'}}";
    return Stream.of(
        Arguments.of("an apply that sets what is already there takes co-ownership",
            live, "{'f:data':{'f:k3':{}}}", "{'data':{'k1':'1','k3':'3'}}", false,
            "{'metadata':{'name':'x'},'data':{'k1':'1','k2':'2','k3':'3'}}",
            "{'f:data':{'f:k1':{},'f:k3':{}}}", "{'f:data':{'.':{},'f:k1':{},'f:k2':{}}}"),
        Arguments.of("a field applied before and no longer applied is removed",
            live, "{'f:data':{'f:k3':{}}}", "{'data':{'k4':'4'}}", false,
            "{'metadata':{'name':'x'},'data':{'k1':'1','k2':'2','k4':'4'}}",
            "{'f:data':{'f:k4':{}}}", "{'f:data':{'.':{},'f:k1':{},'f:k2':{}}}"),
        Arguments.of("a field no longer applied stays when another manager owns it",
            live, "{'f:data':{'f:k1':{},'f:k3':{}}}", "{'data':{'k3':'3'}}", false,
            "{'metadata':{'name':'x'},'data':{'k1':'1','k2':'2','k3':'3'}}",
            "{'f:data':{'f:k3':{}}}", "{'f:data':{'.':{},'f:k1':{},'f:k2':{}}}"),
        Arguments.of("a map applied whole before stays while a key in it is still applied",
            "{'metadata':{'name':'x','labels':{'l':'1','m':'2'}},'data':{'k1':'1','k2':'2'}}",
            "{'f:metadata':{'f:labels':{'.':{},'f:l':{}}}}",
            "{'metadata':{'labels':{'l':'1'}}}", false,
            "{'metadata':{'name':'x','labels':{'l':'1','m':'2'}},'data':{'k1':'1','k2':'2'}}",
            "{'f:metadata':{'f:labels':{'f:l':{}}}}", "{'f:data':{'.':{},'f:k1':{},'f:k2':{}}}"),
        Arguments.of("force takes over a contested field",
            live, "{'f:data':{'f:k3':{}}}", "{'data':{'k1':'9','k3':'3'}}", true,
            "{'metadata':{'name':'x'},'data':{'k1':'9','k2':'2','k3':'3'}}",
            "{'f:data':{'f:k1':{},'f:k3':{}}}", "{'f:data':{'.':{},'f:k2':{}}}"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("applies")
  void applyMergesAndMovesOwnership(String name, String live, String appliedByA, String config,
      boolean force, String object, String ownedByA, String ownedByEdit) {
    FieldOwnership.Applied applied = CONFIG_MAPS.apply(managers(appliedByA), Json.of(live),
        Json.of(config), applier("a"), force);

    assertThat(applied.object()).isEqualTo(Json.of(object));
    assertThat(FieldsV1.encode(applied.managers().get(applier("a").identity()).fields()))
        .isEqualTo(Json.of(ownedByA));
    assertThat(FieldsV1.encode(
        applied.managers().get(updater("kubectl-edit").identity()).fields()))
        .isEqualTo(Json.of(ownedByEdit));
  }

  static Stream<Arguments> conflicts() {
    return Stream.of(
        Arguments.of("one conflict is told on one line", "{'data':{'k1':'9'}}",
            "Apply failed with 1 conflict: conflict with \"kubectl-edit\" using v1: .data.k1",
            List.of(new StatusCause("FieldManagerConflict", "conflict with \"kubectl-edit\" "
                + "using v1", ".data.k1"))),
        Arguments.of("several conflicts are grouped per manager",
            "{'data':{'k1':'9','k2':'9','k3':'9'}}",
            "Apply failed with 3 conflicts: conflicts with \"a\":\n- .data.k3\n"
                + "conflicts with \"kubectl-edit\" using v1:\n- .data.k1\n- .data.k2",
            List.of(new StatusCause("FieldManagerConflict", "conflict with \"a\"", ".data.k3"),
                new StatusCause("FieldManagerConflict", "conflict with \"kubectl-edit\" using v1",
                    ".data.k1"),
                new StatusCause("FieldManagerConflict", "conflict with \"kubectl-edit\" using v1",
                    ".data.k2"))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("conflicts")
  void applyChangingAnotherManagersFieldConflicts(String name, String config, String message,
      List<StatusCause> causes) {
    ObjectNode live = Json.of("{'metadata':{'name':'x'},'data':{'k1':'1','k2':'2','k3':'3'}}");

    assertThatThrownBy(() -> CONFIG_MAPS.apply(managers("{'f:data':{'f:k3':{}}}"), live,
        Json.of(config), applier("b"), false))
        .isInstanceOfSatisfying(ApplyConflicts.class, c -> {
          StatusException status = c.toStatus();
          assertThat(status.code()).isEqualTo(409);
          assertThat(status.status().reason()).isEqualTo("Conflict");
          assertThat(status.status().message()).isEqualTo(message);
          assertThat(status.status().details().causes()).containsExactlyElementsOf(causes);
        });
  }

  @Test
  void updateOwnsWhatItAddsAndChangesAndRemovedFieldsLoseTheirOwners() {
    ManagedFields managers = managers("{'f:data':{'f:k3':{}}}");
    ObjectNode before = Json.of("{'metadata':{},'data':{'k1':'1','k2':'2','k3':'3'}}");
    ObjectNode after = Json.of("{'metadata':{'labels':{'l':'v'}},'data':{'k1':'1','k2':'9'}}");

    ManagedFields result = CONFIG_MAPS.update(managers, before, after, updater("kubectl-label"));

    assertThat(FieldsV1.encode(result.get(updater("kubectl-label").identity()).fields()))
        .isEqualTo(Json.of("{'f:data':{'f:k2':{}},'f:metadata':{'f:labels':{'.':{},'f:l':{}}}}"));
    assertThat(result.get(applier("a").identity())).as("k3 was removed").isNull();
    assertThat(FieldsV1.encode(result.get(updater("kubectl-edit").identity()).fields()))
        .isEqualTo(Json.of("{'f:data':{'.':{},'f:k1':{},'f:k2':{}}}"));
  }

  @Test
  void keyedListItemsMergeByKeyAndStatusIsNotOwnedThroughTheResource() {
    ObjectNode live = Json.of("{'metadata':{},'spec':{'template':{'spec':{'containers':["
        + "{'name':'a','image':'1'},{'name':'b','image':'2'}]}}},'status':{'replicas':1}}");
    ObjectNode config = Json.of("{'spec':{'template':{'spec':{'containers':["
        + "{'name':'b','image':'3'}]}}},'status':{'replicas':5}}");

    FieldOwnership.Applied applied = DEPLOYMENTS.apply(new ManagedFields(), live, config,
        applier("a"), false);

    assertThat(applied.object().at("/spec/template/spec/containers")).isEqualTo(
        Json.of("{'c':[{'name':'a','image':'1'},{'name':'b','image':'3'}]}").get("c"));
    assertThat(FieldsV1.encode(applied.managers().get(applier("a").identity()).fields()))
        .isEqualTo(Json.of("{'f:spec':{'f:template':{'f:spec':{'f:containers':{"
            + "'k:{\\\"name\\\":\\\"b\\\"}':{'.':{},'f:image':{},'f:name':{}}}}}}}"));
  }
}
