package io.kubesim.benchmarks.jmh;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kubesim.admission.AdmissionRequest;
import io.kubesim.admission.AdmissionResult;
import io.kubesim.admission.GroupVersionKind;
import io.kubesim.admission.GroupVersionResource;
import io.kubesim.admission.ObjectMappers;
import io.kubesim.admission.Operation;
import io.kubesim.admission.UserInfo;
import io.kubesim.admission.chain.OrderedAdmissionChain;
import io.kubesim.admission.cluster.InMemoryClusterView;
import io.kubesim.admission.cluster.KnownResources;
import io.kubesim.admission.config.AdmissionSettings;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The default admission chain (kube-apiserver 1.33's default-on plugins that kubesim implements)
 * admitting one pod create in-process: the mutating phase, then the validating phase on a copy,
 * with the per-plugin trace and patches the simulator records. Sample mode reports the median.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class AdmissionChainBenchmark {

  private static final UserInfo USER = UserInfo.of("kubesim-admin", "system:masters");
  private static final GroupVersionKind POD = new GroupVersionKind("", "v1", "Pod");
  private static final GroupVersionResource PODS = new GroupVersionResource("", "v1", "pods");

  private OrderedAdmissionChain chain;
  private ObjectNode pod;

  @Setup
  public void setUp() throws IOException {
    InMemoryClusterView cluster = new InMemoryClusterView()
        .put(KnownResources.NAMESPACES, json("{\"apiVersion\":\"v1\",\"kind\":\"Namespace\","
            + "\"metadata\":{\"name\":\"default\"},\"status\":{\"phase\":\"Active\"}}"))
        .put(KnownResources.SERVICE_ACCOUNTS, json("{\"apiVersion\":\"v1\",\"kind\":"
            + "\"ServiceAccount\",\"metadata\":{\"name\":\"default\",\"namespace\":\"default\"}}"));
    chain = OrderedAdmissionChain.builder().settings(AdmissionSettings.defaults())
        .cluster(cluster).writer(cluster).build();
    pod = json("{\"apiVersion\":\"v1\",\"kind\":\"Pod\",\"metadata\":{\"name\":\"web\","
        + "\"namespace\":\"default\"},\"spec\":{\"containers\":[{\"name\":\"c\",\"image\":"
        + "\"nginx:1.27\",\"imagePullPolicy\":\"IfNotPresent\"}]}}");
  }

  @Benchmark
  public AdmissionResult defaultChainAdmitsOnePod() {
    ObjectNode object = pod.deepCopy();
    AdmissionRequest request = new AdmissionRequest(Operation.CREATE, POD, PODS, "", "default",
        "web", object, null, USER, false, null);
    AdmissionResult mutated = chain.mutate(request);
    if (mutated.denied()) {
      throw mutated.denial();
    }
    return chain.validate(request);
  }

  private static ObjectNode json(String text) throws IOException {
    return (ObjectNode) ObjectMappers.json().readTree(text);
  }
}
