package io.kubesim.simulator.acceptance;

import static io.kubesim.simulator.acceptance.UpstreamStatus.NOT_FOUND_PATH;
import static io.kubesim.simulator.acceptance.UpstreamStatus.SUBDOMAIN;
import static io.kubesim.simulator.acceptance.UpstreamStatus.failure;
import static io.kubesim.simulator.acceptance.UpstreamStatus.invalid;
import static io.kubesim.simulator.acceptance.UpstreamStatus.notFound;
import static io.kubesim.simulator.acceptance.UpstreamStatus.q;
import static org.assertj.core.api.Assertions.assertThat;

import io.kubesim.simulator.KubeSimulator;
import io.kubesim.simulator.SimulatorOptions;
import io.kubesim.simulator.store.StoreList;
import io.kubesim.simulator.store.StoredObject;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Bad input over raw HTTP never yields a 500 and never stores anything: each case gets
 * upstream's exact Status body and code, and the store's revision and content are unchanged.
 */
class BadInputTest {

  private static final String CMS = "/api/v1/namespaces/default/configmaps";
  private static final String DEPLOYMENTS = "/apis/apps/v1/namespaces/default/deployments";
  private static final String JSON = "application/json";

  private static KubeSimulator sim;
  private static RawApi api;

  @BeforeAll
  static void start() {
    sim = KubeSimulator.start(SimulatorOptions.builder().build());
    api = RawApi.of(sim);
    assertThat(api.post(CMS, configMap("exists")).code()).isEqualTo(201);
  }

  @AfterAll
  static void stop() {
    sim.close();
  }

  /**
   * One bad request and the exact answer upstream gives it.
   *
   * @param name what the case shows
   * @param method the HTTP method
   * @param path path and query
   * @param contentType the Content-Type, or null
   * @param body the body, or null
   * @param code the expected status
   * @param status the expected body, byte for byte
   */
  record Case(String name, String method, String path, String contentType, byte[] body,
      int code, String status) {

    @Override
    public String toString() {
      return name;
    }
  }

