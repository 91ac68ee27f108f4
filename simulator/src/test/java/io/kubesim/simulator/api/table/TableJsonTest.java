package io.kubesim.simulator.api.table;

import static io.kubesim.simulator.api.table.Fixtures.json;
import static io.kubesim.simulator.api.table.Fixtures.object;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kubesim.admission.status.StatusException;
import io.kubesim.simulator.api.Verb;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The Table JSON around the cells has the shape of the wire protocol spec, section 7.2. */
class TableJsonTest {

  private static final OutputConversion CONVERSION =
      new OutputConversion(Fixtures.PRINTERS, Fixtures.CLOCK);
  private static final String CM_LIST = "{'kind':'ConfigMapList','apiVersion':'v1',"
      + "'metadata':{'resourceVersion':'101','continue':'abc','remainingItemCount':3},"
      + "'items':[{'metadata':{'name':'a','namespace':'default','uid':'u1',"
      + "'resourceVersion':'99','creationTimestamp':'@T','labels':{'app':'a'}},"
      + "'data':{'k':'v'}}]}";

  private static ObjectNode convert(String body, String resource, OutputFormat.Target target,
      String version, TableOptions options) {
    return CONVERSION.convert(object(body), new OutputFormat(target, version, "application/json"),
        Fixtures.target(resource, "", Verb.LIST), options);
  }

  private static JsonNode table(String body, String resource, TableOptions options) {
    return Fixtures.wire(convert(body, resource, OutputFormat.Target.TABLE, "v1", options));
  }

  private static List<String> keys(JsonNode node) {
    List<String> keys = new ArrayList<>();
    node.fieldNames().forEachRemaining(keys::add);
    return keys;
  }

  @Test
  void aListTableCarriesListMetadataColumnsAndPartialObjectRows() {
    JsonNode table = table(CM_LIST, "configmaps",
        new TableOptions(IncludeObject.METADATA, false));

    assertThat(keys(table))
        .containsExactly("kind", "apiVersion", "metadata", "columnDefinitions", "rows");
    assertThat(table.path("kind").asText()).isEqualTo("Table");
    assertThat(table.path("apiVersion").asText()).isEqualTo("meta.k8s.io/v1");
    assertThat(table.path("metadata"))
        .isEqualTo(json("{'resourceVersion':'101','continue':'abc','remainingItemCount':3}"));
    JsonNode name = table.path("columnDefinitions").path(0);
    assertThat(keys(name)).containsExactly("name", "type", "format", "description", "priority");
    assertThat(name.path("format").asText()).isEqualTo("name");
    assertThat(table.path("columnDefinitions").findValuesAsText("name"))
        .containsExactly("Name", "Data", "Age");
    assertThat(table.path("rows").path(0)).isEqualTo(json("{'cells':['a',1,'5m'],"
        + "'object':{'kind':'PartialObjectMetadata','apiVersion':'meta.k8s.io/v1',"
        + "'metadata':{'name':'a','namespace':'default','uid':'u1','resourceVersion':'99',"
        + "'creationTimestamp':'@T','labels':{'app':'a'}}}}"));
  }

