package io.kubesim.admission.labels;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The syntax of label keys and values, with upstream's explanations
 * ({@code apimachinery/pkg/util/validation}: {@code IsQualifiedName}, {@code IsValidLabelValue},
 * {@code IsDNS1123Subdomain}).
 *
 * <p>Each method returns the list of upstream's messages, empty when the input is valid. Lengths
 * are counted in UTF-8 bytes, as Go's {@code len} does.
 */
public final class LabelSyntax {

  private static final String QUALIFIED_NAME_FMT = "([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]";
  private static final String QUALIFIED_NAME_MSG =
      "must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an"
          + " alphanumeric character";
  private static final int QUALIFIED_NAME_MAX = 63;
  private static final Pattern QUALIFIED_NAME = Pattern.compile(QUALIFIED_NAME_FMT);

  private static final String LABEL_VALUE_FMT = "(" + QUALIFIED_NAME_FMT + ")?";
  private static final String LABEL_VALUE_MSG =
      "a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or"
          + " '.', and must start and end with an alphanumeric character";
  private static final int LABEL_VALUE_MAX = 63;
  private static final Pattern LABEL_VALUE = Pattern.compile(LABEL_VALUE_FMT);

  private static final String DNS1123_LABEL_FMT = "[a-z0-9]([-a-z0-9]*[a-z0-9])?";
  private static final String DNS1123_SUBDOMAIN_FMT =
      DNS1123_LABEL_FMT + "(\\." + DNS1123_LABEL_FMT + ")*";
  private static final String DNS1123_SUBDOMAIN_MSG =
      "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or"
          + " '.', and must start and end with an alphanumeric character";
  private static final int DNS1123_SUBDOMAIN_MAX = 253;
  private static final Pattern DNS1123_SUBDOMAIN = Pattern.compile(DNS1123_SUBDOMAIN_FMT);

  private LabelSyntax() {}

  /** Upstream's {@code IsQualifiedName}: a label key, {@code [prefix/]name}. */
  public static List<String> keyErrors(String key) {
    List<String> errors = new ArrayList<>();
    String[] parts = key.split("/", -1);
    String name;
    if (parts.length == 1) {
      name = parts[0];
    } else if (parts.length == 2) {
      String prefix = parts[0];
      name = parts[1];
      if (prefix.isEmpty()) {
        errors.add("prefix part must be non-empty");
      } else {
        dns1123SubdomainErrors(prefix).forEach(m -> errors.add("prefix part " + m));
      }
    } else {
      errors.add("a qualified name " + regexError(QUALIFIED_NAME_MSG, QUALIFIED_NAME_FMT,
          "MyName", "my.name", "123-abc")
          + " with an optional DNS subdomain prefix and '/' (e.g. 'example.com/MyName')");
      return errors;
    }
    if (name.isEmpty()) {
      errors.add("name part must be non-empty");
    } else if (utf8Length(name) > QUALIFIED_NAME_MAX) {
      errors.add("name part " + maxLengthError(QUALIFIED_NAME_MAX));
    }
    if (!QUALIFIED_NAME.matcher(name).matches()) {
      errors.add("name part " + regexError(QUALIFIED_NAME_MSG, QUALIFIED_NAME_FMT,
          "MyName", "my.name", "123-abc"));
    }
    return errors;
  }

  /** Upstream's {@code IsValidLabelValue}: empty, or a qualified name of at most 63 bytes. */
  public static List<String> valueErrors(String value) {
    List<String> errors = new ArrayList<>();
    if (utf8Length(value) > LABEL_VALUE_MAX) {
      errors.add(maxLengthError(LABEL_VALUE_MAX));
    }
    if (!LABEL_VALUE.matcher(value).matches()) {
      errors.add(regexError(LABEL_VALUE_MSG, LABEL_VALUE_FMT, "MyValue", "my_value", "12345"));
    }
    return errors;
  }

  /** Upstream's {@code IsDNS1123Subdomain}, e.g. {@code example.com}. */
  public static List<String> dns1123SubdomainErrors(String value) {
    List<String> errors = new ArrayList<>();
    if (utf8Length(value) > DNS1123_SUBDOMAIN_MAX) {
      errors.add(maxLengthError(DNS1123_SUBDOMAIN_MAX));
    }
    if (!DNS1123_SUBDOMAIN.matcher(value).matches()) {
      errors.add(regexError(DNS1123_SUBDOMAIN_MSG, DNS1123_SUBDOMAIN_FMT, "example.com"));
    }
    return errors;
  }

  private static String maxLengthError(int length) {
    return "must be no more than " + length + " characters";
  }

  // Upstream's RegexError; the double space in "',  or" is upstream's.
  private static String regexError(String message, String format, String... examples) {
    StringBuilder b = new StringBuilder(message).append(" (e.g. ");
    for (int i = 0; i < examples.length; i++) {
      b.append(i > 0 ? " or " : "").append('\'').append(examples[i]).append("', ");
    }
    return b.append("regex used for validation is '").append(format).append("')").toString();
  }

  private static int utf8Length(String s) {
    return s.getBytes(StandardCharsets.UTF_8).length;
  }
}
