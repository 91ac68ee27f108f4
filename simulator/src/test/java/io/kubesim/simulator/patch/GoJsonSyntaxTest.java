package io.kubesim.simulator.patch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Go's encoding/json syntax errors, which upstream returns for malformed PATCH bodies. */
class GoJsonSyntaxTest {

  static Stream<Arguments> syntaxErrors() {
    return Stream.of(
        arguments("", "unexpected end of JSON input"),
        arguments("  \n", "unexpected end of JSON input"),
        arguments("{", "unexpected end of JSON input"),
        arguments("\"abc", "unexpected end of JSON input"),
        arguments("x", "invalid character 'x' looking for beginning of value"),
        arguments("'a'", "invalid character '\\'' looking for beginning of value"),
        arguments("{x", "invalid character 'x' looking for beginning of object key string"),
        arguments("{\"a\" 1}", "invalid character '1' after object key"),
        arguments("{\"a\":1 \"b\":2}", "invalid character '\"' after object key:value pair"),
        arguments("[1 2]", "invalid character '2' after array element"),
        arguments("[1,]", "invalid character ']' looking for beginning of value"),
        arguments("{} {}", "invalid character '{' after top-level value"),
        arguments("01", "invalid character '1' after top-level value"),
        arguments("tru", "invalid character ' ' in literal true (expecting 'e')"),
        arguments("trux", "invalid character 'x' in literal true (expecting 'e')"),
        arguments("nul", "invalid character ' ' in literal null (expecting 'l')"),
        arguments("fase", "invalid character 's' in literal false (expecting 'l')"),
        arguments("-", "invalid character ' ' in numeric literal"),
        arguments("-a", "invalid character 'a' in numeric literal"),
        arguments("1.", "invalid character ' ' after decimal point in numeric literal"),
        arguments("1e", "invalid character ' ' in exponent of numeric literal"),
        arguments("\"a\tb\"", "invalid character '\\t' in string literal"),
        arguments("\"\\x\"", "invalid character 'x' in string escape code"),
        arguments("\"\\u12g4\"", "invalid character 'g' in \\u hexadecimal character escape"),
        arguments("\u0001", "invalid character '\\x01' looking for beginning of value"),
        arguments("[".repeat(10_001), "invalid character '[' exceeded max depth"));
  }

  @ParameterizedTest(name = "[{index}] {1}")
  @MethodSource("syntaxErrors")
  void reportsGosMessage(String json, String message) {
    assertThat(GoJsonSyntax.check(json.getBytes(StandardCharsets.UTF_8))).contains(message);
  }

  @ParameterizedTest(name = "byte {0}")
  @MethodSource("nonAsciiBytes")
  void quotesNonAsciiBytesAsGoRunes(int value, String message) {
    assertThat(GoJsonSyntax.check(new byte[] {(byte) value})).contains(message);
  }

  static Stream<Arguments> nonAsciiBytes() {
    return Stream.of(
        arguments(0xff, "invalid character '\u00ff' looking for beginning of value"),
        arguments(0x80, "invalid character '\\u0080' looking for beginning of value"),
        arguments(0x7f, "invalid character '\\x7f' looking for beginning of value"));
  }

  static Stream<String> validDocuments() {
    return Stream.of("{}", "[]", " null ", "0", "-0.0E-1", "1e+9", "\"\\u00e9\\n\"",
        "{\"a\":[1,-2.5e+3,true,false,null,{\"b\":{}}]}", "[".repeat(100) + "]".repeat(100));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("validDocuments")
  void acceptsWhatGoAccepts(String json) {
    assertThat(GoJsonSyntax.check(json.getBytes(StandardCharsets.UTF_8))).isEmpty();
  }
}