  static Stream<Case> cases() {
    return Stream.of(
        // decoding
        post("malformed JSON (truncated) is 400 with Go's parse error", CMS, JSON,
            "{\"apiVersion\":\"v1\",\"kind\":\"ConfigMap\",\"metadata\":{\"name\":\"x\"", 400,
            failure("BadRequest", "the object provided is unrecognized (must be of type "
                + "ConfigMap): couldn't get version/kind; json parse error: unexpected end of "
                + "JSON input ({\"apiVersion\":\"v1\",\"kind\":\"Con ...)", 400)),
        post("malformed JSON (bad value) is 400 with Go's parse error", CMS, JSON,
            "{\"metadata\": {\"name\": x}}", 400,
            failure("BadRequest", "the object provided is unrecognized (must be of type "
                + "ConfigMap): couldn't get version/kind; json parse error: invalid character "
                + "'x' looking for beginning of value ({\"metadata\": {\"name\": x}})", 400)),
        post("JSON with trailing garbage is 400", CMS, JSON, "{\"kind\":\"ConfigMap\"} junk", 400,
            failure("BadRequest", "the object provided is unrecognized (must be of type "
                + "ConfigMap): couldn't get version/kind; json parse error: invalid character "
                + "'j' after top-level value ({\"kind\":\"ConfigMap\"} junk)", 400)),
        post("a JSON array is 400", CMS, JSON, "[1,2]", 400,
            failure("BadRequest", "the object provided is unrecognized (must be of type "
                + "ConfigMap): couldn't get version/kind; json parse error: json: cannot "
                + "unmarshal array into Go value of type struct { APIVersion string "
                + "\"json:\\\"apiVersion,omitempty\\\"\"; Kind string "
                + "\"json:\\\"kind,omitempty\\\"\" } (5b312c325d)", 400)),
        post("an empty body is 400", CMS, JSON, "", 400,
            failure("BadRequest", "the object provided is unrecognized (must be of type "
                + "ConfigMap): couldn't get version/kind; json parse error: unexpected end of "
                + "JSON input (<empty>)", 400)),
        post("a truncated literal reports the space Go feeds at the end", CMS, JSON,
            "{\"a\":tru", 400,
            failure("BadRequest", "the object provided is unrecognized (must be of type "
                + "ConfigMap): couldn't get version/kind; json parse error: invalid character "
                + "' ' in literal true (expecting 'e') ({\"a\":tru)", 400)),
        post("a JSON null body is an empty object without a name", CMS, JSON, "null", 422,
            invalid("", "", "ConfigMap", "metadata.name", "FieldValueRequired",
                "Required value: name or generateName is required")),
        post("malformed YAML is 400 with go-yaml's error", CMS, "application/yaml",
            "apiVersion: v1\nkind: ConfigMap\nmetadata: name: x\n", 400,
            failure("BadRequest", "the object provided is unrecognized (must be of type "
                + "ConfigMap): yaml: line 3: mapping values are not allowed in this context "
                + "(61706956657273696f6e3a2076310a6b696e643a20436f6e6669674d6170 ...)", 400)),
        post("a YAML parser error names go-yaml's 0-based line", CMS, "application/yaml",
            "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\n labels: y\n", 400,
            failure("BadRequest", "the object provided is unrecognized (must be of type "
                + "ConfigMap): yaml: line 4: did not find expected key "
                + "(61706956657273696f6e3a2076310a6b696e643a20436f6e6669674d6170 ...)", 400)),
        post("a YAML list is 400", CMS, "application/yaml", "- just\n- a list\n", 400,
            failure("BadRequest", "the object provided is unrecognized (must be of type "
                + "ConfigMap): couldn't get version/kind; json parse error: json: cannot "
                + "unmarshal array into Go value of type struct { APIVersion string "
                + "\"json:\\\"apiVersion,omitempty\\\"\"; Kind string "
                + "\"json:\\\"kind,omitempty\\\"\" } (2d206a7573740a2d2061206c6973740a)", 400)),
        post("an empty YAML body is an empty object without a name", CMS, "application/yaml",
            "", 422, invalid("", "", "ConfigMap", "metadata.name", "FieldValueRequired",
                "Required value: name or generateName is required")),
        post("text/plain is 415", CMS, "text/plain", configMap("plain"), 415,
            failure("UnsupportedMediaType", "the body of the request was in an unknown format "
                + "- accepted media types include: application/json, application/yaml, "
                + "application/vnd.kubernetes.protobuf", 415)),
        post("JSON sent as protobuf is 400", CMS, "application/vnd.kubernetes.protobuf",
            configMap("proto"), 400,
            failure("BadRequest", "the object provided is unrecognized (must be of type "
                + "ConfigMap): provided data does not appear to be a protobuf message, expected "
                + "prefix [107 56 115 0] ({\"apiVersion\":\"v1\",\"kind\":\"Con ...)", 400)),
        post("a body over 3 MiB is 413", CMS, JSON, oversized(), 413,
            failure("RequestEntityTooLarge",
                "Request entity too large: limit is 3145728", 413)),
        // URLs
        request("an unknown resource is the generic 404", "GET",
            "/api/v1/namespaces/default/widgets", null, null, 404, NOT_FOUND_PATH),
        post("a create of an unknown resource is the generic 404",
            "/api/v1/namespaces/default/widgets", JSON, configMap("w"), 404, NOT_FOUND_PATH),
        request("an unknown group is the generic 404", "GET", "/apis/nope.example.com/v1/things",
            null, null, 404, NOT_FOUND_PATH),
        request("an unknown version of a known group is the generic 404", "GET",
            "/apis/apps/v9/namespaces/default/deployments", null, null, 404, NOT_FOUND_PATH),
        request("an unknown core version is the generic 404", "GET", "/api/v2/pods", null, null,
            404, NOT_FOUND_PATH),
        request("a path outside the API is the generic 404", "GET", "/nowhere", null, null, 404,
            NOT_FOUND_PATH),
        post("POST to an object URL is 405", CMS + "/exists", JSON, configMap("exists"), 405,
            "{\"kind\":\"Status\",\"apiVersion\":\"v1\",\"metadata\":{},\"status\":\"Failure\","
                + "\"message\":\"the server does not allow this method on the requested "
                + "resource\",\"reason\":\"MethodNotAllowed\",\"details\":{},\"code\":405}"),
        // object content
        post("a body namespace other than the URL's is 400", CMS, JSON,
            "{\"apiVersion\":\"v1\",\"kind\":\"ConfigMap\",\"metadata\":{\"name\":\"ns\","
                + "\"namespace\":\"other\"}}", 400,
            failure("BadRequest", "the namespace of the provided object does not match the "
                + "namespace sent on the request", 400)),
        post("a body apiVersion other than the URL's is 400", CMS, JSON,
            "{\"apiVersion\":\"apps/v1\",\"kind\":\"ConfigMap\",\"metadata\":{\"name\":\"v\"}}",
            400, failure("BadRequest", "the API version in the data (apps/v1) does not match "
                + "the expected API version (v1)", 400)),
        post("a configmap name that is no RFC 1123 subdomain is 422", CMS, JSON,
            configMap("Bad_Name"), 422, invalid("Bad_Name", "", "ConfigMap", "metadata.name",
                "FieldValueInvalid", "Invalid value: \"Bad_Name\": " + SUBDOMAIN)),
        post("a namespace name that is no RFC 1123 label is 422", "/api/v1/namespaces", JSON,
            "{\"apiVersion\":\"v1\",\"kind\":\"Namespace\",\"metadata\":{\"name\":\"bad.ns\"}}",
            422, invalid("bad.ns", "", "Namespace", "metadata.name", "FieldValueInvalid",
                "Invalid value: \"bad.ns\": a lowercase RFC 1123 label must consist of lower "
                    + "case alphanumeric characters or '-', and must start and end with an "
                    + "alphanumeric character (e.g. 'my-name',  or '123-abc', regex used for "
                    + "validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?')")),
        post("a deployment name that is no RFC 1123 subdomain is 422 in group apps", DEPLOYMENTS,
            JSON, deployment("-web-", ""), 422, invalid("-web-", "apps", "Deployment",
                "metadata.name", "FieldValueInvalid", "Invalid value: \"-web-\": " + SUBDOMAIN)),
        post("a create in a missing namespace is 404 on the namespace",
            "/api/v1/namespaces/nope/configmaps", JSON, configMap("lost"), 404,
            notFound("namespaces", "", "nope")),
        request("the status of a kind without one is the generic 404", "GET",
            CMS + "/exists/status", null, null, 404, NOT_FOUND_PATH),
        post("an invalid label value is 422", CMS, JSON, "{\"metadata\":{\"name\":\"lbl\","
            + "\"labels\":{\"app\":\"bad value!\"}}}", 422, invalid("lbl", "", "ConfigMap",
                "metadata.labels", "FieldValueInvalid", "Invalid value: \"bad value!\": a valid "
                    + "label must be an empty string or consist of alphanumeric characters, '-', "
                    + "'_' or '.', and must start and end with an alphanumeric character (e.g. "
                    + "'MyValue',  or 'my_value',  or '12345', regex used for validation is "
                    + "'(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?')")),
        post("a create with neither name nor generateName is 422", CMS, JSON,
            "{\"apiVersion\":\"v1\",\"kind\":\"ConfigMap\",\"metadata\":{}}", 422,
            invalid("", "", "ConfigMap", "metadata.name", "FieldValueRequired",
                "Required value: name or generateName is required")),
        post("fieldValidation=Strict rejects an unknown field with 400", DEPLOYMENTS
            + "?fieldValidation=Strict", JSON, deployment("strict", "\"x\":1,"), 400,
            failure("BadRequest", "Deployment in version \"v1\" cannot be handled as a "
                + "Deployment: strict decoding error: unknown field \"spec.x\"", 400)),
        post("a bad fieldValidation value is 422", CMS + "?fieldValidation=Loud", JSON,
            configMap("loud"), 422, invalid("", "meta.k8s.io", "CreateOptions",
                "fieldValidation", "FieldValueNotSupported", "Unsupported value: \"Loud\": "
                    + "supported values: \"\", \"Ignore\", \"Strict\", \"Warn\"")),
        // conflicts and absence
        post("creating an existing name is 409 AlreadyExists", CMS, JSON, configMap("exists"),
            409, "{\"kind\":\"Status\",\"apiVersion\":\"v1\",\"metadata\":{},\"status\":"
                + "\"Failure\",\"message\":\"configmaps \\\"exists\\\" already exists\","
                + "\"reason\":\"AlreadyExists\",\"details\":{\"name\":\"exists\",\"kind\":"
                + "\"configmaps\"},\"code\":409}"),
        request("a PUT with a stale resourceVersion is 409 Conflict", "PUT", CMS + "/exists",
            JSON, bytes("{\"apiVersion\":\"v1\",\"kind\":\"ConfigMap\",\"metadata\":{\"name\":"
                + "\"exists\",\"resourceVersion\":\"1\"},\"data\":{\"k\":\"changed\"}}"), 409,
            "{\"kind\":\"Status\",\"apiVersion\":\"v1\",\"metadata\":{},\"status\":\"Failure\","
                + "\"message\":\"Operation cannot be fulfilled on configmaps \\\"exists\\\": the "
                + "object has been modified; please apply your changes to the latest version "
                + "and try again\",\"reason\":\"Conflict\",\"details\":{\"name\":\"exists\","
                + "\"kind\":\"configmaps\"},\"code\":409}"),
        request("a PUT of a missing object is 404", "PUT", CMS + "/nothere", JSON,
            bytes(configMap("nothere")), 404, notFound("configmaps", "", "nothere")),
        request("a PUT whose body names another object is 400", "PUT", CMS + "/exists", JSON,
            bytes(configMap("other")), 400, failure("BadRequest", "the name of the object "
                + "(other) does not match the name on the URL (exists)", 400)),
        request("a GET of a missing object is 404", "GET", CMS + "/nothere", null, null, 404,
            notFound("configmaps", "", "nothere")),
        request("a GET of a missing deployment names the group", "GET", DEPLOYMENTS + "/nothere",
            null, null, 404, notFound("deployments.apps", "apps", "nothere")),
        request("a DELETE of a missing object is 404", "DELETE", CMS + "/nothere", null, null,
            404, notFound("configmaps", "", "nothere")),
        request("a PATCH in an unknown format is 415", "PATCH", CMS + "/exists", "text/plain",
            bytes("{}"), 415, failure("UnsupportedMediaType", "the body of the request was in "
                + "an unknown format - accepted media types include: application/json-patch+json, "
                + "application/merge-patch+json, application/strategic-merge-patch+json, "
                + "application/apply-patch+yaml", 415)),
        request("a PATCH pinning a stale resourceVersion is 409 Conflict", "PATCH",
            CMS + "/exists", "application/merge-patch+json",
            bytes("{\"metadata\":{\"resourceVersion\":\"1\"},\"data\":{\"k\":\"x\"}}"), 409,
            "{\"kind\":\"Status\",\"apiVersion\":\"v1\",\"metadata\":{},\"status\":\"Failure\","
                + "\"message\":\"Operation cannot be fulfilled on configmaps \\\"exists\\\": the "
                + "object has been modified; please apply your changes to the latest version "
                + "and try again\",\"reason\":\"Conflict\",\"details\":{\"name\":\"exists\","
                + "\"kind\":\"configmaps\"},\"code\":409}"),
        request("a PATCH of a missing object is 404", "PATCH", CMS + "/nothere",
            "application/merge-patch+json", bytes("{}"), 404,
            notFound("configmaps", "", "nothere")),
        request("a JSON patch whose test fails is the generic 422", "PATCH", CMS + "/exists",
            "application/json-patch+json",
            bytes("[{\"op\":\"test\",\"path\":\"/data/k\",\"value\":\"nope\"}]"), 422,
            "{\"kind\":\"Status\",\"apiVersion\":\"v1\",\"metadata\":{},\"status\":\"Failure\","
                + "\"message\":\"the server rejected our request due to an error in our request\","
                + "\"reason\":\"Invalid\",\"details\":{},\"code\":422}"),
        // options
        post("a bad dryRun value on create is 422", CMS + "?dryRun=Bogus", JSON,
            configMap("dry"), 422, invalid("", "meta.k8s.io", "CreateOptions", "dryRun",
                "FieldValueNotSupported",
                "Unsupported value: []string{\"Bogus\"}: supported values: \"All\"")),
        request("a bad dryRun value on update is 422", "PUT", CMS + "/exists?dryRun=All&dryRun=x",
            JSON, bytes(configMap("exists")), 422, invalid("", "meta.k8s.io", "UpdateOptions",
                "dryRun", "FieldValueNotSupported",
                "Unsupported value: []string{\"All\", \"x\"}: supported values: \"All\"")),
        request("a bad dryRun value on delete is 422", "DELETE", CMS + "/exists?dryRun=Bogus",
            null, null, 422, invalid("", "meta.k8s.io", "DeleteOptions", "dryRun",
                "FieldValueNotSupported",
                "Unsupported value: []string{\"Bogus\"}: supported values: \"All\"")),
        request("a bad propagationPolicy is 422", "DELETE", CMS + "/exists", JSON,
            bytes("{\"kind\":\"DeleteOptions\",\"apiVersion\":\"v1\",\"propagationPolicy\":"
                + "\"Bogus\"}"), 422, invalid("", "meta.k8s.io", "DeleteOptions",
                    "propagationPolicy", "FieldValueNotSupported", "Unsupported value: \"Bogus\": "
                        + "supported values: \"Foreground\", \"Background\", \"Orphan\", \"nil\"")),
        request("a bad propagationPolicy in the query is 422", "DELETE",
            CMS + "/exists?propagationPolicy=Later", null, null, 422, invalid("", "meta.k8s.io",
                "DeleteOptions", "propagationPolicy", "FieldValueNotSupported",
                "Unsupported value: \"Later\": supported values: \"Foreground\", \"Background\", "
                    + "\"Orphan\", \"nil\"")),
        request("all DeleteOptions errors are reported together", "DELETE", CMS + "/exists",
            JSON, bytes("{\"orphanDependents\":false,\"propagationPolicy\":\"Now\","
                + "\"dryRun\":[\"x\"]}"), 422,
            "{\"kind\":\"Status\",\"apiVersion\":\"v1\",\"metadata\":{},\"status\":"
                + "\"Failure\",\"message\":" + q("DeleteOptions.meta.k8s.io \"\" is invalid: "
                + "[propagationPolicy: Invalid value: \"Now\": orphanDependents and "
                + "deletionPropagation cannot be both set, propagationPolicy: Unsupported value: "
                + "\"Now\": supported values: \"Foreground\", \"Background\", \"Orphan\", "
                + "\"nil\", dryRun: Unsupported value: []string{\"x\"}: supported values: "
                + "\"All\"]") + ",\"reason\":\"Invalid\",\"details\":{\"group\":"
                + "\"meta.k8s.io\",\"kind\":\"DeleteOptions\",\"causes\":["
                + "{\"reason\":\"FieldValueInvalid\",\"message\":" + q("Invalid value: \"Now\": "
                + "orphanDependents and deletionPropagation cannot be both set")
                + ",\"field\":\"propagationPolicy\"},{\"reason\":\"FieldValueNotSupported\","
                + "\"message\":" + q("Unsupported value: \"Now\": supported values: "
                + "\"Foreground\", \"Background\", \"Orphan\", \"nil\"") + ",\"field\":"
                + "\"propagationPolicy\"},{\"reason\":\"FieldValueNotSupported\",\"message\":"
                + q("Unsupported value: []string{\"x\"}: supported values: \"All\"")
                + ",\"field\":\"dryRun\"}]},\"code\":422}"),
        request("orphanDependents with a propagationPolicy is 422", "DELETE", CMS + "/exists",
            JSON, bytes("{\"orphanDependents\":true,\"propagationPolicy\":\"Orphan\"}"), 422,
            invalid("", "meta.k8s.io", "DeleteOptions", "propagationPolicy", "FieldValueInvalid",
                "Invalid value: \"Orphan\": orphanDependents and deletionPropagation cannot be "
                    + "both set")),
        // selectors
        request("a label selector syntax error is 400", "GET", CMS + "?labelSelector=a+in+(b",
            null, null, 400, failure("BadRequest",
                "unable to parse requirement: found '', expected: ',' or ')'", 400)),
        request("a watch with a label selector syntax error is 400 before it streams", "GET",
            CMS + "?watch=true&labelSelector=a+in+(b", null, null, 400, failure("BadRequest",
                "unable to parse requirement: found '', expected: ',' or ')'", 400)),
        request("a watch with an unknown field selector is 400 before it streams", "GET",
            CMS + "?watch=1&fieldSelector=spec.x%3D1", null, null, 400, failure("BadRequest",
                "\"spec.x\" is not a known field selector: only \"metadata.name\", "
                    + "\"metadata.namespace\"", 400)),
        request("an unknown field selector on configmaps is 400", "GET",
            CMS + "?fieldSelector=spec.x%3D1", null, null, 400, failure("BadRequest",
                "\"spec.x\" is not a known field selector: only \"metadata.name\", "
                    + "\"metadata.namespace\"", 400)),
        request("an unsupported field selector on pods is 400", "GET",
            "/api/v1/namespaces/default/pods?fieldSelector=foo%3Dbar", null, null, 400,
            failure("BadRequest", "field label not supported: foo", 400)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void badInputGetsUpstreamsStatusAndChangesNothing(Case c) {
    Snapshot before = Snapshot.of(sim);

    RawResponse response = api.send(c.method(), c.path(), c.contentType(), c.body());

    assertThat(response.code()).isEqualTo(c.code());
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
    assertThat(response.body().strip()).isEqualTo(c.status());
    assertThat(response.header("Audit-Id")).hasSize(1);
    assertThat(Snapshot.of(sim)).isEqualTo(before);
  }

  /** The store's revision and every object's revision. */
  record Snapshot(long revision, Map<String, Long> objects) {
    static Snapshot of(KubeSimulator sim) {
      StoreList all = sim.store().list("/");
      return new Snapshot(all.revision(), all.items().stream()
          .collect(Collectors.toMap(StoredObject::key, StoredObject::modRevision)));
    }
  }

  private static Case post(String name, String path, String contentType, String body, int code,
      String status) {
    return new Case(name, "POST", path, contentType, bytes(body), code, status);
  }

  private static Case request(String name, String method, String path, String contentType,
      byte[] body, int code, String status) {
    return new Case(name, method, path, contentType, body, code, status);
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private static String configMap(String name) {
    return "{\"apiVersion\":\"v1\",\"kind\":\"ConfigMap\",\"metadata\":{\"name\":" + q(name)
        + "},\"data\":{\"k\":\"v\"}}";
  }

  private static String deployment(String name, String extraSpec) {
    return "{\"apiVersion\":\"apps/v1\",\"kind\":\"Deployment\",\"metadata\":{\"name\":"
        + q(name) + "},\"spec\":{" + extraSpec + "\"selector\":{\"matchLabels\":{\"app\":\"w\"}},"
        + "\"template\":{\"metadata\":{\"labels\":{\"app\":\"w\"}},\"spec\":{\"containers\":"
        + "[{\"name\":\"c\",\"image\":\"nginx\"}]}}}}";
  }

  private static String oversized() {
    String padding = "x".repeat(3 * 1024 * 1024);
    return "{\"apiVersion\":\"v1\",\"kind\":\"ConfigMap\",\"metadata\":{\"name\":\"big\"},"
        + "\"data\":{\"k\":\"" + padding + "\"}}";
  }
}
