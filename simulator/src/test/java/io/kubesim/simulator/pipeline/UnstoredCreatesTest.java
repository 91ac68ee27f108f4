package io.kubesim.simulator.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.kubesim.admission.IdSource;
import io.kubesim.admission.ObjectMappers;
import io.kubesim.admission.UserInfo;
import io.kubesim.admission.chain.OrderedAdmissionChain;
import io.kubesim.simulator.api.BuiltInResourceRegistry;
import io.kubesim.simulator.api.QueryParams;
import io.kubesim.simulator.controller.GarbageCollector;
import io.kubesim.simulator.controller.NamespaceFinalizer;
import io.kubesim.simulator.http.RequestTargetParser;
import io.kubesim.simulator.journal.RequestJournal;
import io.kubesim.simulator.store.ObjectStores;
import io.kubesim.simulator.store.StoreOptions;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Access reviews, self reviews and token requests are answered from the authorizer, the
 * authenticated user and the service account, and never stored.
 */
class UnstoredCreatesTest {

  private static final BuiltInResourceRegistry REGISTRY = BuiltInResourceRegistry.kubernetes133();
  private static final UserInfo JANE = new UserInfo("jane", "u-1", List.of("devs"),
      Map.of("scopes", List.of("a", "b")));
  /** Allows everything but deleting and the /admin path, to show which attributes it got. */
  private static final Authorizer AUTHORIZER =
      (user, a) -> !a.verb().equals("delete") && !a.path().equals("/admin");
  private static final String SSAR = "/apis/authorization.k8s.io/v1/selfsubjectaccessreviews";
  private static final String TOKEN = "/api/v1/namespaces/default/serviceaccounts/robot/token";

  private ResourceStore store;
  private RequestPipeline pipeline;

  @BeforeEach
  void start() {
    store = new ResourceStore(ObjectStores.inMemory(StoreOptions.defaults()));
    Clock clock = Clock.fixed(Instant.parse("2025-01-01T00:00:00Z"), ZoneOffset.UTC);
    WriteContext ctx = new WriteContext(REGISTRY, store,
        new OrderedAdmissionChain(List.of(), List.of()), clock, IdSource.seeded(1));
    pipeline = new RequestPipeline(ctx, new AccessStages(Authenticator.defaultUser(JANE),
        AUTHORIZER), new RequestJournal(10), new GarbageCollector(REGISTRY, store, clock),
        new NamespaceFinalizer(REGISTRY, store, Runnable::run, clock), false);
    store.create(REGISTRY.find("", "v1", "serviceaccounts").orElseThrow(), "default", "robot",
        ObjectMappers.json().valueToTree(Map.of("metadata",
            Map.of("name", "robot", "namespace", "default", "uid", "sa-uid"))));
  }

