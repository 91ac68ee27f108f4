package io.kubesim.simulator.api.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import io.kubesim.admission.status.StatusException;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** {@code ?includeObject=} takes upstream's three values and defaults to Metadata. */
class IncludeObjectTest {

  static Stream<Arguments> values() {
    return Stream.of(
        arguments("absent", null, IncludeObject.METADATA),
        arguments("empty", "", IncludeObject.METADATA),
        arguments("None", "None", IncludeObject.NONE),
        arguments("Metadata", "Metadata", IncludeObject.METADATA),
        arguments("Object", "Object", IncludeObject.OBJECT));
  }

  @ParameterizedTest(name = "{0} means {2}")
  @MethodSource("values")
  void knownValuesParse(String behaviour, String value, IncludeObject expected) {
    assertThat(IncludeObject.parse(value)).isEqualTo(expected);
  }

  @Test
  void anUnknownValueIsRejectedWithUpstreamsValidationMessage() {
    assertThatThrownBy(() -> IncludeObject.parse("object"))
        .isInstanceOfSatisfying(StatusException.class, e -> {
          assertThat(e.status().code()).isEqualTo(400);
          assertThat(e.status().reason()).isEqualTo("BadRequest");
          assertThat(e.status().message()).isEqualTo("Unable to convert to Table as requested: "
              + "includeObject: Invalid value: \"object\": "
              + "must be 'Metadata', 'Object', 'None', or empty");
        });
  }
}
