package io.kubesim.simulator.defaults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The tag upstream reads from an image reference, and the pull policy it implies. */
class ImagePullPolicyTest {

  static Stream<Arguments> images() {
    String digest = "sha256:" + "0123456789abcdef".repeat(4);
    return Stream.of(
        arguments("nginx", "latest", "Always"),
        arguments("nginx:latest", "latest", "Always"),
        arguments("nginx:1.25.3-alpine", "1.25.3-alpine", "IfNotPresent"),
        arguments("registry.k8s.io/pause:3.9", "3.9", "IfNotPresent"),
        arguments("localhost:5000/team/app", "latest", "Always"),
        arguments("[2001:db8::1]:5000/app:v1", "v1", "IfNotPresent"),
        arguments("busybox@" + digest, "", "IfNotPresent"),
        arguments("busybox:latest@" + digest, "latest", "Always"),
        arguments("Nginx", "", "IfNotPresent"),
        arguments("nginx:", "", "IfNotPresent"),
        arguments("", "", "IfNotPresent"),
        arguments("0123456789abcdef".repeat(4), "", "IfNotPresent"));
  }

  @ParameterizedTest(name = "\"{0}\" has tag \"{1}\" and is pulled {2}")
  @MethodSource("images")
  void thePullPolicyFollowsTheTag(String image, String tag, String policy) {
    assertThat(ImagePullPolicy.tag(image)).isEqualTo(tag);
    assertThat(ImagePullPolicy.forImage(image)).isEqualTo(policy);
  }
}
