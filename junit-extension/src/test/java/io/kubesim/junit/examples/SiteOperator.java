package io.kubesim.junit.examples;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.informers.ResourceEventHandler;
import io.fabric8.kubernetes.client.informers.SharedIndexInformer;
import java.util.Map;

/**
 * A small operator, as a team would write one: every ConfigMap labelled {@code example.io/site}
 * describes a web site, and the operator renders its page into a ConfigMap {@code
 * <name>-page} that the site owns (so deleting the site deletes the page). It reacts through an
 * informer and reconciles towards the desired state, creating or replacing the page.
 */
final class SiteOperator implements AutoCloseable {

  static final String SITE_LABEL = "example.io/site";

  private final KubernetesClient client;
  private SharedIndexInformer<ConfigMap> informer;

  SiteOperator(KubernetesClient client) {
    this.client = client;
  }

  /** Starts watching sites; returns once the informer has listed them. */
  SiteOperator start() {
    informer = client.configMaps().withLabel(SITE_LABEL).inform(new ResourceEventHandler<>() {
      @Override
      public void onAdd(ConfigMap site) {
        reconcile(site);
      }

      @Override
      public void onUpdate(ConfigMap before, ConfigMap site) {
        reconcile(site);
      }

      @Override
      public void onDelete(ConfigMap site, boolean unknownFinalState) {
        // the page is owned by the site: the garbage collector deletes it
      }
    });
    return this;
  }

  /** Makes the page match the site. */
  void reconcile(ConfigMap site) {
    String greeting = site.getData() == null ? "Hello" : site.getData().getOrDefault("greeting",
        "Hello");
    Map<String, String> page = Map.of("index.html",
        "<h1>" + greeting + ", " + site.getMetadata().getName() + "!</h1>");
    String name = site.getMetadata().getName() + "-page";
    ConfigMap existing = client.configMaps().withName(name).get();
    if (existing == null) {
      client.configMaps().resource(new ConfigMapBuilder().withNewMetadata().withName(name)
          .addNewOwnerReference().withApiVersion("v1").withKind("ConfigMap")
          .withName(site.getMetadata().getName()).withUid(site.getMetadata().getUid())
          .withController(true).endOwnerReference().endMetadata().withData(page).build())
          .create();
    } else if (!page.equals(existing.getData())) {
      client.configMaps().resource(new ConfigMapBuilder(existing).withData(page).build())
          .update();
    }
  }

  @Override
  public void close() {
    if (informer != null) {
      informer.close();
    }
  }
}
