package io.kubesim.simulator.protobuf;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.kubesim.admission.ObjectMappers;
import io.kubesim.simulator.KubeSimulator;
import io.kubesim.simulator.SimulatorOptions;
import io.kubesim.simulator.kubectl.Kubectl;
import io.kubesim.simulator.kubectl.KubectlBinary;
import io.kubesim.simulator.kubectl.ProcessResult;
import io.kubesim.simulator.store.StoreKeys;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.function.ThrowingConsumer;
import org.junit.jupiter.api.io.TempDir;

/**
 * The kubectl commands that send Protobuf bodies work against the simulator: every generator
 * kind decodes into what a JSON body would have stored, and the never-stored creates (access
 * review, self review, token request) answer without leaving anything in the store.
 */
class KubectlProtobufE2ETest {

  @TempDir
  static Path home;

  private static KubeSimulator sim;
  private static Kubectl kubectl;

  record Case(String name, String[] args, String stdout, ThrowingConsumer<ProcessResult> check) {}

  @BeforeAll
  static void start() {
    KubectlBinary binary = KubectlBinary.locate();
    Assumptions.assumeTrue(binary.found(), binary.missing());
    Path kubeconfig = home.resolve("kubeconfig");
    sim = KubeSimulator.start(SimulatorOptions.builder().kubeconfig(kubeconfig).build());
    kubectl = new Kubectl(binary.path(), home, kubeconfig);
  }

  @AfterAll
  static void stop() {
    if (sim != null) {
      sim.close();
    }
  }

