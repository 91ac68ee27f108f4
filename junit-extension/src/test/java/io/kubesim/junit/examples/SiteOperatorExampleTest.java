package io.kubesim.junit.examples;

import static io.kubesim.junit.AdmissionAssertions.assertAdmission;
import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.kubesim.junit.AdmissionJournal;
import io.kubesim.junit.KubeSimulatorTest;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

// tag::operator[]
@KubeSimulatorTest
class SiteOperatorExampleTest {

  SiteOperator operator;

  @BeforeEach
  void startOperator(KubernetesClient client) {
    operator = new SiteOperator(client).start();
  }

  @AfterEach
  void stopOperator() {
    operator.close();
  }

  static ConfigMap site(String name, String greeting) {
    return new ConfigMapBuilder().withNewMetadata().withName(name)
        .addToLabels(SiteOperator.SITE_LABEL, "true").endMetadata()
        .addToData("greeting", greeting).build();
  }

  @Test
  void rendersAPageForEachSite(KubernetesClient client) {
    client.configMaps().resource(site("shop", "Welcome")).create();

    ConfigMap page = client.configMaps().withName("shop-page").waitUntilCondition(
        cm -> cm != null, 10, TimeUnit.SECONDS);

    assertThat(page.getData()).containsEntry("index.html", "<h1>Welcome, shop!</h1>");
    assertThat(page.getMetadata().getOwnerReferences()).singleElement()
        .satisfies(owner -> assertThat(owner.getName()).isEqualTo("shop"));
  }

  @Test
  void rerendersThePageWhenTheSiteChanges(KubernetesClient client, AdmissionJournal journal) {
    client.configMaps().resource(site("blog", "Hello")).create();
    client.configMaps().withName("blog-page").waitUntilCondition(cm -> cm != null,
        10, TimeUnit.SECONDS);

    ConfigMap blog = client.configMaps().withName("blog").get();
    client.configMaps().resource(new ConfigMapBuilder(blog).addToData("greeting", "Bonjour")
        .build()).update();

    client.configMaps().withName("blog-page").waitUntilCondition(cm -> cm != null
        && cm.getData().get("index.html").contains("Bonjour"), 10, TimeUnit.SECONDS);
    assertAdmission(journal.lastWrite("configmaps")).hasCode(200).notDenied();
  }

  @Test
  void deletingASiteDeletesItsPage(KubernetesClient client) {
    client.configMaps().resource(site("old", "Bye")).create();
    client.configMaps().withName("old-page").waitUntilCondition(cm -> cm != null,
        10, TimeUnit.SECONDS);

    client.configMaps().withName("old").delete();

    client.configMaps().withName("old-page").waitUntilCondition(cm -> cm == null,
        10, TimeUnit.SECONDS);
  }
}
// end::operator[]
