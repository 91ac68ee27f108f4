package io.kubesim.simulator.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Go's encoding/json words for each kind of syntax error, and silence for valid JSON. */
class GoJsonSyntaxTest {

  static Stream<Arguments> documents() {
    return Stream.of(
        Arguments.of("empty input", "", "unexpected end of JSON input"),
        Arguments.of("unclosed object", "{\"a\":1", "unexpected end of JSON input"),
        Arguments.of("unfinished key", "{\"a\"", "unexpected end of JSON input"),
        Arguments.of("trailing comma in object", "{\"a\":1,}",
            "invalid character '}' looking for beginning of object key string"),
        Arguments.of("missing colon", "{\"a\" 1}", "invalid character '1' after object key"),
        Arguments.of("missing comma in object", "{\"a\":1 \"b\":2}",
            "invalid character '\"' after object key:value pair"),
        Arguments.of("missing comma in array", "[1 2]",
            "invalid character '2' after array element"),
        Arguments.of("trailing comma in array", "[1,]",
            "invalid character ']' looking for beginning of value"),
        Arguments.of("single-quoted key", "{'a':1}",
            "invalid character '\\'' looking for beginning of object key string"),
        Arguments.of("control character in a string", "\"a\u0001\"",
            "invalid character '\\x01' in string literal"),
        Arguments.of("newline in a string", "\"a\n\"", "invalid character '\\n' in string literal"),
        Arguments.of("unknown escape", "\"\\q\"", "invalid character 'q' in string escape code"),
        Arguments.of("bad unicode escape", "\"\\u12g4\"",
            "invalid character 'g' in \\u hexadecimal character escape"),
        Arguments.of("minus without digits", "-x", "invalid character 'x' in numeric literal"),
        Arguments.of("dot without digits", "1.e5",
            "invalid character 'e' after decimal point in numeric literal"),
        Arguments.of("exponent cut short", "1e+",
            "invalid character ' ' in exponent of numeric literal"),
        Arguments.of("literal cut short", "nul", "invalid character ' ' in literal null "
            + "(expecting 'l')"),
        Arguments.of("misspelt literal", "fals3",
            "invalid character '3' in literal false (expecting 'e')"),
        Arguments.of("two values", "{} {}", "invalid character '{' after top-level value"),
        Arguments.of("leading zero", "01", "invalid character '1' after top-level value"),
        Arguments.of("non-ASCII byte outside a string", "{é}",
            "invalid character 'Ã' looking for beginning of object key string"),
        Arguments.of("every kind of value", "{\"a\":[1,-2.5e+3,0,true,false,null,"
            + "\"x\\\"\\u00e9\"],\"b\":{}}", null),
        Arguments.of("a top-level number with spaces", " 42 ", null),
        Arguments.of("an empty array", "[]", null));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("documents")
  void reportsTheFirstErrorInGosWords(String name, String json, String expected) {
    assertThat(GoJsonSyntax.firstError(json.getBytes(StandardCharsets.UTF_8)).orElse(null))
        .isEqualTo(expected);
  }

  @Test
  void aStrayUnprintableByteIsEscapedAsTheRuneGoReadsItAs() {
    byte[] json = {'[', (byte) 0x85, ']'};

    assertThat(GoJsonSyntax.firstError(json))
        .hasValue("invalid character '\\u0085' looking for beginning of value");
  }
}