  static Stream<Case> commands() {
    return Stream.of(
        new Case("create configmap", args("create configmap foo --from-literal=a=b"),
            "configmap/foo created\n",
            run -> assertThat(stored("", "configmaps", "default", "foo").path("data"))
                .isEqualTo(json("{\"a\":\"b\"}"))),
        new Case("create secret generic", args("create secret generic creds "
                + "--from-literal=password=s3cret --from-literal=empty="),
            "secret/creds created\n",
            run -> assertThat(stored("", "secrets", "default", "creds").path("data"))
                .isEqualTo(json("{\"empty\":\"\",\"password\":\"czNjcmV0\"}"))),
        new Case("create namespace", args("create namespace team-a"),
            "namespace/team-a created\n",
            run -> assertThat(stored("", "namespaces", "", "team-a").path("status")
                .path("phase").asText()).isEqualTo("Active")),
        new Case("create deployment", args("create deployment web --image=nginx --replicas=0 "
                + "--port=80"),
            "deployment.apps/web created\n",
            run -> {
              JsonNode spec = stored("apps", "deployments", "default", "web").path("spec");
              assertThat(spec.path("replicas").asInt(-1)).isZero();
              assertThat(spec.at("/template/spec/containers/0/ports/0/containerPort").asInt())
                  .isEqualTo(80);
            }),
        new Case("create service clusterip", args("create service clusterip web --tcp=80:8080"),
            "service/web created\n",
            run -> assertThat(stored("", "services", "default", "web").at("/spec/ports/0"))
                .isEqualTo(json("{\"name\":\"80-8080\",\"protocol\":\"TCP\",\"port\":80,"
                    + "\"targetPort\":8080}"))),
        created("create service nodeport", "service/np",
            "create service nodeport np --tcp=80:8080"),
        created("create secret docker-registry", "secret/regcred", "create secret "
            + "docker-registry regcred --docker-server=r.example --docker-username=u "
            + "--docker-password=p"),
        created("create serviceaccount", "serviceaccount/builder", "create serviceaccount builder"),
        created("create job", "job.batch/once", "create job once --image=busybox"),
        new Case("create cronjob", new String[] {"create", "cronjob", "nightly", "--image=busybox",
            "--schedule=0 3 * * *"}, "cronjob.batch/nightly created\n",
            run -> assertThat(stored("batch", "cronjobs", "default", "nightly")
                .at("/spec/schedule").asText()).isEqualTo("0 3 * * *")),
        created("create role", "role.rbac.authorization.k8s.io/reader",
            "create role reader --verb=get --resource=pods"),
        created("create rolebinding", "rolebinding.rbac.authorization.k8s.io/reader-binding",
            "create rolebinding reader-binding --role=reader --user=jane"),
        created("create clusterrole", "clusterrole.rbac.authorization.k8s.io/viewer",
            "create clusterrole viewer --verb=list --resource=deployments.apps"),
        created("create clusterrolebinding",
            "clusterrolebinding.rbac.authorization.k8s.io/viewer-binding",
            "create clusterrolebinding viewer-binding --clusterrole=viewer --group=devs"),
        new Case("create quota", args("create quota compute --hard=cpu=2,memory=1Gi,pods=10"),
            "resourcequota/compute created\n",
            run -> assertThat(stored("", "resourcequotas", "default", "compute")
                .at("/spec/hard")).isEqualTo(json("{\"cpu\":\"2\",\"memory\":\"1Gi\","
                    + "\"pods\":\"10\"}"))),
        created("create priorityclass", "priorityclass.scheduling.k8s.io/high",
            "create priorityclass high --value=1000 --description=important"),
        new Case("create poddisruptionbudget", args("create poddisruptionbudget web-pdb "
                + "--selector=app=web --min-available=0"),
            "poddisruptionbudget.policy/web-pdb created\n",
            run -> assertThat(stored("policy", "poddisruptionbudgets", "default", "web-pdb")
                .at("/spec/minAvailable")).isEqualTo(json("0"))),
        new Case("create ingress", args("create ingress web --rule=example.com/=web:80"),
            "ingress.networking.k8s.io/web created\n",
            run -> assertThat(stored("networking.k8s.io", "ingresses", "default", "web")
                .at("/spec/rules/0/http/paths/0/backend/service/port/number").asInt())
                .isEqualTo(80)),
        new Case("auth can-i get pods", args("auth can-i get pods"), "yes\n",
            run -> assertThat(sim.store().list(StoreKeys.resourcePrefix("authorization.k8s.io",
                "selfsubjectaccessreviews")).items()).isEmpty()),
        new Case("auth whoami", args("auth whoami"),
            "ATTRIBUTE   VALUE\nUsername    kubesim-admin\n"
                + "Groups      [system:masters system:authenticated]\n",
            run -> assertThat(sim.store().list(StoreKeys.resourcePrefix("authentication.k8s.io",
                "selfsubjectreviews")).items()).isEmpty()),
        new Case("create token default", args("create token default"), null,
            run -> {
              String[] parts = run.stdout().trim().split("\\.", -1);
              assertThat(parts).hasSize(3);
              JsonNode claims = ObjectMappers.json().readTree(
                  new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8));
              assertThat(claims.path("sub").asText())
                  .isEqualTo("system:serviceaccount:default:default");
              assertThat(claims.path("exp").asLong() - claims.path("iat").asLong())
                  .isEqualTo(3600);
            }));
  }

  @TestFactory
  Stream<DynamicTest> kubectlCommandsThatSendProtobufSucceed() {
    return commands().map(c -> DynamicTest.dynamicTest("kubectl " + c.name(), () -> {
      ProcessResult run = kubectl.run(c.args());

      assertThat(run.exitCode()).as("exit code; stderr: %s", run.stderr()).isZero();
      if (c.stdout() != null) {
        assertThat(run.stdout()).isEqualTo(c.stdout());
      }
      c.check().accept(run);
    }));
  }

  /** A generator command whose only check is kubectl's own report. */
  private static Case created(String name, String object, String line) {
    return new Case(name, args(line), object + " created\n", run -> { });
  }

  private static String[] args(String line) {
    return line.split(" ");
  }

  private static JsonNode stored(String group, String plural, String namespace, String name) {
    return sim.store().get(StoreKeys.objectKey(group,
        plural, namespace, name)).orElseThrow().object();
  }

  private static JsonNode json(String text) throws Exception {
    return ObjectMappers.json().readTree(text);
  }
}
