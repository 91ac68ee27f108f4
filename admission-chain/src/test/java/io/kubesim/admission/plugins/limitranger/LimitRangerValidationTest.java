package io.kubesim.admission.plugins.limitranger;

import static io.kubesim.admission.plugins.limitranger.LimitRangeFixtures.NS;
import static io.kubesim.admission.plugins.limitranger.LimitRangeFixtures.claim;
import static io.kubesim.admission.plugins.limitranger.LimitRangeFixtures.claimRequest;
import static io.kubesim.admission.plugins.limitranger.LimitRangeFixtures.container;
import static io.kubesim.admission.plugins.limitranger.LimitRangeFixtures.create;
import static io.kubesim.admission.plugins.limitranger.LimitRangeFixtures.limitRange;
import static io.kubesim.admission.plugins.limitranger.LimitRangeFixtures.plugin;
import static io.kubesim.admission.plugins.limitranger.LimitRangeFixtures.pod;
import static io.kubesim.admission.plugins.limitranger.LimitRangeFixtures.validLimitRangeNoDefaults;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kubesim.admission.AdmissionRequest;
import io.kubesim.admission.Operation;
import io.kubesim.admission.RequestScope;
import io.kubesim.admission.status.StatusException;
import io.kubesim.admission.testing.Requests;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Spec part 1 §11.5 cases 5-16 (validation), plus every message of §11.4. */
class LimitRangerValidationTest {

  private static ObjectNode twoContainers(String resources) {
    return pod("pod", new ObjectNode[] {container("a", resources), container("b", resources)});
  }

  private static ObjectNode sidecar(ObjectNode container) {
    return container.put("restartPolicy", "Always");
  }

  static Stream<Arguments> valid() {
    return Stream.of(
        arguments("5: a request above the container min", "{'type':'Container',"
            + "'min':{'cpu':'50m'}}", pod("{'requests':{'cpu':'100m'}}")),
        arguments("6: request and limit below the container max",
            "{'type':'Container','max':{'cpu':'2'}}",
            pod("{'requests':{'cpu':'500m'},'limits':{'cpu':'1'}}")),
        arguments("7: a ratio equal to the max ratio",
            "{'type':'Container','maxLimitRequestRatio':{'cpu':'1.5'}}",
            pod("{'requests':{'cpu':'500m'},'limits':{'cpu':'750m'}}")),
        arguments("8: the pod's summed requests reach the pod min",
            "{'type':'Pod','min':{'cpu':'100m'}}", twoContainers("{'requests':{'cpu':'75m'}}")),
        arguments("9: the larger of containers and init containers is within the pod max",
            "{'type':'Pod','max':{'cpu':'2'}}",
            pod("pod", new ObjectNode[] {container("a", "{'limits':{'cpu':'1'}}"),
                container("b", "{'limits':{'cpu':'1'}}")},
                container("i", "{'limits':{'cpu':'2'}}"),
                container("j", "{'limits':{'cpu':'1'}}"))),
        arguments("a milli-unit comparison rounds up, as upstream's",
            "{'type':'Container','min':{'cpu':'50m'}}", pod("{'requests':{'cpu':'0.0495'}}")),
        arguments("items of a claim's type do not apply to pods",
            "{'type':'PersistentVolumeClaim','min':{'storage':'1Gi'}}", pod(null)));
  }

  @ParameterizedTest(name = "case {0} is valid")
  @MethodSource("valid")
  void podsWithinTheirLimitRangeAreAdmitted(String behaviour, String item, ObjectNode pod) {
    AdmissionRequest request = create(pod);

    assertThatCode(() -> plugin(limitRange("lr", item)).validate(request, new RequestScope()))
        .doesNotThrowAnyException();
  }

