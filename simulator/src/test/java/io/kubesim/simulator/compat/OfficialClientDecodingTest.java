package io.kubesim.simulator.compat;

import static org.assertj.core.api.Assertions.assertThat;

import io.kubernetes.client.openapi.ApiClient;
import io.kubernetes.client.openapi.ApiException;
import io.kubernetes.client.openapi.apis.ApisApi;
import io.kubernetes.client.openapi.apis.AppsV1Api;
import io.kubernetes.client.openapi.apis.BatchV1Api;
import io.kubernetes.client.openapi.apis.CoreV1Api;
import io.kubernetes.client.openapi.apis.VersionApi;
import io.kubernetes.client.openapi.models.V1APIGroup;
import io.kubernetes.client.openapi.models.V1Container;
import io.kubernetes.client.openapi.models.V1Deployment;
import io.kubernetes.client.openapi.models.V1DeploymentSpec;
import io.kubernetes.client.openapi.models.V1Job;
import io.kubernetes.client.openapi.models.V1JobSpec;
import io.kubernetes.client.openapi.models.V1LabelSelector;
import io.kubernetes.client.openapi.models.V1ObjectMeta;
import io.kubernetes.client.openapi.models.V1Pod;
import io.kubernetes.client.openapi.models.V1PodSpec;
import io.kubernetes.client.openapi.models.V1PodTemplateSpec;
import io.kubernetes.client.openapi.models.V1Service;
import io.kubernetes.client.openapi.models.V1ServicePort;
import io.kubernetes.client.openapi.models.V1ServiceSpec;
import io.kubernetes.client.openapi.models.V1Status;
import io.kubernetes.client.openapi.models.VersionInfo;
import io.kubesim.simulator.KubeSimulator;
import io.kubesim.simulator.SimulatorOptions;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The official Java client decodes strictly: its generated models reject any field they do not
 * define and any value of the wrong JSON type. Every object the simulator writes, defaults
 * included, must pass that check, and carry the defaults a 1.33 cluster sets.
 */
class OfficialClientDecodingTest {

  private static final String NS = "default";

  @TempDir static Path dir;
  private static KubeSimulator sim;
  private static ApiClient client;

  /** A call whose response is reduced to the fields the case checks. */
  @FunctionalInterface
  interface Call {
    String summary(ApiClient client) throws ApiException;
  }

  /**
   * One decoding case.
   *
   * @param behaviour the case name
   * @param call the request, its response summarised
   * @param expected the summary a 1.33 cluster gives
   */
  record DecodingCase(String behaviour, Call call, String expected) {
    @Override
    public String toString() {
      return behaviour;
    }
  }

  @BeforeAll
  static void start() throws IOException {
    sim = KubeSimulator.start(SimulatorOptions.builder().build());
    client = OfficialClient.forSimulator(sim, dir);
  }

  @AfterAll
  static void stop() {
    OfficialClient.close(client);
    sim.close();
  }

