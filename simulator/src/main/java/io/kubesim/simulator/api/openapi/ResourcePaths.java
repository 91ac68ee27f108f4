package io.kubesim.simulator.api.openapi;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fabric8.kubernetes.api.model.DeleteOptions;
import io.fabric8.kubernetes.api.model.Status;
import io.kubesim.admission.GroupVersionKind;
import io.kubesim.simulator.api.ResourceRegistry;
import io.kubesim.simulator.api.ResourceType;
import io.kubesim.simulator.api.Subresource;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The paths one resource type serves, with an operation per advertised verb: list, create and
 * deletecollection on the collection, read, replace, patch and delete on each object, a list
 * across namespaces, and the subresources. Every PATCH carries the {@code fieldValidation}
 * parameter: kubectl checks the first PATCH it finds for a kind and validates client-side (with
 * OpenAPI v2, which is not served) unless the parameter is there.
 */
final class ResourcePaths {

  /** The PATCH body schema name upstream uses. */
  static final String PATCH = "io.k8s.apimachinery.pkg.apis.meta.v1.Patch";

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final List<String> WRITE = List.of("dryRun", "fieldManager", "fieldValidation");
  private static final List<String> PATCH_QUERY =
      List.of("dryRun", "fieldManager", "fieldValidation", "force");
  private static final List<String> SELECT = List.of("continue", "fieldSelector",
      "labelSelector", "limit", "resourceVersion", "resourceVersionMatch", "sendInitialEvents",
      "timeoutSeconds");
  private static final List<String> LIST =
      concat(List.of("allowWatchBookmarks"), SELECT, List.of("watch"));
  private static final List<String> DELETE = List.of("dryRun", "gracePeriodSeconds",
      "ignoreStoreReadErrorWithClusterBreakingPotential", "orphanDependents",
      "propagationPolicy");
  private static final Map<String, String> CONNECT_METHODS = Map.of(
      "get", "get", "create", "post", "update", "put", "patch", "patch", "delete", "delete");

  private final ResourceRegistry registry;
  private final ModelSchemas schemas;
  private final KindClasses kinds;
  private final ObjectNode deleteOptions;
  private final ObjectNode status;
  private final ObjectNode patchBody = ref(PATCH);

  ResourcePaths(ResourceRegistry registry, ModelSchemas schemas, KindClasses kinds) {
    this.registry = registry;
    this.schemas = schemas;
    this.kinds = kinds;
    this.deleteOptions = ref(schemas.define(DeleteOptions.class));
    this.status = ref(schemas.define(Status.class));
    schemas.defineHandmade(PATCH, ModelSchemas.typed("object"));
  }

  /** Adds the paths of {@code type} to {@code paths}. */
  void add(ResourceType type, ObjectNode paths) {
    OperationIds ids = new OperationIds(type);
    GroupVersionKind gvk = type.gvk();
    ObjectNode kind = kindSchema(gvk, type.javaType());
    String prefix = type.group().isEmpty() ? "/api/" + type.version()
        : "/apis/" + type.apiVersion();
    String collection = prefix + (type.namespaced() ? "/namespaces/{namespace}/" : "/")
        + type.plural();
    String item = collection + "/{name}";
    ObjectNode collectionPath = pathItem(paths, collection, type.namespaced(), false);
    ObjectNode itemPath = pathItem(paths, item, type.namespaced(), true);
    if (type.supports("list")) {
      ObjectNode list = type.javaType() == null ? ModelSchemas.typed("object")
          : KindClasses.listOf(type.javaType())
              .map(c -> kindSchema(new GroupVersionKind(gvk.group(), gvk.version(),
                  gvk.kind() + "List"), c))
              .orElse(ModelSchemas.typed("object"));
      collectionPath.set("get", Operation.of(ids.of("list", ""), "list", gvk).query(LIST)
          .response(200, "OK", list).node());
      if (type.namespaced()) {
        pathItem(paths, prefix + "/" + type.plural(), false, false).set("get",
            Operation.of(ids.forAllNamespaces(), "list", gvk).query(LIST)
                .response(200, "OK", list).node());
      }
    }
    if (type.supports("create")) {
      collectionPath.set("post", create(ids.of("create", ""), gvk, kind));
    }
    if (type.supports("deletecollection")) {
      collectionPath.set("delete", Operation.of(ids.collection(), "deletecollection", gvk)
          .query(concat(DELETE, SELECT)).body(List.of("*/*"), deleteOptions)
          .response(200, "OK", status).node());
    }
    addObjectOperations(itemPath, ids, "", gvk, kind, type.verbs(), type.javaType() != null);
    for (Subresource subresource : registry.subresources(type)) {
      ObjectNode subPath = pathItem(paths, item + "/" + subresource.name(), type.namespaced(),
          true);
      addSubresource(subPath, ids, subresource, type.javaType() != null);
    }
    if (collectionPath.size() == 1) {
      paths.remove(collection); // only path parameters: e.g. a kind served by name alone
    }
    if (itemPath.size() == 1) {
      paths.remove(item);
    }
  }