  static Stream<Arguments> violations() {
    return Stream.of(
        arguments("10: a request below the container min",
            "{'type':'Container','min':{'cpu':'50m'}}", pod("{'requests':{'cpu':'40m'}}"),
            "minimum cpu usage per Container is 50m, but request is 40m"),
        arguments("11: summed limits above the pod max (binary amounts keep their suffix)",
            "{'type':'Pod','max':{'ephemeral-storage':'1Gi'}}",
            pod("pod", new ObjectNode[] {container("a", "{'limits':{'ephemeral-storage':'500Mi'}}"),
                container("b", "{'limits':{'ephemeral-storage':'500Mi'}}"),
                container("c", "{'limits':{'ephemeral-storage':'500Mi'}}")}),
            "maximum ephemeral-storage usage per Pod is 1Gi, but limit is 1500Mi"),
        arguments("no request under a container min",
            "{'type':'Container','min':{'memory':'1Mi'}}", pod(null),
            "minimum memory usage per Container is 1Mi.  No request is specified"),
        arguments("a limit below the container min",
            "{'type':'Container','min':{'cpu':'50m'}}",
            pod("{'requests':{'cpu':'50m'},'limits':{'cpu':'40m'}}"),
            "minimum cpu usage per Container is 50m, but limit is 40m"),
        arguments("no limit under a container max", "{'type':'Container','max':{'cpu':'1'}}",
            pod("{'requests':{'cpu':'1'}}"),
            "maximum cpu usage per Container is 1.  No limit is specified"),
        arguments("a limit above the container max", "{'type':'Container','max':{'cpu':'100m'}}",
            pod("{'limits':{'cpu':'200m'}}"),
            "maximum cpu usage per Container is 100m, but limit is 200m"),
        arguments("a request above the container max",
            "{'type':'Container','max':{'cpu':'150m'}}",
            pod("{'requests':{'cpu':'200m'},'limits':{'cpu':'100m'}}"),
            "maximum cpu usage per Container is 150m, but request is 200m"),
        arguments("no request under a ratio",
            "{'type':'Container','maxLimitRequestRatio':{'cpu':'2'}}",
            pod("{'limits':{'cpu':'1'}}"),
            "cpu max limit to request ratio per Container is 2, but no request is specified or "
                + "request is 0"),
        arguments("a zero limit under a ratio",
            "{'type':'Container','maxLimitRequestRatio':{'cpu':'2'}}",
            pod("{'requests':{'cpu':'1'},'limits':{'cpu':'0'}}"),
            "cpu max limit to request ratio per Container is 2, but no limit is specified or "
                + "limit is 0"),
        arguments("a ratio above the max ratio",
            "{'type':'Container','maxLimitRequestRatio':{'cpu':'1.5'}}",
            pod("{'requests':{'cpu':'500m'},'limits':{'cpu':'1'}}"),
            "cpu max limit to request ratio per Container is 1500m, but provided ratio is "
                + "2.000000"),
        arguments("an init container is checked like a container",
            "{'type':'Container','max':{'memory':'1Gi'}}",
            pod("pod", new ObjectNode[] {container("a", "{'limits':{'memory':'1Gi'}}")},
                container("i", "{'limits':{'memory':'2Gi'}}")),
            "maximum memory usage per Container is 1Gi, but limit is 2Gi"),
        arguments("sidecars add up with the containers",
            "{'type':'Pod','max':{'cpu':'2'}}",
            pod("pod", new ObjectNode[] {container("a", "{'limits':{'cpu':'1'}}")},
                sidecar(container("s", "{'limits':{'cpu':'500m'}}")),
                sidecar(container("t", "{'limits':{'cpu':'600m'}}"))),
            "maximum cpu usage per Pod is 2, but limit is 2100m"),
        arguments("an init container runs beside the sidecars started before it",
            "{'type':'Pod','max':{'cpu':'2'}}",
            pod("pod", new ObjectNode[] {container("a", "{'limits':{'cpu':'100m'}}")},
                sidecar(container("s", "{'limits':{'cpu':'500m'}}")),
                container("i", "{'limits':{'cpu':'1600m'}}")),
            "maximum cpu usage per Pod is 2, but limit is 2100m"),
        arguments("several violations of one LimitRange are aggregated",
            "{'type':'Container','min':{'cpu':'50m','memory':'1Mi'}}", pod(null),
            "[minimum cpu usage per Container is 50m.  No request is specified, minimum memory "
                + "usage per Container is 1Mi.  No request is specified]"));
  }

  @ParameterizedTest(name = "case {0} is forbidden")
  @MethodSource("violations")
  void violationsAreForbiddenWithUpstreamsMessage(String behaviour, String item,
      ObjectNode pod, String message) {
    AdmissionRequest request = create(pod);

    StatusException error = catchThrowableOfType(StatusException.class,
        () -> plugin(limitRange("lr", item)).validate(request, new RequestScope()));

    assertThat(error.code()).isEqualTo(403);
    assertThat(error.status().reason()).isEqualTo("Forbidden");
    assertThat(error.getMessage()).isEqualTo("pods \"pod\" is forbidden: " + message);
  }

  @Test
  void case12WithoutDefaultsAdmitPassesAndValidateReportsEveryBound() {
    LimitRanger plugin = plugin(validLimitRangeNoDefaults());
    AdmissionRequest request = create(pod(null));

    assertThatCode(() -> plugin.admit(request, new RequestScope())).doesNotThrowAnyException();
    StatusException error = catchThrowableOfType(StatusException.class,
        () -> plugin.validate(request, new RequestScope()));

    assertThat(error.getMessage()).isEqualTo("pods \"pod\" is forbidden: ["
        + "minimum cpu usage per Pod is 50m.  No request is specified, "
        + "minimum memory usage per Pod is 2Mi.  No request is specified, "
        + "maximum cpu usage per Pod is 200m.  No limit is specified, "
        + "maximum memory usage per Pod is 4Gi.  No limit is specified, "
        + "minimum cpu usage per Container is 25m.  No request is specified, "
        + "minimum memory usage per Container is 1Mi.  No request is specified, "
        + "maximum cpu usage per Container is 100m.  No limit is specified, "
        + "maximum memory usage per Container is 2Gi.  No limit is specified]");
  }

  private static ObjectNode deleting(ObjectNode object) {
    ((ObjectNode) object.get("metadata")).put("deletionTimestamp", "2026-01-01T00:00:00Z");
    return object;
  }

