package io.kubesim.admission.resources;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Go's {@code Quantity.String()} for the inputs admission messages print. */
class ResourceQuantityTest {

  static Stream<Arguments> canonicalForms() {
    return Stream.of(
        arguments("500m", "500m"),
        arguments("0.5", "500m"),
        arguments("0.1", "100m"),
        arguments("1000m", "1"),
        arguments("1500m", "1500m"),
        arguments("1.5", "1500m"),
        arguments("2", "2"),
        arguments("10", "10"),
        arguments("1000", "1k"),
        arguments("100k", "100k"),
        arguments("12n", "12n"),
        arguments("0.0000000001", "1n"),
        arguments("1E", "1E"),
        arguments("1Mi", "1Mi"),
        arguments("1Ki", "1Ki"),
        arguments("1536Mi", "1536Mi"),
        arguments("1.5Gi", "1536Mi"),
        arguments("2048Mi", "2Gi"),
        arguments("0.5Ki", "512"),
        arguments("100Gi", "100Gi"),
        arguments("1e3", "1e3"),
        arguments("1E3", "1e3"),
        arguments("1.5e3", "1500"),
        arguments("1e-3", "1e-3"),
        arguments("0", "0"),
        arguments("0Mi", "0"));
  }

  @ParameterizedTest(name = "{0} prints as {1}")
  @MethodSource("canonicalForms")
  void printsUpstreamsCanonicalForm(String text, String canonical) {
    assertThat(ResourceQuantity.parse(text)).hasToString(canonical);
  }

  static Stream<Arguments> roundedValues() {
    return Stream.of(
        arguments("500m", 1L, 500L),
        arguments("0.0495", 1L, 50L),
        arguments("2Gi", 2147483648L, 2147483648000L),
        arguments("1E", 1_000_000_000_000_000_000L, Long.MAX_VALUE));
  }

  @ParameterizedTest(name = "{0} is {1} units and {2} milli-units, rounded up")
  @MethodSource("roundedValues")
  void valuesRoundUpAsUpstream(String text, long value, long milli) {
    ResourceQuantity quantity = ResourceQuantity.parse(text);

    assertThat(quantity.value()).isEqualTo(value);
    assertThat(quantity.milliValue()).isEqualTo(milli);
  }

  static Stream<Arguments> sums() {
    return Stream.of(
        arguments("a sum keeps the first addend's suffix family", "1Gi", "1G", "0",
            "2073741824"),
        arguments("a binary sum divisible by 1024 keeps a binary suffix", "500Mi", "1G", "1G",
            "2465125Ki"),
        arguments("three binary amounts", "500Mi", "500Mi", "500Mi", "1500Mi"),
        arguments("zero takes the other's family", "0", "1Gi", "1Gi", "2Gi"));
  }

  @ParameterizedTest(name = "{0}: {1} + {2} + {3} = {4}")
  @MethodSource("sums")
  void sumsPrintInTheFamilyUpstreamKeeps(String behaviour, String a, String b, String c,
      String sum) {
    ResourceQuantity total = ResourceQuantity.parse(a).plus(ResourceQuantity.parse(b))
        .plus(ResourceQuantity.parse(c));

    assertThat(total).hasToString(sum);
  }

  @Test
  void textThatIsNoQuantityIsRejectedWithUpstreamsMessage() {
    assertThatThrownBy(() -> ResourceQuantity.parse("5x"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("quantities must match the regular expression "
            + "'^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'");
  }
}
