package io.kubesim.simulator.patch;

import static io.kubesim.simulator.patch.PatchFixtures.CONFIG_MAP;
import static io.kubesim.simulator.patch.PatchFixtures.CUSTOM_RESOURCE;
import static io.kubesim.simulator.patch.PatchFixtures.failure;
import static io.kubesim.simulator.patch.PatchFixtures.object;
import static io.kubesim.simulator.patch.PatchFixtures.raw;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import io.kubesim.admission.status.Status;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class PatchTypeTest {

  private static final String BUILT_IN_TYPES = "application/json-patch+json,"
      + " application/merge-patch+json, application/strategic-merge-patch+json,"
      + " application/apply-patch+yaml";

  static Stream<Arguments> acceptedContentTypes() {
    return Stream.of(
        arguments("application/json-patch+json", CONFIG_MAP, PatchType.JSON_PATCH),
        arguments("application/merge-patch+json", CONFIG_MAP, PatchType.MERGE_PATCH),
        arguments("application/strategic-merge-patch+json", CONFIG_MAP,
            PatchType.STRATEGIC_MERGE_PATCH),
        arguments("application/apply-patch+yaml", CONFIG_MAP, PatchType.APPLY_PATCH_YAML),
        arguments("application/merge-patch+json; charset=utf-8", CONFIG_MAP,
            PatchType.MERGE_PATCH),
        arguments("application/json-patch+json;charset=UTF-8", CUSTOM_RESOURCE,
            PatchType.JSON_PATCH),
        arguments("application/apply-patch+yaml", CUSTOM_RESOURCE, PatchType.APPLY_PATCH_YAML));
  }

  @ParameterizedTest(name = "{0} for {1}")
  @MethodSource("acceptedContentTypes")
  void picksThePatchTypeFromTheContentType(String contentType, PatchTarget target,
      PatchType expected) {
    assertThat(PatchType.fromContentType(contentType, target)).isEqualTo(expected);
  }

  static Stream<Arguments> unsupportedContentTypes() {
    return Stream.of(
        arguments("plain JSON", "application/json"),
        arguments("YAML", "application/yaml"),
        arguments("no content type", null),
        arguments("an empty content type", ""),
        arguments("upper case", "Application/Merge-Patch+JSON"),
        arguments("a space before the parameters", "application/merge-patch+json ;charset=utf-8"),
        arguments("CBOR apply, not enabled in 1.33", "application/apply-patch+cbor"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("unsupportedContentTypes")
  void answersOtherContentTypesWith415ListingTheAcceptedOnes(String name, String contentType) {
    Status status = failure(() -> PatchType.fromContentType(contentType, CONFIG_MAP));

    assertThat(status.code()).isEqualTo(415);
    assertThat(status.reason()).isEqualTo("UnsupportedMediaType");
    assertThat(status.message()).isEqualTo(
        "the body of the request was in an unknown format - accepted media types include: "
            + BUILT_IN_TYPES);
  }

  @Test
  void refusesStrategicMergePatchForCustomResourcesWithTheirOwnList() {
    Status status = failure(() -> Patches.apply("application/strategic-merge-patch+json",
        object("{}"), raw("{}"), CUSTOM_RESOURCE));

    assertThat(status.code()).isEqualTo(415);
    assertThat(status.message()).endsWith("include: application/json-patch+json,"
        + " application/merge-patch+json, application/apply-patch+yaml");
  }

  @Test
  void leavesServerSideApplyToItsOwnHandler() {
    assertThatThrownBy(() -> Patches.apply("application/apply-patch+yaml", object("{}"),
        raw("{}"), CONFIG_MAP)).isInstanceOf(IllegalArgumentException.class);
  }
}
