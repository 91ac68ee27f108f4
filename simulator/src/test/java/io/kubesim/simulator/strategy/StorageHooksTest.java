package io.kubesim.simulator.strategy;

import static io.kubesim.simulator.strategy.StrategyJson.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kubesim.admission.GroupResource;
import io.kubesim.simulator.store.ObjectStore;
import io.kubesim.simulator.store.ObjectStores;
import io.kubesim.simulator.store.StoreOptions;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The create and update hooks that assign values without allocating them. */
class StorageHooksTest {

  private static final GroupResource JOBS = new GroupResource("batch", "jobs");
  private static final GroupResource DAEMON_SETS = new GroupResource("apps", "daemonsets");
  private static final GroupResource CONFIG_MAPS = new GroupResource("", "configmaps");

  private final ObjectStore store = ObjectStores.inMemory(StoreOptions.defaults());
  private final StorageHooks hooks = StorageHooks.kubernetes133(store);

  @AfterEach
  void close() {
    store.close();
  }

  static Stream<Arguments> creates() {
    return Stream.of(
        arguments("a job selects its pods by its uid and labels them with its name", JOBS,
            "{'metadata':{'name':'pi','uid':'u-1'},'spec':{'template':{'spec':{}}}}",
            "{'metadata':{'name':'pi','uid':'u-1'},'spec':{'template':{'spec':{},'metadata':"
                + "{'labels':{'job-name':'pi','batch.kubernetes.io/job-name':'pi',"
                + "'controller-uid':'u-1','batch.kubernetes.io/controller-uid':'u-1'}}},"
                + "'selector':{'matchLabels':{'batch.kubernetes.io/controller-uid':'u-1'}}}}"),
        arguments("a job keeps the labels and selector entries it was given", JOBS,
            "{'metadata':{'name':'pi','uid':'u-1'},'spec':{'selector':{'matchLabels':"
                + "{'batch.kubernetes.io/controller-uid':'other'}},'template':{'metadata':"
                + "{'labels':{'job-name':'mine','app':'x'}}}}}",
            "{'metadata':{'name':'pi','uid':'u-1'},'spec':{'selector':{'matchLabels':"
                + "{'batch.kubernetes.io/controller-uid':'other'}},'template':{'metadata':"
                + "{'labels':{'job-name':'mine','app':'x','batch.kubernetes.io/job-name':'pi',"
                + "'controller-uid':'u-1','batch.kubernetes.io/controller-uid':'u-1'}}}}}"),
        arguments("a job with a manual selector is left alone", JOBS,
            "{'metadata':{'name':'pi','uid':'u-1'},'spec':{'manualSelector':true}}",
            "{'metadata':{'name':'pi','uid':'u-1'},'spec':{'manualSelector':true}}"),
        arguments("a new daemon set is template generation 1", DAEMON_SETS,
            "{'metadata':{'name':'d'},'spec':{}}",
            "{'metadata':{'name':'d','annotations':"
                + "{'deprecated.daemonset.template.generation':'1'}},'spec':{}}"),
        arguments("a resource without hooks is left alone", CONFIG_MAPS,
            "{'metadata':{'name':'c'}}", "{'metadata':{'name':'c'}}"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("creates")
  void aCreateHookPreparesTheNewObject(String behaviour, GroupResource resource, String input,
      String expected) {
    ObjectNode object = json(input);

    hooks.beforeCreate(resource, object).close();

    assertThat(object).isEqualTo(json(expected));
  }

  static Stream<Arguments> daemonSetUpdates() {
    String stored = "{'metadata':{'annotations':{'deprecated.daemonset.template.generation':"
        + "'3'}},'spec':{'template':{'spec':{'containers':[{'name':'a','image':'x:1'}]}}}}";
    return Stream.of(
        arguments("a new template is the next generation", stored,
            "{'spec':{'template':{'spec':{'containers':[{'name':'a','image':'x:2'}]}}}}", "4"),
        arguments("the same template keeps the stored generation", stored,
            "{'spec':{'template':{'spec':{'containers':[{'name':'a','image':'x:1'}]}},"
                + "'minReadySeconds':5}}", "3"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("daemonSetUpdates")
  void aDaemonSetCountsTemplateChanges(String behaviour, String old, String updated,
      String generation) {
    ObjectNode object = json(updated);

    hooks.beforeUpdate(DAEMON_SETS, object, json(old)).close();

    assertThat(object.at("/metadata/annotations/deprecated.daemonset.template.generation")
        .asText()).isEqualTo(generation);
  }
}