  static Stream<Arguments> answers() {
    return Stream.of(
        Arguments.of("a review of an allowed verb is allowed", SSAR,
            "{\"spec\":{\"resourceAttributes\":{\"verb\":\"get\",\"resource\":\"pods\"}}}", 201,
            "/status", "{\"allowed\":true}"),
        Arguments.of("a review of a verb the authorizer refuses is not allowed", SSAR,
            "{\"spec\":{\"resourceAttributes\":{\"verb\":\"delete\",\"resource\":\"pods\"}}}",
            201, "/status", "{\"allowed\":false}"),
        Arguments.of("a non-resource review asks about the path", SSAR,
            "{\"spec\":{\"nonResourceAttributes\":{\"verb\":\"get\",\"path\":\"/admin\"}}}", 201,
            "/status", "{\"allowed\":false}"),
        Arguments.of("a review without attributes is invalid", SSAR, "{\"spec\":{}}", 422,
            "/message", "\"SelfSubjectAccessReview.authorization.k8s.io \\\"\\\" is invalid: "
                + "spec.resourceAttributes: Invalid value: \\\"null\\\": exactly one of "
                + "nonResourceAttributes or resourceAttributes must be specified\""),
        Arguments.of("a review with both kinds of attributes is invalid", SSAR,
            "{\"spec\":{\"resourceAttributes\":{\"verb\":\"get\"},"
                + "\"nonResourceAttributes\":{\"verb\":\"get\",\"path\":\"/healthz\"}}}", 422,
            "/message", "\"SelfSubjectAccessReview.authorization.k8s.io \\\"\\\" is invalid: "
                + "spec.nonResourceAttributes: Invalid value: authorization.NonResourceAttributes"
                + "{Path:\\\"/healthz\\\", Verb:\\\"get\\\"}: cannot be specified in combination "
                + "with resourceAttributes\""),
        Arguments.of("a self review tells who asks", "/apis/authentication.k8s.io/v1/"
                + "selfsubjectreviews", "{}", 201, "",
            "{\"apiVersion\":\"authentication.k8s.io/v1\",\"kind\":\"SelfSubjectReview\","
                + "\"metadata\":{\"creationTimestamp\":\"2025-01-01T00:00:00Z\"},"
                + "\"status\":{\"userInfo\":{\"username\":\"jane\",\"uid\":\"u-1\","
                + "\"groups\":[\"devs\"],\"extra\":{\"scopes\":[\"a\",\"b\"]}}}}"),
        Arguments.of("a token request gets an hour for the issuer's audience", TOKEN, "{}", 201,
            "/spec", "{\"audiences\":[\"https://kubernetes.default.svc.cluster.local\"],"
                + "\"expirationSeconds\":3600}"),
        Arguments.of("a token expires when the request says", TOKEN,
            "{\"spec\":{\"audiences\":[\"vault\"],\"expirationSeconds\":7200}}", 201,
            "/status/expirationTimestamp", "\"2025-01-01T02:00:00Z\""),
        Arguments.of("a token names its account", TOKEN, "{}", 201, "/metadata",
            "{\"name\":\"robot\",\"namespace\":\"default\","
                + "\"creationTimestamp\":\"2025-01-01T00:00:00Z\"}"),
        Arguments.of("a token for a missing account is not found",
            "/api/v1/namespaces/default/serviceaccounts/ghost/token", "{}", 404, "/message",
            "\"serviceaccounts \\\"ghost\\\" not found\""),
        Arguments.of("a token request naming another account is invalid", TOKEN,
            "{\"metadata\":{\"name\":\"other\"}}", 422, "/message",
            "\"TokenRequest.authentication.k8s.io \\\"robot\\\" is invalid: metadata.name: "
                + "Invalid value: \\\"other\\\": must match the service account name if "
                + "specified\""),
        Arguments.of("a token shorter than ten minutes is invalid", TOKEN,
            "{\"spec\":{\"expirationSeconds\":60}}", 422, "/message",
            "\"TokenRequest.authentication.k8s.io \\\"\\\" is invalid: spec.expirationSeconds: "
                + "Invalid value: 60: may not specify a duration less than 10 minutes\""));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("answers")
  void answers(String name, String path, String body, int code, String pointer, String expected)
      throws Exception {
    ApiResponse response = post(path, body);

    assertThat(response.code()).isEqualTo(code);
    assertThat(response.body().at(pointer)).isEqualTo(ObjectMappers.json().readTree(expected));
  }

  @Test
  void aTokenIsAnUnsignedJwtForTheAccount() throws Exception {
    String token = post(TOKEN, "{}").body().at("/status/token").asText();

    String[] parts = token.split("\\.", -1);
    JsonNode claims = ObjectMappers.json().readTree(Base64.getUrlDecoder()
        .decode(parts[1]));
    assertThat(parts).hasSize(3);
    assertThat(parts[2]).isEmpty();
    assertThat(claims.path("sub").asText()).isEqualTo("system:serviceaccount:default:robot");
    assertThat(claims.at("/kubernetes.io/serviceaccount/uid").asText()).isEqualTo("sa-uid");
    assertThat(claims.path("exp").asLong()).isEqualTo(
        Instant.parse("2025-01-01T01:00:00Z").getEpochSecond());
  }

  @Test
  void nothingIsStored() {
    post(SSAR, "{\"spec\":{\"resourceAttributes\":{\"verb\":\"get\"}}}");
    post("/apis/authentication.k8s.io/v1/selfsubjectreviews", "{}");
    post(TOKEN, "{}");

    assertThat(store.store().list("/").items()).extracting(o -> o.key())
        .containsExactly("/core/serviceaccounts/default/robot");
  }

  private ApiResponse post(String path, String json) {
    return pipeline.handle(new ApiRequest("audit", "POST", path,
        new RequestTargetParser(REGISTRY).parse("POST", path, false), QueryParams.empty(),
        "application/json", json.getBytes(StandardCharsets.UTF_8), ""));
  }
}