  private void addSubresource(ObjectNode path, OperationIds ids, Subresource subresource,
      boolean builtIn) {
    String suffix = OperationIds.capitalize(subresource.name());
    GroupVersionKind gvk = subresource.responseKind();
    // exec, attach, portforward and proxy take their options as query parameters and stream.
    if (gvk.kind().endsWith("Options")) {
      for (String verb : subresource.verbs()) {
        String method = CONNECT_METHODS.get(verb);
        path.set(method, Operation.of(ids.connect(method, suffix), "connect", gvk)
            .response(200, "OK", ModelSchemas.typed("string")).node());
      }
      return;
    }
    ObjectNode body = kinds.find(gvk).map(c -> kindSchema(gvk, c))
        .orElse(ModelSchemas.typed("object"));
    if (subresource.verbs().contains("create")) {
      path.set("post", create(ids.of("create", suffix), gvk, body));
    }
    // pods/log answers the log as text, not as a Pod.
    ObjectNode read = subresource.name().equals("log") ? ModelSchemas.typed("string") : body;
    addObjectOperations(path, ids, suffix, gvk, read, subresource.verbs(), builtIn);
  }

  private void addObjectOperations(ObjectNode path, OperationIds ids, String suffix,
      GroupVersionKind gvk, ObjectNode kind, List<String> verbs, boolean builtIn) {
    if (verbs.contains("get")) {
      path.set("get", Operation.of(ids.of("read", suffix), "get", gvk)
          .response(200, "OK", kind).node());
    }
    if (verbs.contains("update")) {
      path.set("put", Operation.of(ids.of("replace", suffix), "put", gvk).query(WRITE)
          .body(List.of("*/*"), kind).response(200, "OK", kind).response(201, "Created", kind)
          .node());
    }
    if (verbs.contains("patch")) {
      path.set("patch", Operation.of(ids.of("patch", suffix), "patch", gvk).query(PATCH_QUERY)
          .body(Operation.patchTypes(builtIn), patchBody).response(200, "OK", kind)
          .response(201, "Created", kind).node());
    }
    if (verbs.contains("delete")) {
      path.set("delete", Operation.of(ids.of("delete", suffix), "delete", gvk).query(DELETE)
          .body(List.of("*/*"), deleteOptions).response(200, "OK", status)
          .response(202, "Accepted", status).node());
    }
  }

  private static ObjectNode create(String id, GroupVersionKind gvk, ObjectNode kind) {
    return Operation.of(id, "post", gvk).query(WRITE).body(List.of("*/*"), kind)
        .response(200, "OK", kind).response(201, "Created", kind)
        .response(202, "Accepted", kind).node();
  }

  /** The schema of a kind, tagged with its group-version-kind; untyped without a class. */
  private ObjectNode kindSchema(GroupVersionKind gvk, Class<?> modelClass) {
    if (modelClass == null) {
      return ModelSchemas.typed("object");
    }
    String name = schemas.define(modelClass);
    schemas.tagKind(name, gvk);
    return ref(name);
  }

  private static ObjectNode pathItem(ObjectNode paths, String path, boolean namespaced,
      boolean named) {
    if (paths.get(path) instanceof ObjectNode existing) {
      return existing;
    }
    ObjectNode item = paths.putObject(path);
    var parameters = item.putArray("parameters");
    if (named) {
      parameters.add(Operation.pathParameter("name"));
    }
    if (namespaced) {
      parameters.add(Operation.pathParameter("namespace"));
    }
    parameters.add(Operation.queryParameter("pretty"));
    return item;
  }

  static ObjectNode ref(String name) {
    return NODES.objectNode().put("$ref", ModelSchemas.REF_PREFIX + name);
  }

  /** Names of the schemas {@code paths} refer to. */
  static Set<String> referencedSchemas(ObjectNode paths) {
    Set<String> names = new TreeSet<>();
    paths.findValues("$ref").forEach(ref ->
        names.add(ref.asText().substring(ModelSchemas.REF_PREFIX.length())));
    return names;
  }

  @SafeVarargs
  private static List<String> concat(List<String>... lists) {
    List<String> all = new ArrayList<>();
    for (List<String> list : lists) {
      all.addAll(list);
    }
    return List.copyOf(all);
  }
}
