package io.kubesim.simulator.patch;

import static io.kubesim.simulator.patch.PatchFixtures.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Go's fmt rendering of decoded JSON, as it appears in strategic-merge-patch errors. */
class GoFormatTest {

  static Stream<Arguments> percentV() {
    return Stream.of(
        arguments("{'name':'c','image':'nginx'}", "map[image:nginx name:c]"),
        arguments("{'b':{'y':1,'x':[1,'a']},'a':null}", "map[a:<nil> b:map[x:[1 a] y:1]]"),
        arguments("[true,false,'s']", "[true false s]"),
        arguments("{}", "map[]"),
        arguments("[]", "[]"),
        arguments("1.5", "1.5"),
        arguments("80", "80"),
        arguments("80.0", "80"),
        arguments("123456.0", "123456"),
        arguments("1000000.0", "1e+06"),
        arguments("1234567.0", "1.234567e+06"),
        arguments("0.0001", "0.0001"),
        arguments("0.00001", "1e-05"),
        arguments("-2.5", "-2.5"),
        arguments("9223372036854775808", "9.223372036854776e+18"));
  }

  @ParameterizedTest(name = "%v of {0}")
  @MethodSource("percentV")
  void printsLikePercentV(String value, String expected) {
    assertThat(GoFormat.v(json(value))).isEqualTo(expected);
  }

  static Stream<Arguments> percentS() {
    return Stream.of(
        arguments("'drop'", "drop"),
        arguments("7", "%!s(int64=7)"),
        arguments("1.5", "%!s(float64=1.5)"),
        arguments("true", "%!s(bool=true)"),
        arguments("null", "%!s(<nil>)"),
        arguments("{'a':1}", "map[a:%!s(int64=1)]"));
  }

  @ParameterizedTest(name = "%s of {0}")
  @MethodSource("percentS")
  void printsLikePercentS(String value, String expected) {
    assertThat(GoFormat.s(json(value))).isEqualTo(expected);
  }
}