  static Stream<Arguments> skipped() {
    return Stream.of(
        arguments("13: an update of the pod itself",
            Requests.pod(Operation.UPDATE).oldObject(pod(null))),
        arguments("14: an update of the status subresource",
            Requests.pod(Operation.UPDATE).subresource("status").oldObject(pod(null))),
        arguments("15: a resize of a pod being deleted",
            Requests.pod(Operation.UPDATE).subresource("resize")
                .oldObject(deleting(pod(null)))),
        arguments("a create through another subresource",
            Requests.pod(Operation.CREATE).subresource("binding")));
  }

  @ParameterizedTest(name = "case {0} is not checked")
  @MethodSource("skipped")
  void unsupportedRequestsPass(String behaviour, Requests requests) {
    LimitRanger plugin = plugin(validLimitRangeNoDefaults());
    AdmissionRequest request = requests.namespace(NS).name("pod").object(pod(null)).build();

    assertThatCode(() -> plugin.admit(request, new RequestScope())).doesNotThrowAnyException();
    assertThatCode(() -> plugin.validate(request, new RequestScope()))
        .doesNotThrowAnyException();
  }

  @Test
  void aResizeIsCheckedLikeACreate() {
    AdmissionRequest request = Requests.pod(Operation.UPDATE).subresource("resize")
        .namespace(NS).name("pod").oldObject(pod("{'limits':{'cpu':'100m'}}"))
        .object(pod("{'limits':{'cpu':'200m'}}")).build();

    StatusException error = catchThrowableOfType(StatusException.class,
        () -> plugin(limitRange("lr", "{'type':'Container','max':{'cpu':'100m'}}"))
            .validate(request, new RequestScope()));

    assertThat(error.getMessage()).isEqualTo("pods \"pod\" is forbidden: maximum cpu usage per "
        + "Container is 100m, but limit is 200m");
  }

  @Test
  void theFirstViolatedLimitRangeByNameDenies() {
    LimitRanger plugin = plugin(limitRange("b", "{'type':'Container','max':{'cpu':'1'}}"),
        limitRange("a", "{'type':'Container','min':{'cpu':'1'}}"));

    StatusException error = catchThrowableOfType(StatusException.class,
        () -> plugin.validate(create(pod(null)), new RequestScope()));

    assertThat(error.getMessage()).isEqualTo("pods \"pod\" is forbidden: minimum cpu usage per "
        + "Container is 1.  No request is specified");
  }

  private static ObjectNode claimWithoutRequests() {
    ObjectNode claim = claim("1Gi");
    ((ObjectNode) claim.at("/spec/resources")).remove("requests");
    return claim;
  }

  static Stream<Arguments> claims() {
    String bounds = "{'type':'PersistentVolumeClaim','min':{'storage':'1Gi'},"
        + "'max':{'storage':'10Gi'}}";
    return Stream.of(
        arguments("16: a request within min and max", bounds, claim("5Gi"), Operation.CREATE,
            null),
        arguments("16: a request below the min", bounds, claim("500Mi"), Operation.CREATE,
            "minimum storage usage per PersistentVolumeClaim is 1Gi, but request is 500Mi"),
        arguments("16: a request above the max", "{'type':'PersistentVolumeClaim',"
            + "'max':{'storage':'1Gi'}}", claim("100Gi"), Operation.UPDATE,
            "maximum storage usage per PersistentVolumeClaim is 1Gi, but request is 100Gi"),
        arguments("a claim without a request under a max",
            "{'type':'PersistentVolumeClaim','max':{'storage':'1Gi'}}",
            claimWithoutRequests(),
            Operation.CREATE,
            "maximum storage usage per PersistentVolumeClaim is 1Gi.  No request is specified"),
        arguments("container items do not apply to claims",
            "{'type':'Container','min':{'storage':'1Ti'}}", claim("1Gi"), Operation.CREATE,
            null));
  }

  @ParameterizedTest(name = "case {0}")
  @MethodSource("claims")
  void claimsAreCheckedOnTheirRequestsOnly(String behaviour, String item, ObjectNode claim,
      Operation operation, String message) {
    Requests requests = claimRequest(operation, claim);
    AdmissionRequest request = (operation == Operation.UPDATE
        ? requests.oldObject(claim.deepCopy()) : requests).build();
    LimitRanger plugin = plugin(limitRange("lr", item));

    StatusException error = catchThrowableOfType(StatusException.class,
        () -> plugin.validate(request, new RequestScope()));

    if (message == null) {
      assertThat(error).isNull();
    } else {
      assertThat(error.getMessage())
          .isEqualTo("persistentvolumeclaims \"claim\" is forbidden: " + message);
    }
  }

  static Stream<Arguments> operations() {
    return Stream.of(arguments(Operation.CREATE, true), arguments(Operation.UPDATE, true),
        arguments(Operation.DELETE, false), arguments(Operation.CONNECT, false));
  }

  @ParameterizedTest(name = "handles {0} is {1}")
  @MethodSource("operations")
  void handlesCreateAndUpdate(Operation operation, boolean handled) {
    assertThat(plugin().handles(operation)).isEqualTo(handled);
  }
}
