package io.kubesim.junit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.kubesim.admission.ObjectMappers;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;

/**
 * The preloaded manifests of one declaration: classpath YAML read and checked once, when the
 * class starts, then created through the API (admission and validation included) before the first
 * test and after every reset. A missing, unparsable or shapeless manifest fails before any test
 * runs, naming the resource and the document.
 */
final class Manifests {

  /** One document of a manifest resource. */
  private record Document(String resource, int index, JsonNode object) {
    String describe() {
      return "manifest " + resource + " document " + index + " (" + object.path("kind").asText()
          + " " + object.path("metadata").path("name").asText() + ")";
    }
  }

  private final List<Document> documents;

  private Manifests(List<Document> documents) {
    this.documents = documents;
  }

  /** Reads and checks {@code resources} from {@code loader}. */
  static Manifests load(List<String> resources, ClassLoader loader, String declaredBy) {
    List<Document> documents = new ArrayList<>();
    for (String resource : resources) {
      String text = read(resource, loader, declaredBy);
      int index = 0;
      try (MappingIterator<JsonNode> docs =
               ObjectMappers.yaml().readerFor(JsonNode.class).readValues(text)) {
        while (docs.hasNextValue()) {
          JsonNode doc = docs.nextValue();
          index++;
          if (doc == null || doc.isNull() || doc.isEmpty()) {
            continue; // an empty document between two "---" is legal YAML
          }
          documents.add(new Document(resource, index, check(doc, resource, index, declaredBy)));
        }
      } catch (JsonProcessingException e) {
        throw new ExtensionConfigurationException(declaredBy + ": manifest " + resource
            + " is not valid YAML: " + e.getOriginalMessage(), e);
      } catch (IOException e) {
        throw new ExtensionConfigurationException(declaredBy + ": cannot read manifest "
            + resource, e);
      }
    }
    return new Manifests(List.copyOf(documents));
  }

  /** True when there is nothing to create. */
  boolean isEmpty() {
    return documents.isEmpty();
  }

  /**
   * Creates every document through {@code client}, in order.
   *
   * @throws ExtensionConfigurationException naming the document the API server rejected
   */
  void createWith(KubernetesClient client, String declaredBy) {
    for (Document doc : documents) {
      try {
        client.resource(doc.object().toString()).create();
      } catch (KubernetesClientException e) {
        String why = e.getStatus() != null && e.getStatus().getMessage() != null
            ? e.getStatus().getMessage() : e.getMessage();
        throw new ExtensionConfigurationException(declaredBy + ": " + doc.describe()
            + " was rejected by the API server: " + why, e);
      }
    }
  }

  private static String read(String resource, ClassLoader loader, String declaredBy) {
    String path = resource.startsWith("/") ? resource.substring(1) : resource;
    try (InputStream in = loader.getResourceAsStream(path)) {
      if (in == null) {
        throw new ExtensionConfigurationException(declaredBy + ": manifest " + resource
            + " is not on the classpath");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new ExtensionConfigurationException(declaredBy + ": cannot read manifest "
          + resource, e);
    }
  }

  private static JsonNode check(JsonNode doc, String resource, int index, String declaredBy) {
    String where = declaredBy + ": manifest " + resource + " document " + index;
    if (!doc.isObject()) {
      throw new ExtensionConfigurationException(where + " is not a Kubernetes object");
    }
    for (String field : List.of("apiVersion", "kind")) {
      if (doc.path(field).asText("").isEmpty()) {
        throw new ExtensionConfigurationException(where + " has no " + field);
      }
    }
    JsonNode metadata = doc.path("metadata");
    if (metadata.path("name").asText("").isEmpty()
        && metadata.path("generateName").asText("").isEmpty()) {
      throw new ExtensionConfigurationException(where + " (" + doc.path("kind").asText()
          + ") has no metadata.name");
    }
    return doc;
  }
}