  static Stream<DecodingCase> cases() {
    return Stream.of(
        new DecodingCase("the version is 1.33", c -> {
          VersionInfo version = new VersionApi(c).getCode().execute();
          return version.getMajor() + "." + version.getMinor();
        }, "1.33"),
        new DecodingCase("group discovery lists apps/v1 and batch/v1", c ->
            new ApisApi(c).getAPIVersions().execute().getGroups().stream()
                .map(V1APIGroup::getPreferredVersion)
                .map(v -> v.getGroupVersion())
                .filter(gv -> gv.equals("apps/v1") || gv.equals("batch/v1"))
                .sorted().collect(Collectors.joining(" ")), "apps/v1 batch/v1"),
        new DecodingCase("the seeded namespaces list", c ->
            new CoreV1Api(c).listNamespace().execute().getItems().stream()
                .map(ns -> ns.getMetadata().getName() + "=" + ns.getStatus().getPhase())
                .sorted().collect(Collectors.joining(" ")),
            "default=Active kube-node-lease=Active kube-public=Active kube-system=Active"),
        new DecodingCase("a created Pod carries its defaults and a Pending status", c -> {
          V1Pod pod = new CoreV1Api(c).createNamespacedPod(NS, new V1Pod()
              .metadata(new V1ObjectMeta().name("web"))
              .spec(new V1PodSpec().addContainersItem(new V1Container().name("web")
                  .image("nginx")))).execute();
          V1Container container = pod.getSpec().getContainers().get(0);
          return String.join(" ", container.getImagePullPolicy(),
              container.getTerminationMessagePolicy(), pod.getSpec().getRestartPolicy(),
              pod.getSpec().getDnsPolicy(), pod.getSpec().getServiceAccountName(),
              pod.getStatus().getPhase(), pod.getStatus().getQosClass());
        }, "Always File Always ClusterFirst default Pending BestEffort"),
        new DecodingCase("a created Service gets a cluster IP and its defaults", c -> {
          V1Service service = new CoreV1Api(c).createNamespacedService(NS, new V1Service()
              .metadata(new V1ObjectMeta().name("web"))
              .spec(new V1ServiceSpec().selector(Map.of("app", "web"))
                  .addPortsItem(new V1ServicePort().port(80)))).execute();
          V1ServiceSpec spec = service.getSpec();
          return String.join(" ", spec.getType(), spec.getSessionAffinity(),
              String.valueOf(spec.getClusterIP() != null), String.valueOf(spec.getIpFamilies()),
              spec.getPorts().get(0).getProtocol(),
              String.valueOf(spec.getPorts().get(0).getTargetPort()));
        }, "ClusterIP None true [IPv4] TCP 80"),
        new DecodingCase("a created Deployment carries its defaults", c -> {
          V1Deployment deployment = new AppsV1Api(c).createNamespacedDeployment(NS,
              new V1Deployment().metadata(new V1ObjectMeta().name("web")).spec(
                  new V1DeploymentSpec().selector(labels()).template(template()))).execute();
          V1DeploymentSpec spec = deployment.getSpec();
          return String.join(" ", String.valueOf(spec.getReplicas()),
              spec.getStrategy().getType(),
              String.valueOf(spec.getStrategy().getRollingUpdate().getMaxSurge()),
              String.valueOf(spec.getRevisionHistoryLimit()),
              String.valueOf(spec.getProgressDeadlineSeconds()));
        }, "1 RollingUpdate 25% 10 600"),
        new DecodingCase("a created Job carries its defaults", c -> {
          V1Job job = new BatchV1Api(c).createNamespacedJob(NS, new V1Job()
              .metadata(new V1ObjectMeta().name("once")).spec(new V1JobSpec()
                  .template(template().spec(template().getSpec().restartPolicy("Never")))))
              .execute();
          V1JobSpec spec = job.getSpec();
          return String.join(" ", String.valueOf(spec.getBackoffLimit()),
              String.valueOf(spec.getCompletions()), String.valueOf(spec.getParallelism()),
              spec.getCompletionMode(), String.valueOf(spec.getSuspend()));
        }, "6 1 1 NonIndexed false"),
        new DecodingCase("deleting a Pod returns the deleted Pod", c -> {
          CoreV1Api api = new CoreV1Api(c);
          api.createNamespacedPod(NS, new V1Pod().metadata(new V1ObjectMeta().name("gone"))
              .spec(template().getSpec())).execute();
          V1Pod deleted = api.deleteNamespacedPod("gone", NS).execute();
          return deleted.getKind() + " " + deleted.getMetadata().getName();
        }, "Pod gone"),
        new DecodingCase("deleting a Service returns the deleted Service", c -> {
          CoreV1Api api = new CoreV1Api(c);
          api.createNamespacedService(NS, new V1Service().metadata(new V1ObjectMeta().name("gone"))
              .spec(new V1ServiceSpec().addPortsItem(new V1ServicePort().port(80)))).execute();
          V1Service deleted = api.deleteNamespacedService("gone", NS).execute();
          return deleted.getKind() + " " + deleted.getMetadata().getName();
        }, "Service gone"),
        new DecodingCase("deleting a Deployment returns a Success Status", c -> {
          AppsV1Api apps = new AppsV1Api(c);
          apps.createNamespacedDeployment(NS, new V1Deployment()
              .metadata(new V1ObjectMeta().name("gone"))
              .spec(new V1DeploymentSpec().selector(labels()).template(template()))).execute();
          V1Status status = apps.deleteNamespacedDeployment("gone", NS).execute();
          return String.join(" ", status.getStatus(), status.getDetails().getGroup(),
              status.getDetails().getKind(), status.getDetails().getName());
        }, "Success apps deployments gone"));
  }

  @ParameterizedTest
  @MethodSource("cases")
  void theOfficialClientDecodesWhatTheSimulatorReturns(DecodingCase decodingCase)
      throws ApiException {
    assertThat(decodingCase.call().summary(client)).isEqualTo(decodingCase.expected());
  }

  private static V1LabelSelector labels() {
    return new V1LabelSelector().matchLabels(Map.of("app", "web"));
  }

  private static V1PodTemplateSpec template() {
    return new V1PodTemplateSpec().metadata(new V1ObjectMeta().labels(Map.of("app", "web")))
        .spec(new V1PodSpec().containers(List.of(new V1Container().name("web").image("nginx"))));
  }
}
