package io.kubesim.benchmarks.client;

import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodList;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.kubesim.benchmarks.stats.Latency;
import io.kubesim.benchmarks.servers.ApiTarget;
import java.net.ConnectException;
import java.time.Duration;
import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * The fabric8 client operations the latency benchmark times, identical for every target: one
 * client, one thread, one request at a time, so each figure is a round-trip latency.
 */
public final class ClientScenario {

  private final KubernetesClient client;
  private final ApiTarget target;
  private final SplittableRandom random = new SplittableRandom(42);
  private int created;
  private int reconnects;

  public ClientScenario(KubernetesClient client, ApiTarget target) {
    this.client = client;
    this.target = target;
  }

  /** How many measured pods exist (for a stateless target: how many were sent). */
  public int created() {
    return created;
  }

  /**
   * Exercises create, get, list and delete for {@code duration} so the JIT has compiled both the
   * client's and the server's paths before anything is timed. It churns (create, get, delete) so
   * the store stays small: a server whose operations slow down with its size (the mock) is not
   * penalised by the warm-up, and nothing of it is left behind.
   *
   * @param resident how many pods stay during the warm-up, to be read and listed
   */
  public void warmUp(int resident, Duration duration) {
    for (int i = 0; i < resident; i++) {
      client.pods().inNamespace(BenchPods.NAMESPACE).resource(BenchPods.pod("warm-" + i)).create();
    }
    target.podCountChanged(resident);
    long end = System.nanoTime() + duration.toNanos();
    for (int round = 0; System.nanoTime() < end; round++) {
      String churn = "churn-" + round;
      client.pods().inNamespace(BenchPods.NAMESPACE).resource(BenchPods.pod(churn)).create();
      client.pods().inNamespace(BenchPods.NAMESPACE).withName("warm-" + random.nextInt(resident)).get();
      if (target.stateful()) {
        client.pods().inNamespace(BenchPods.NAMESPACE).withName(churn).withGracePeriod(0).delete();
      }
      if (round % 100 == 0) {
        client.pods().inNamespace(BenchPods.NAMESPACE).list();
      }
    }
    if (target.stateful()) {
      for (int i = 0; i < resident; i++) {
        client.pods().inNamespace(BenchPods.NAMESPACE).withName("warm-" + i).withGracePeriod(0).delete();
      }
      int left = client.pods().inNamespace(BenchPods.NAMESPACE).list().getItems().size();
      if (left != 0) {
        throw new IllegalStateException(target.name() + " still lists " + left + " pods after the warm-up deletes");
      }
    }
    target.podCountChanged(0);
  }

  /**
   * Creates pods until {@code total} exist, timing each create.
   *
   * @param all every create of this fill
   * @param atEnd the last creates of the fill (up to {@link #END_WINDOW}), made while the store
   *     already held nearly {@code total} pods: the cost of a create "at" that size
   */
  public record Fill(Latency all, Latency atEnd) {}

  /** How many of a fill's last creates count as creates at the fill's target size. */
  public static final int END_WINDOW = 500;

  /** Creates pods until {@code total} exist, timing each create. */
  public Fill createUpTo(int total) {
    long[] samples = new long[total - created];
    for (int i = 0; created < total; i++, created++) {
      Pod pod = BenchPods.pod(BenchPods.name(created));
      long start = System.nanoTime();
      try {
        client.pods().inNamespace(BenchPods.NAMESPACE).resource(pod).create();
      } catch (KubernetesClientException e) {
        if (!refusedConnection(e)) {
          throw e;
        }
        // The request never reached the server, so sending it again cannot create a duplicate.
        reconnects++;
        client.pods().inNamespace(BenchPods.NAMESPACE).resource(pod).create();
      }
      samples[i] = System.nanoTime() - start;
    }
    target.podCountChanged(created);
    long[] end = Arrays.copyOfRange(samples, Math.max(0, samples.length - END_WINDOW), samples.length);
    return new Fill(Latency.ofNanos(samples), Latency.ofNanos(end));
  }

  /**
   * For a stateless target, skips sending pods it would not keep anyway and only resizes its list
   * response, so later list timings see {@code total} items.
   */
  public void assumeCreated(int total) {
    if (target.stateful()) {
      throw new IllegalStateException(target.name() + " keeps objects: create them instead");
    }
    created = total;
    target.podCountChanged(total);
  }

  /** How many creates had to open a new connection after a failed connect, and were sent again. */
  public int reconnects() {
    return reconnects;
  }

  private static boolean refusedConnection(Throwable e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof ConnectException) {
        return true;
      }
    }
    return false;
  }

  /** Gets {@code samples} pods chosen uniformly at random among those created, timing each. */
  public Latency gets(int samples) {
    long[] nanos = new long[samples];
    for (int i = 0; i < samples; i++) {
      String name = BenchPods.name(random.nextInt(created));
      long start = System.nanoTime();
      Pod pod = client.pods().inNamespace(BenchPods.NAMESPACE).withName(name).get();
      nanos[i] = System.nanoTime() - start;
      if (pod == null) {
        throw new IllegalStateException(target.name() + " has no pod " + name);
      }
    }
    return Latency.ofNanos(nanos);
  }

  /** Lists the namespace's pods {@code reps} times, timing each list. */
  public Latency lists(int reps) {
    long[] nanos = new long[reps];
    for (int i = 0; i < reps; i++) {
      long start = System.nanoTime();
      PodList list = client.pods().inNamespace(BenchPods.NAMESPACE).list();
      nanos[i] = System.nanoTime() - start;
      if (list.getItems().size() != created) {
        throw new IllegalStateException(
            target.name() + " listed " + list.getItems().size() + " pods, expected " + created);
      }
    }
    return Latency.ofNanos(nanos);
  }
}
