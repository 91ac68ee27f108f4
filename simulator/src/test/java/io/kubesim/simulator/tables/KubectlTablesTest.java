package io.kubesim.simulator.tables;

import static org.assertj.core.api.Assertions.assertThat;

import io.kubesim.simulator.KubeSimulator;
import io.kubesim.simulator.SimulatorOptions;
import io.kubesim.simulator.kubectl.Kubectl;
import io.kubesim.simulator.kubectl.KubectlBinary;
import io.kubesim.simulator.kubectl.ProcessResult;
import io.kubesim.simulator.kubectl.RunningProcess;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Real kubectl 1.33 prints the simulator's Tables with the columns of a real cluster. The
 * expected outputs below are what kube-apiserver 1.33 gives kubectl for the same objects (a pod
 * not yet scheduled, a deployment no controller has acted on, a service with a given cluster IP),
 * five minutes after they were created.
 */
class KubectlTablesTest {

  private static final KubectlBinary KUBECTL = KubectlBinary.locate();
  private static final AdjustableClock CLOCK =
      new AdjustableClock(Instant.parse("2025-01-01T12:00:00Z"));
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @TempDir
  static Path home;

  private static KubeSimulator sim;
  private static Kubectl kubectl;

  @BeforeAll
  static void start() throws Exception {
    Assumptions.assumeTrue(KUBECTL.found(), KUBECTL.missing());
    sim = KubeSimulator.start(SimulatorOptions.builder().clock(CLOCK)
        .kubeconfig(home.resolve("config")).build());
    kubectl = new Kubectl(KUBECTL.path(), home, home.resolve("config"));
    post("/api/v1/namespaces", "{'metadata':{'name':'demo'}}");
    post("/api/v1/namespaces/demo/pods", "{'metadata':{'name':'web','labels':{'app':'web'}},"
        + "'spec':{'containers':[{'name':'nginx','image':'nginx'}]}}");
    post("/apis/apps/v1/namespaces/demo/deployments", "{'metadata':{'name':'web'},"
        + "'spec':{'replicas':2,'selector':{'matchLabels':{'app':'web'}},'template':{"
        + "'metadata':{'labels':{'app':'web'}},"
        + "'spec':{'containers':[{'name':'nginx','image':'nginx'}]}}}}");
    // type and protocol are given because the simulator does not yet default services
    post("/api/v1/namespaces/demo/services", "{'metadata':{'name':'web'},'spec':{"
        + "'type':'ClusterIP','clusterIP':'10.96.0.20','selector':{'app':'web'},"
        + "'ports':[{'port':80,'protocol':'TCP','targetPort':8080}]}}");
    CLOCK.advance(Duration.ofMinutes(5));
  }

  @AfterAll
  static void stop() {
    if (sim != null) {
      sim.close();
    }
  }

  private static void post(String path, String body) throws Exception {
    HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(
            URI.create(sim.baseUrl() + path))
        .POST(HttpRequest.BodyPublishers.ofString(body.replace('\'', '"')))
        .header("Content-Type", "application/json").build(), HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
  }

  @Test
  void getPrintsEachKindsColumns() {
    ProcessResult result = kubectl.run("get", "pods,deploy,svc", "-n", "demo");

    assertThat(result.stderr()).isEmpty();
    assertThat(result.stdout()).isEqualTo("""
        NAME      READY   STATUS    RESTARTS   AGE
        pod/web   0/1     Pending   0          5m

        NAME                  READY   UP-TO-DATE   AVAILABLE   AGE
        deployment.apps/web   0/2     0            0           5m

        NAME          TYPE        CLUSTER-IP   EXTERNAL-IP   PORT(S)   AGE
        service/web   ClusterIP   10.96.0.20   <none>        80/TCP    5m
        """);
  }

  @Test
  void wideOutputAddsThePriorityOneColumns() {
    ProcessResult result = kubectl.run("get", "pods,deploy,svc", "-n", "demo", "-o", "wide");

    assertThat(result.stderr()).isEmpty();
    assertThat(result.stdout()).isEqualTo("""
        NAME      READY   STATUS    RESTARTS   AGE   IP       NODE     NOMINATED NODE   \
        READINESS GATES
        pod/web   0/1     Pending   0          5m    <none>   <none>   <none>           <none>

        NAME                  READY   UP-TO-DATE   AVAILABLE   AGE   CONTAINERS   IMAGES   \
        SELECTOR
        deployment.apps/web   0/2     0            0           5m    nginx        nginx    app=web

        NAME          TYPE        CLUSTER-IP   EXTERNAL-IP   PORT(S)   AGE   SELECTOR
        service/web   ClusterIP   10.96.0.20   <none>        80/TCP    5m    app=web
        """);
  }

  @Test
  void showLabelsUsesTheRowsPartialObjectMetadata() {
    ProcessResult result =
        kubectl.run("get", "pods", "-n", "demo", "--show-labels", "-L", "app");

    assertThat(result.stdout()).isEqualTo("""
        NAME   READY   STATUS    RESTARTS   AGE   APP   LABELS
        web    0/1     Pending   0          5m    web   app=web
        """);
  }

  @Test
  void kindsWithoutPrinterShowCreatedAt() throws Exception {
    ProcessResult result = kubectl.run("get", "clusterrole", "kubesim-test-missing",
        "--ignore-not-found");
    post("/apis/rbac.authorization.k8s.io/v1/clusterroles",
        "{'metadata':{'name':'tables-reader'},'rules':[]}");

    ProcessResult created = kubectl.run("get", "clusterrole", "tables-reader");

    assertThat(result.exitCode()).isZero();
    assertThat(created.stdout()).isEqualTo("""
        NAME            CREATED AT
        tables-reader   2025-01-01T12:05:00Z
        """);
  }

  /** {@code get -w} lists, then watches from the list's resourceVersion, both as Tables. */
  @Test
  void watchPrintsTheHeaderOnceThenARowPerEvent() throws Exception {
    post("/api/v1/namespaces/demo/configmaps", "{'metadata':{'name':'first'},"
        + "'data':{'a':'1'}}");
    try (RunningProcess watch = kubectl.start("get", "cm", "-w", "-n", "demo")) {
      List<String> lines = new ArrayList<>(watch.linesUntil(line -> line.startsWith("first ")));
      post("/api/v1/namespaces/demo/configmaps", "{'metadata':{'name':'second'},"
          + "'data':{'a':'1','b':'2'}}");
      lines.addAll(watch.linesUntil(line -> line.startsWith("second ")));

      assertThat(lines).filteredOn(l -> l.startsWith("NAME")).hasSize(1);
      assertThat(lines.get(0).split("\\s+")).containsExactly("NAME", "DATA", "AGE");
      assertThat(lines).anySatisfy(l -> assertThat(l.split("\\s+"))
          .containsExactly("first", "1", "0s"));
      assertThat(lines).anySatisfy(l -> assertThat(l.split("\\s+"))
          .containsExactly("second", "2", "0s"));
    }
  }
}
