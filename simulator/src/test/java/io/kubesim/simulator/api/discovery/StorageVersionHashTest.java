package io.kubesim.simulator.api.discovery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import com.fasterxml.jackson.databind.JsonNode;
import io.kubesim.simulator.api.BuiltInResourceRegistry;
import io.kubesim.simulator.api.ReleaseFacts;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The hashes a real 1.33 server advertises, from upstream's storage-version hash table (which
 * guards against accidental storage version changes) and, for the two groups it leaves out, from
 * captured discovery documents.
 */
class StorageVersionHashTest {

  private static final DiscoveryDocuments DOCUMENTS =
      DiscoveryDocuments.create(
          BuiltInResourceRegistry.kubernetes133(), ReleaseFacts.kubernetes133());

  static Stream<Arguments> upstreamHashes() {
    return Stream.of(
        arguments("v1/configmaps", "qFsyl6wFWjQ="),
        arguments("v1/endpoints", "fWeeMqaN/OA="),
        arguments("v1/events", "r2yiGXH7wu8="),
        arguments("v1/limitranges", "EBKMFVe6cwo="),
        arguments("v1/namespaces", "Q3oi5N2YM8M="),
        arguments("v1/nodes", "XwShjMxG9Fs="),
        arguments("v1/persistentvolumeclaims", "QWTyNDq0dC4="),
        arguments("v1/persistentvolumes", "HN/zwEC+JgM="),
        arguments("v1/pods", "xPOwRZ+Yhw8="),
        arguments("v1/podtemplates", "LIXB2x4IFpk="),
        arguments("v1/replicationcontrollers", "Jond2If31h0="),
        arguments("v1/resourcequotas", "8uhSgffRX6w="),
        arguments("v1/secrets", "S6u1pOWzb84="),
        arguments("v1/serviceaccounts", "pbx9ZvyFpBE="),
        arguments("v1/services", "0/CO1lhkEBI="),
        arguments("autoscaling/v1/horizontalpodautoscalers", "qwQve8ut294="),
        arguments("autoscaling/v2/horizontalpodautoscalers", "qwQve8ut294="),
        arguments("batch/v1/jobs", "mudhfqk/qZY="),
        arguments("batch/v1/cronjobs", "sd5LIXh4Fjs="),
        arguments("certificates.k8s.io/v1/certificatesigningrequests", "95fRKMXA+00="),
        arguments("coordination.k8s.io/v1/leases", "gqkMMb/YqFM="),
        arguments("discovery.k8s.io/v1/endpointslices", "qgS0xkrxYAI="),
        arguments("networking.k8s.io/v1/networkpolicies", "YpfwF18m1G8="),
        arguments("networking.k8s.io/v1/ingresses", "39NQlfNR+bo="),
        arguments("networking.k8s.io/v1/ingressclasses", "l/iqIbDgFyQ="),
        arguments("networking.k8s.io/v1/ipaddresses", "O4H8VxQhW5Y="),
        arguments("networking.k8s.io/v1/servicecidrs", "8ufAXOnr3Yg="),
        arguments("node.k8s.io/v1/runtimeclasses", "WQTu1GL3T2Q="),
        arguments("policy/v1/poddisruptionbudgets", "EVWiDmWqyJw="),
        arguments("rbac.authorization.k8s.io/v1/clusterrolebindings", "48tpQ8gZHFc="),
        arguments("rbac.authorization.k8s.io/v1/clusterroles", "bYE5ZWDrJ44="),
        arguments("rbac.authorization.k8s.io/v1/rolebindings", "eGsCzGH6b1g="),
        arguments("rbac.authorization.k8s.io/v1/roles", "7FuwZcIIItM="),
        arguments("scheduling.k8s.io/v1/priorityclasses", "1QwjyaZjj3Y="),
        arguments("storage.k8s.io/v1/csidrivers", "hL6j/rwBV5w="),
        arguments("storage.k8s.io/v1/csinodes", "Pe62DkZtjuo="),
        arguments("storage.k8s.io/v1/storageclasses", "K+m6uJwbjGY="),
        arguments("storage.k8s.io/v1/csistoragecapacities", "xeVl+2Ly1kE="),
        arguments("storage.k8s.io/v1/volumeattachments", "tJx/ezt6UDU="),
        arguments("apps/v1/controllerrevisions", "85nkx63pcBU="),
        arguments("apps/v1/daemonsets", "dd7pWHUlMKQ="),
        arguments("apps/v1/deployments", "8aSe+NMegvE="),
        arguments("apps/v1/replicasets", "P1RzHs8/mWQ="),
        arguments("apps/v1/statefulsets", "H+vl74LkKdo="),
        arguments("admissionregistration.k8s.io/v1/mutatingwebhookconfigurations", "Sqi0GUgDaX0="),
        arguments(
            "admissionregistration.k8s.io/v1/validatingwebhookconfigurations", "B0wHjQmsGNk="),
        arguments("admissionregistration.k8s.io/v1/validatingadmissionpolicies", "6OxvlMmQ6is="),
        arguments(
            "admissionregistration.k8s.io/v1/validatingadmissionpolicybindings", "v9715VZqakg="),
        arguments("events.k8s.io/v1/events", "r2yiGXH7wu8="),
        arguments("flowcontrol.apiserver.k8s.io/v1/flowschemas", "GJVAJZSZBIw="),
        arguments("flowcontrol.apiserver.k8s.io/v1/prioritylevelconfigurations", "Kir5PVfvNeI="),
        arguments("apiregistration.k8s.io/v1/apiservices", "InPBPD7+PqM="),
        arguments("apiextensions.k8s.io/v1/customresourcedefinitions", "jfWCUB31mvA="));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("upstreamHashes")
  void advertisesTheStorageVersionHashOfARealServer(String resource, String hash) {
    assertThat(entry(resource).path("storageVersionHash").asText()).isEqualTo(hash);
  }

  static Stream<String> neverStored() {
    return Stream.of(
        "v1/bindings",
        "v1/componentstatuses",
        "authentication.k8s.io/v1/selfsubjectreviews",
        "authentication.k8s.io/v1/tokenreviews",
        "authorization.k8s.io/v1/localsubjectaccessreviews",
        "authorization.k8s.io/v1/selfsubjectaccessreviews",
        "authorization.k8s.io/v1/selfsubjectrulesreviews",
        "authorization.k8s.io/v1/subjectaccessreviews",
        "v1/pods/status",
        "apps/v1/deployments/scale");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("neverStored")
  void advertisesNoHashForWhatIsNeverStoredAndForSubresources(String resource) {
    assertThat(entry(resource).has("storageVersionHash")).isFalse();
  }

  /** The APIResourceList entry for {@code [group/]version/name}, name possibly with a slash. */
  private static JsonNode entry(String path) {
    String[] parts = path.split("/", path.startsWith("v1/") ? 2 : 3);
    String group = parts.length == 2 ? "" : parts[0];
    String version = parts[parts.length - 2];
    String name = parts[parts.length - 1];
    JsonNode list = DOCUMENTS.apiResourceList(group, version).orElseThrow();
    return StreamSupport.stream(list.get("resources").spliterator(), false)
        .filter(r -> r.get("name").asText().equals(name))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no entry " + path));
  }
}
