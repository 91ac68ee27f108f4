package io.kubesim.simulator.api.discovery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import io.kubesim.simulator.api.BuiltInResourceRegistry;
import io.kubesim.simulator.api.ReleaseFacts;
import io.kubesim.simulator.api.ResourceRegistry;
import io.kubesim.simulator.api.ResourceType;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Aggregated documents carry an ETag that names their content, so If-None-Match can answer 304. */
class DiscoveryETagTest {

  private static final ReleaseFacts RELEASE = ReleaseFacts.kubernetes133();

  static Stream<Arguments> documents() {
    return Stream.of(
        arguments(
            "/api",
            (Function<DiscoveryDocuments, ETaggedDocument>) DiscoveryDocuments::aggregatedApi),
        arguments(
            "/apis",
            (Function<DiscoveryDocuments, ETaggedDocument>) DiscoveryDocuments::aggregatedApis));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("documents")
  void etagIsAQuotedSha512ThatIsEqualAcrossIndependentlyBuiltServers(
      String path, Function<DiscoveryDocuments, ETaggedDocument> document) {
    ETaggedDocument first = document.apply(documents(BuiltInResourceRegistry.kubernetes133()));
    ETaggedDocument second = document.apply(documents(BuiltInResourceRegistry.kubernetes133()));

    assertThat(first.etag()).matches("\"[0-9A-F]{128}\"").isEqualTo(second.etag());
    assertThat(first.body()).isEqualTo(second.body());
    assertThat(first.matches(second.etag())).isTrue();
    assertThat(first.matches(first.etag().replace("\"", ""))).isFalse();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("documents")
  void etagChangesWhenTheServedTypesChange(
      String path, Function<DiscoveryDocuments, ETaggedDocument> document) {
    ResourceRegistry full = BuiltInResourceRegistry.kubernetes133();
    String dropped = path.equals("/api") ? "configmaps" : "leases";

    ETaggedDocument before = document.apply(documents(full));
    ETaggedDocument after = document.apply(documents(without(full, dropped)));

    assertThat(after.etag()).isNotEqualTo(before.etag());
    assertThat(after.matches(before.etag())).isFalse();
  }

  private static DiscoveryDocuments documents(ResourceRegistry registry) {
    return DiscoveryDocuments.create(registry, RELEASE);
  }

  /** {@code registry} minus one resource, as if it had never been registered. */
  private static ResourceRegistry without(ResourceRegistry registry, String plural) {
    return new ResourceRegistry() {
      @Override
      public Optional<ResourceType> find(String group, String version, String name) {
        return registry.find(group, version, name).filter(t -> !t.plural().equals(plural));
      }

      @Override
      public Optional<ResourceType> findByKind(String apiVersion, String kind) {
        return registry.findByKind(apiVersion, kind).filter(t -> !t.plural().equals(plural));
      }

      @Override
      public List<ResourceType> all() {
        return registry.all().stream().filter(t -> !t.plural().equals(plural)).toList();
      }

      @Override
      public List<ApiGroup> groups() {
        return registry.groups();
      }
    };
  }
}
