package io.kubesim.simulator.acceptance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.fabric8.kubernetes.api.model.DeletionPropagation;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.api.model.OwnerReference;
import io.fabric8.kubernetes.api.model.OwnerReferenceBuilder;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.ReplicaSet;
import io.fabric8.kubernetes.api.model.apps.ReplicaSetBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.Watch;
import io.fabric8.kubernetes.client.Watcher;
import io.fabric8.kubernetes.client.WatcherException;
import io.kubesim.simulator.KubeSimulator;
import io.kubesim.simulator.SimulatorOptions;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Deletion as fabric8 sees it: finalizers hold an object with a deletionTimestamp until they are
 * removed, propagation policies collect or orphan dependents, namespaces turn Terminating and
 * go with their content, and pods on no node go at once.
 */
class DeletionTest {

  private static KubeSimulator sim;
  private static KubernetesClient client;

  @BeforeAll
  static void start() {
    sim = KubeSimulator.start(SimulatorOptions.builder().build());
    client = Fabric8.clientFor(sim);
  }

  @AfterAll
  static void stop() {
    client.close();
    sim.close();
  }

  /** Records a watch's events as {@code ACTION name}. */
  static final class Events<T extends HasMetadata> implements Watcher<T> {
    final BlockingQueue<T> objects = new LinkedBlockingQueue<>();
    final BlockingQueue<String> seen = new LinkedBlockingQueue<>();

    @Override
    public void eventReceived(Action action, T resource) {
      objects.add(resource);
      seen.add(action + " " + resource.getMetadata().getName());
    }

    @Override
    public void onClose(WatcherException cause) {}

