package io.kubesim.simulator.controller;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kubesim.admission.GroupResource;
import io.kubesim.admission.ObjectMappers;
import io.kubesim.simulator.api.ResourceType;
import io.kubesim.simulator.store.StoredObject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The root-CA publisher's job: every active namespace has the {@code kube-root-ca.crt} ConfigMap
 * whose {@code ca.crt} lets in-cluster clients verify the API server; a deleted or edited one is
 * put back. Pods read it through their {@code kube-api-access-*} volume.
 *
 * <p>kubesim serves plain HTTP, so the certificate verifies nothing: it is a fixed self-signed CA
 * ({@code CN=kubernetes}) generated once, there so that the ConfigMap looks like a real one.
 */
final class RootCaPublisher implements NamespaceReconciler {

  static final String NAME = "kube-root-ca.crt";
  static final String KEY = "ca.crt";
  static final String DESCRIPTION_ANNOTATION = "kubernetes.io/description";
  /** Upstream's description of the ConfigMap, word for word. */
  static final String DESCRIPTION = "Contains a CA bundle that can be used to verify the "
      + "kube-apiserver when using internal endpoints such as the internal service IP or "
      + "kubernetes.default.svc. No other usage is guaranteed across distributions of "
      + "Kubernetes clusters.";
  static final String CA_CERTIFICATE = load();

  private static final GroupResource CONFIG_MAPS = new GroupResource("", "configmaps");

  private final ActiveNamespaces namespaces;

  RootCaPublisher(ActiveNamespaces namespaces) {
    this.namespaces = namespaces;
  }

  @Override
  public GroupResource resource() {
    return CONFIG_MAPS;
  }

  @Override
  public String objectName() {
    return NAME;
  }

  @Override
  public void reconcile(String namespace) {
    if (!namespaces.isActive(namespace)) {
      return;
    }
    ResourceType type = namespaces.type(CONFIG_MAPS.resource());
    Optional<ObjectNode> current = namespaces.find(type, namespace, NAME).map(StoredObject::object);
    if (current.isEmpty()) {
      ObjectNode configMap = ObjectMappers.json().createObjectNode();
      configMap.put("apiVersion", "v1").put("kind", "ConfigMap");
      configMap.putObject("metadata").put("name", NAME).putObject("annotations")
          .put(DESCRIPTION_ANNOTATION, DESCRIPTION);
      configMap.putObject("data").put(KEY, CA_CERTIFICATE);
      namespaces.createIfAbsent(type, namespace, NAME, configMap);
    } else if (!isRight(current.get())) {
      namespaces.update(type, namespace, NAME, RootCaPublisher::repair);
    }
  }

  // upstream compares the whole data map and only checks that a description is present
  private static boolean isRight(ObjectNode configMap) {
    JsonNode data = configMap.path("data");
    return data.size() == 1 && CA_CERTIFICATE.equals(data.path(KEY).asText(null))
        && !configMap.path("metadata").path("annotations").path(DESCRIPTION_ANNOTATION)
            .asText("").isEmpty();
  }

  private static ObjectNode repair(ObjectNode configMap) {
    configMap.putObject("data").put(KEY, CA_CERTIFICATE);
    configMap.withObjectProperty("metadata").withObjectProperty("annotations")
        .put(DESCRIPTION_ANNOTATION, DESCRIPTION);
    return configMap;
  }

  private static String load() {
    try (InputStream in = RootCaPublisher.class.getResourceAsStream(NAME)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + NAME);
      }
      return new String(in.readAllBytes(), StandardCharsets.US_ASCII);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