  static Stream<Arguments> includeObject() {
    return Stream.of(
        arguments("None leaves the row object null", IncludeObject.NONE, "null"),
        arguments("Object embeds the whole object, typed like a list item",
            IncludeObject.OBJECT, "{'kind':'ConfigMap','apiVersion':'v1','metadata':{"
                + "'name':'a','namespace':'default','uid':'u1','resourceVersion':'99',"
                + "'creationTimestamp':'@T','labels':{'app':'a'}},'data':{'k':'v'}}"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("includeObject")
  void includeObjectDecidesWhatRowsCarry(String behaviour, IncludeObject include,
      String expected) {
    JsonNode table = table(CM_LIST, "configmaps", new TableOptions(include, false));

    assertThat(table.path("rows").path(0).get("object")).isEqualTo(json(expected));
  }

  @Test
  void withoutHeadersColumnDefinitionsAreNull() {
    JsonNode table = table(CM_LIST, "configmaps",
        new TableOptions(IncludeObject.METADATA, true));

    assertThat(table.get("columnDefinitions").isNull()).isTrue();
    assertThat(table.path("rows").size()).isEqualTo(1);
  }

  @Test
  void aSingleObjectTableHasOneRowAndTheObjectsResourceVersion() {
    JsonNode table = convert("{'kind':'Pod','apiVersion':'v1','metadata':{'name':'web',"
            + "'resourceVersion':'102','creationTimestamp':'@T'},'spec':{'containers':[{}]},"
            + "'status':{'phase':'Succeeded'}}", "pods", OutputFormat.Target.TABLE, "v1beta1",
        new TableOptions(IncludeObject.METADATA, false));

    assertThat(table.path("apiVersion").asText()).isEqualTo("meta.k8s.io/v1beta1");
    assertThat(table.path("metadata")).isEqualTo(json("{'resourceVersion':'102'}"));
    assertThat(table.path("columnDefinitions").size()).isEqualTo(9);
    assertThat(table.path("columnDefinitions").path(5))
        .isEqualTo(json("{'name':'IP','type':'string','format':'','description':"
            + "'podIP address allocated to the pod. Routable at least within the cluster. "
            + "Empty if not yet allocated.','priority':1}"));
    JsonNode row = table.path("rows").path(0);
    assertThat(row.path("conditions")).isEqualTo(json("[{'type':'Completed','status':'True',"
        + "'reason':'Succeeded','message':'The pod has completed successfully.'}]"));
    assertThat(row.path("object").path("apiVersion").asText()).isEqualTo("meta.k8s.io/v1beta1");
  }

  static Stream<Arguments> emptyLists() {
    return Stream.of(
        arguments("a built-in printer answers an empty list with no rows", "configmaps",
            "ConfigMapList", "[]"),
        arguments("the default table answers an empty list with null rows", "limitranges",
            "LimitRangeList", "null"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("emptyLists")
  void emptyListsKeepUpstreamsRows(String behaviour, String resource, String kind,
      String rows) {
    JsonNode table = table("{'kind':'" + kind + "','apiVersion':'v1','metadata':{"
        + "'resourceVersion':'7'},'items':[]}", resource,
        new TableOptions(IncludeObject.METADATA, false));

    assertThat(table.get("rows")).isEqualTo(json(rows));
  }

  @Test
  void theDefaultTableHasNameAndCreatedAtColumns() {
    JsonNode table = table("{'kind':'LimitRangeList','apiVersion':'v1','metadata':{},"
        + "'items':[{'metadata':{'name':'lr','creationTimestamp':'@T'}}]}", "limitranges",
        new TableOptions(IncludeObject.NONE, false));

    assertThat(table.path("columnDefinitions").findValuesAsText("type"))
        .containsExactly("string", "date");
    assertThat(table.path("columnDefinitions").findValuesAsText("name"))
        .containsExactly("Name", "Created At");
    assertThat(table.path("rows").path(0).path("cells"))
        .isEqualTo(json("['lr','2025-01-01T11:55:00Z']"));
  }

  @Test
  void aStatusPassesThroughUnchanged() {
    String status = "{'kind':'Status','apiVersion':'v1','metadata':{},'status':'Success'}";

    assertThat(table(status, "configmaps", new TableOptions(IncludeObject.METADATA, false)))
        .isEqualTo(json(status));
  }

  @Test
  void aListAsPartialObjectMetadataListKeepsOnlyMetadata() {
    ObjectNode list = convert(CM_LIST, "configmaps",
        OutputFormat.Target.PARTIAL_OBJECT_METADATA_LIST, "v1", null);

    assertThat(list.path("kind").asText()).isEqualTo("PartialObjectMetadataList");
    assertThat(list.path("metadata").path("resourceVersion").asText()).isEqualTo("101");
    assertThat(list.path("items").path(0).path("kind").asText())
        .isEqualTo("PartialObjectMetadata");
    assertThat(list.path("items").path(0).has("data")).isFalse();
  }

  @Test
  void aListAskedForAsOneObjectIsNotAcceptable() {
    assertThatThrownBy(() -> convert(CM_LIST, "configmaps",
        OutputFormat.Target.PARTIAL_OBJECT_METADATA, "v1", null))
        .isInstanceOfSatisfying(StatusException.class, e -> {
          assertThat(e.status().code()).isEqualTo(406);
          assertThat(e.status().message()).isEqualTo("you requested PartialObjectMetadata, "
              + "but the requested object is a list (*v1.ConfigMapList)");
        });
  }

  @Test
  void aWatchSendsColumnDefinitionsInItsFirstEventOnly() {
    WatchConversion watch = CONVERSION.forWatch(
        new OutputFormat(OutputFormat.Target.TABLE, "v1", "application/json"),
        Fixtures.target("configmaps", "", Verb.WATCH),
        new TableOptions(IncludeObject.METADATA, false));
    String cm = "{'kind':'ConfigMap','apiVersion':'v1','metadata':{'name':'a',"
        + "'resourceVersion':'5','creationTimestamp':'@T'}}";

    JsonNode first = Fixtures.wire(watch.convert(object(cm)));
    JsonNode second = Fixtures.wire(watch.convert(object(cm)));

    assertThat(first.path("columnDefinitions").size()).isEqualTo(3);
    assertThat(second.get("columnDefinitions").isNull()).isTrue();
    assertThat(second.path("rows").path(0).path("cells")).isEqualTo(json("['a',0,'5m']"));
  }
}
