package io.kubesim.simulator.http;

import io.kubesim.admission.status.StatusErrors;
import io.kubesim.simulator.api.RequestTarget;
import io.kubesim.simulator.api.ResourceRegistry;
import io.kubesim.simulator.api.ResourceType;
import io.kubesim.simulator.api.Verb;
import java.util.Arrays;
import java.util.Set;

/**
 * Parses a resource URL and HTTP method into a {@link RequestTarget}, the way upstream's
 * {@code RequestInfoFactory} does: {@code /api/v1/...} and {@code /apis/<group>/<version>/...},
 * namespaced and cluster-scoped, with {@code namespaces/<ns>/status|finalize} as subresources of
 * the namespace itself.
 */
public final class RequestTargetParser {

  private static final Set<String> NAMESPACE_SUBRESOURCES = Set.of("status", "finalize");

  private final ResourceRegistry registry;

  public RequestTargetParser(ResourceRegistry registry) {
    this.registry = registry;
  }

  /**
   * Parses {@code path} (without query) for {@code method}; {@code watch} is the query's watch
   * flag.
   *
   * @throws io.kubesim.admission.status.StatusException 404 for unknown resources, 405 for a
   *     method the URL does not support
   */
  public RequestTarget parse(String method, String path, boolean watch) {
    String[] parts = Arrays.stream(path.split("/")).filter(s -> !s.isEmpty())
        .toArray(String[]::new);
    String group;
    String version;
    int i;
    if (parts.length >= 2 && parts[0].equals("api")) {
      group = "";
      version = parts[1];
      i = 2;
    } else if (parts.length >= 3 && parts[0].equals("apis")) {
      group = parts[1];
      version = parts[2];
      i = 3;
    } else {
      throw StatusErrors.unknownPath();
    }
    String[] rest = Arrays.copyOfRange(parts, i, parts.length);
    if (rest.length == 0) {
      throw StatusErrors.unknownPath();
    }
    String namespace = "";
    if (rest[0].equals("namespaces") && rest.length > 2
        && !NAMESPACE_SUBRESOURCES.contains(rest[2])) {
      namespace = rest[1];
      rest = Arrays.copyOfRange(rest, 2, rest.length);
    }
    if (rest.length > 3) {
      throw StatusErrors.unknownPath();
    }
    ResourceType type = registry.find(group, version, rest[0])
        .orElseThrow(StatusErrors::unknownPath);
    String name = rest.length > 1 ? rest[1] : "";
    String subresource = rest.length > 2 ? rest[2] : "";
    if (!subresource.isEmpty() && !type.subresources().contains(subresource)) {
      throw StatusErrors.unknownPath();
    }
    if (!namespace.isEmpty() && !type.namespaced()) {
      throw StatusErrors.unknownPath();
    }
    return new RequestTarget(type, namespace, name, subresource, verb(method, name, subresource, watch));
  }

  private static Verb verb(String method, String name, String subresource, boolean watch) {
    boolean collection = name.isEmpty();
    return switch (method) {
      case "GET", "HEAD" -> watch ? Verb.WATCH : collection ? Verb.LIST : Verb.GET;
      case "POST" -> {
        // POST to an object URL only exists for subresources such as pods/eviction.
        if (!collection && subresource.isEmpty()) {
          throw StatusErrors.methodNotAllowed();
        }
        yield Verb.CREATE;
      }
      case "PUT" -> objectOnly(collection, Verb.UPDATE);
      case "PATCH" -> objectOnly(collection, Verb.PATCH);
      case "DELETE" -> collection ? Verb.DELETECOLLECTION : Verb.DELETE;
      default -> throw StatusErrors.methodNotAllowed();
    };
  }

  private static Verb objectOnly(boolean collection, Verb verb) {
    if (collection) {
      throw StatusErrors.methodNotAllowed();
    }
    return verb;
  }
}