    List<String> next(int n) throws InterruptedException {
      List<String> out = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        String event = seen.poll(10, TimeUnit.SECONDS);
        assertThat(event).as("event %d of %d", i + 1, n).isNotNull();
        out.add(event);
      }
      return out;
    }
  }

  @Test
  void aFinalizerHoldsTheObjectUntilAnUpdateRemovesIt() throws Exception {
    Events<ConfigMap> events = new Events<>();
    try (Watch ignored = client.configMaps().withName("held").watch(events)) {
      client.configMaps().resource(new ConfigMapBuilder().withNewMetadata().withName("held")
          .withFinalizers("example.com/hold").endMetadata().build()).create();

      client.configMaps().withName("held").delete();
      ConfigMap terminating = client.configMaps().withName("held").get();
      assertThat(terminating.getMetadata().getDeletionTimestamp()).isNotNull();
      assertThat(terminating.getMetadata().getDeletionGracePeriodSeconds()).isZero();

      client.configMaps().withName("held").delete();
      assertThat(client.configMaps().withName("held").get()).isEqualTo(terminating);

      ConfigMap adding = client.configMaps().withName("held").get();
      adding.getMetadata().getFinalizers().add("example.com/late");
      assertThatThrownBy(() -> client.configMaps().resource(adding).update())
          .isInstanceOfSatisfying(KubernetesClientException.class, e -> {
            assertThat(e.getCode()).isEqualTo(422);
            assertThat(e.getStatus().getMessage()).isEqualTo("ConfigMap \"held\" is invalid: "
                + "metadata.finalizers: Forbidden: no new finalizers can be added if the object "
                + "is being deleted, found new finalizers []string{\"example.com/late\"}");
          });

      ConfigMap released = client.configMaps().withName("held").get();
      released.getMetadata().setFinalizers(List.of());
      client.configMaps().resource(released).update();

      assertThat(client.configMaps().withName("held").get()).isNull();
      assertThat(events.next(3)).containsExactly("ADDED held", "MODIFIED held", "DELETED held");
    }
  }

  static Stream<Arguments> propagationPolicies() {
    return Stream.of(
        Arguments.of(DeletionPropagation.BACKGROUND, "deletes"),
        Arguments.of(DeletionPropagation.FOREGROUND, "deletes"),
        Arguments.of(DeletionPropagation.ORPHAN, "orphans"));
  }

  @ParameterizedTest(name = "{0} propagation {1} the dependents")
  @MethodSource("propagationPolicies")
  void propagationPolicyDecidesTheFateOfDependents(DeletionPropagation policy, String fate) {
    boolean orphan = fate.equals("orphans");
    String ns = "gc-" + policy.name().toLowerCase();
    client.namespaces().resource(new NamespaceBuilder().withNewMetadata().withName(ns)
        .endMetadata().build()).create();
    Deployment owner = client.apps().deployments().inNamespace(ns)
        .resource(StatusSubresourceTest.deployment("web")).create();
    ReplicaSet replicaSet = client.apps().replicaSets().inNamespace(ns).resource(
        new ReplicaSetBuilder().withNewMetadata().withName("web-1")
            .withOwnerReferences(ownerRef(owner)).endMetadata()
            .withSpec(new io.fabric8.kubernetes.api.model.apps.ReplicaSetSpecBuilder()
                .withSelector(owner.getSpec().getSelector())
                .withTemplate(owner.getSpec().getTemplate()).build())
            .build()).create();
    ConfigMap otherOwner = client.configMaps().inNamespace(ns).resource(new ConfigMapBuilder()
        .withNewMetadata().withName("other-owner").endMetadata().build()).create();
    client.pods().inNamespace(ns).resource(new PodBuilder().withNewMetadata().withName("web-1-a")
        .withOwnerReferences(ownerRef(replicaSet)).endMetadata()
        .withSpec(owner.getSpec().getTemplate().getSpec()).build()).create();
    client.configMaps().inNamespace(ns).resource(new ConfigMapBuilder().withNewMetadata()
        .withName("shared").withOwnerReferences(ownerRef(owner), ownerRef(otherOwner))
        .endMetadata().build()).create();

    client.apps().deployments().inNamespace(ns).withName("web").withPropagationPolicy(policy)
        .delete();

    Eventually.until("the owner is gone",
        () -> client.apps().deployments().inNamespace(ns).withName("web").get() == null);
    ReplicaSet dependent = client.apps().replicaSets().inNamespace(ns).withName("web-1").get();
    ConfigMap shared = client.configMaps().inNamespace(ns).withName("shared").get();
    if (orphan) {
      assertThat(dependent).isNotNull();
      assertThat(dependent.getMetadata().getOwnerReferences()).isNullOrEmpty();
      assertThat(shared.getMetadata().getOwnerReferences()).extracting(OwnerReference::getName)
          .containsExactly("other-owner");
      assertThat(client.pods().inNamespace(ns).withName("web-1-a").get()
          .getMetadata().getOwnerReferences()).extracting(OwnerReference::getName)
          .containsExactly("web-1");
    } else {
      assertThat(dependent).isNull();
      assertThat(shared).isNull();
      assertThat(client.pods().inNamespace(ns).withName("web-1-a").get()).isNull();
      assertThat(client.configMaps().inNamespace(ns).withName("other-owner").get()).isNotNull();
    }
  }

  private static OwnerReference ownerRef(HasMetadata owner) {
    return new OwnerReferenceBuilder().withApiVersion(owner.getApiVersion())
        .withKind(owner.getKind()).withName(owner.getMetadata().getName())
        .withUid(owner.getMetadata().getUid()).withBlockOwnerDeletion(true).build();
  }

  @Test
  void aDeletedNamespaceTurnsTerminatingThenGoesWithItsContent() throws Exception {
    client.namespaces().resource(new NamespaceBuilder().withNewMetadata().withName("doomed")
        .endMetadata().build()).create();
    client.configMaps().inNamespace("doomed").resource(new ConfigMapBuilder().withNewMetadata()
        .withName("content").endMetadata().build()).create();
    client.pods().inNamespace("doomed").resource(StatusSubresourceTest.pod("runner")).create();
    Events<Namespace> events = new Events<>();
    try (Watch ignored = client.namespaces().withName("doomed").watch(events)) {
      assertThat(events.next(1)).containsExactly("ADDED doomed");
      events.objects.clear();

      client.namespaces().withName("doomed").delete();

      // The namespace controller's own updates (finalizer removal) come between.
      List<String> seen = new ArrayList<>(events.next(1));
      while (!seen.get(seen.size() - 1).startsWith("DELETED")) {
        seen.addAll(events.next(1));
      }
      assertThat(seen).first().isEqualTo("MODIFIED doomed");
      Namespace terminating = events.objects.poll();
      assertThat(terminating.getStatus().getPhase()).isEqualTo("Terminating");
      assertThat(terminating.getMetadata().getDeletionTimestamp()).isNotNull();
      assertThat(client.namespaces().withName("doomed").get()).isNull();
      assertThat(client.configMaps().inNamespace("doomed").list().getItems()).isEmpty();
      assertThat(client.pods().inNamespace("doomed").list().getItems()).isEmpty();
    }
  }

  @Test
  void aTerminatingNamespaceWaitsForTheFinalizersOfItsContent() throws Exception {
    String ns = "held-content";
    client.namespaces().resource(new NamespaceBuilder().withNewMetadata().withName(ns)
        .endMetadata().build()).create();
    client.configMaps().inNamespace(ns).resource(new ConfigMapBuilder().withNewMetadata()
        .withName("held").withFinalizers("example.com/hold").endMetadata().build()).create();

    client.namespaces().withName(ns).delete();

    Eventually.until("the held object is marked for deletion", () -> client.configMaps()
        .inNamespace(ns).withName("held").get().getMetadata().getDeletionTimestamp() != null);
    Thread.sleep(300); // the namespace controller had time to finish, were it not waiting
    assertThat(client.namespaces().withName(ns).get().getStatus().getPhase())
        .isEqualTo("Terminating");

    ConfigMap held = client.configMaps().inNamespace(ns).withName("held").get();
    held.getMetadata().setFinalizers(List.of());
    client.configMaps().inNamespace(ns).resource(held).update();

    Eventually.until("the namespace is gone", () -> client.namespaces().withName(ns).get() == null);
  }

  @Test
  void collectedDependentsKeepTheirFinalizers() {
    ConfigMap owner = client.configMaps().resource(new ConfigMapBuilder().withNewMetadata()
        .withName("gc-owner").endMetadata().build()).create();
    client.configMaps().resource(new ConfigMapBuilder().withNewMetadata()
        .withName("gc-held-dependent").withOwnerReferences(ownerRef(owner))
        .withFinalizers("example.com/hold").endMetadata().build()).create();

    client.configMaps().withName("gc-owner").withPropagationPolicy(DeletionPropagation.BACKGROUND)
        .delete();

    Eventually.until("the dependent is marked for deletion", () -> client.configMaps()
        .withName("gc-held-dependent").get().getMetadata().getDeletionTimestamp() != null);
    ConfigMap dependent = client.configMaps().withName("gc-held-dependent").get();
    dependent.getMetadata().setFinalizers(List.of());
    client.configMaps().resource(dependent).update();
    assertThat(client.configMaps().withName("gc-held-dependent").get()).isNull();
  }

  @Test
  void theDependentsOfAnOwnerHeldByAFinalizerGoWhenItFinallyGoes() {
    client.configMaps().resource(new ConfigMapBuilder().withNewMetadata()
        .withName("held-owner").withFinalizers("example.com/hold").endMetadata().build()).create();
    ConfigMap owner = client.configMaps().withName("held-owner").get();
    client.configMaps().resource(new ConfigMapBuilder().withNewMetadata()
        .withName("held-owners-dependent").withOwnerReferences(ownerRef(owner)).endMetadata()
        .build()).create();

    client.configMaps().withName("held-owner").delete();
    assertThat(client.configMaps().withName("held-owners-dependent").get()).isNotNull();
    ConfigMap terminating = client.configMaps().withName("held-owner").get();
    terminating.getMetadata().setFinalizers(List.of());
    client.configMaps().resource(terminating).update();

    Eventually.until("the dependent is collected",
        () -> client.configMaps().withName("held-owners-dependent").get() == null);
  }

  @Test
  void deletingASelectionDeletesExactlyTheMatchingObjects() {
    for (String name : List.of("batch-1", "batch-2", "keep-1")) {
      client.configMaps().resource(new ConfigMapBuilder().withNewMetadata().withName(name)
          .addToLabels("batch", name.startsWith("batch") ? "yes" : "no").endMetadata().build())
          .create();
    }

    assertThat(client.configMaps().withLabel("batch", "yes").delete())
        .extracting(d -> d.getName()).containsExactlyInAnyOrder("batch-1", "batch-2");

    assertThat(client.configMaps().withLabel("batch").list().getItems())
        .extracting(c -> c.getMetadata().getName()).containsExactly("keep-1");
  }

  @Test
  void aPodOnNoNodeIsDeletedAtOnce() {
    client.pods().resource(StatusSubresourceTest.pod("unscheduled")).create();

    client.pods().withName("unscheduled").delete();

    assertThat(client.pods().withName("unscheduled").get()).isNull();
  }

  @Test
  void aPodOnANodeGetsItsGracePeriodAndGoesWithGracePeriodZero() {
    Pod scheduled = StatusSubresourceTest.pod("scheduled");
    scheduled.getSpec().setNodeName("node-1");
    scheduled.getSpec().setTerminationGracePeriodSeconds(45L);
    client.pods().resource(scheduled).create();
    Instant before = Instant.now().minusSeconds(1);

    client.pods().withName("scheduled").delete();

    Pod terminating = client.pods().withName("scheduled").get();
    assertThat(terminating.getMetadata().getDeletionGracePeriodSeconds()).isEqualTo(45L);
    assertThat(Duration.between(before,
        Instant.parse(terminating.getMetadata().getDeletionTimestamp())).getSeconds())
        .isBetween(45L, 47L);

    client.pods().withName("scheduled").withGracePeriod(0).delete();

    assertThat(client.pods().withName("scheduled").get()).isNull();
  }
}
