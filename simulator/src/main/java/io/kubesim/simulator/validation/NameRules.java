package io.kubesim.simulator.validation;

import java.util.ArrayList;
import java.util.List;
import io.kubesim.admission.labels.LabelSyntax;
import java.util.regex.Pattern;

/**
 * Upstream's name syntax checks ({@code apimachinery/pkg/util/validation}) for object names:
 * each returns the list of problems in upstream's words, empty when the value is valid. Label
 * and annotation syntax is {@link LabelSyntax}'s; this class reuses it.
 */
public final class NameRules {

  private static final String LABEL_FMT = "[a-z0-9]([-a-z0-9]*[a-z0-9])?";
  private static final String DNS1035_FMT = "[a-z]([-a-z0-9]*[a-z0-9])?";

  private static final Pattern LABEL = Pattern.compile(LABEL_FMT);
  private static final Pattern DNS1035 = Pattern.compile(DNS1035_FMT);

  private NameRules() {}

  /** RFC 1123 subdomain, at most 253 characters (most object names). */
  public static List<String> dns1123Subdomain(String value) {
    return LabelSyntax.dns1123SubdomainErrors(value);
  }

  /** RFC 1123 label, at most 63 characters (namespace names). */
  public static List<String> dns1123Label(String value) {
    List<String> errs = new ArrayList<>();
    if (value.length() > 63) {
      errs.add(maxLen(63));
    }
    if (!LABEL.matcher(value).matches()) {
      errs.add(regexError("a lowercase RFC 1123 label must consist of lower case alphanumeric"
          + " characters or '-', and must start and end with an alphanumeric character",
          LABEL_FMT, "my-name", "123-abc"));
    }
    return errs;
  }

  /** RFC 1035 label, at most 63 characters (service names). */
  public static List<String> dns1035Label(String value) {
    List<String> errs = new ArrayList<>();
    if (value.length() > 63) {
      errs.add(maxLen(63));
    }
    if (!DNS1035.matcher(value).matches()) {
      errs.add(regexError("a DNS-1035 label must consist of lower case alphanumeric characters"
          + " or '-', start with an alphabetic character, and end with an alphanumeric character",
          DNS1035_FMT, "my-name", "abc-123"));
    }
    return errs;
  }

  /** A path segment name (RBAC and a few others): not {@code .}/{@code ..}, no {@code /} or {@code %}. */
  public static List<String> pathSegment(String value) {
    if (value.equals(".") || value.equals("..")) {
      return List.of("may not be '" + value + "'");
    }
    List<String> errs = new ArrayList<>();
    for (String illegal : List.of("/", "%")) {
      if (value.contains(illegal)) {
        errs.add("may not contain '" + illegal + "'");
      }
    }
    return errs;
  }

  /** A qualified name such as a label or annotation key: optional DNS prefix, then a name part. */
  public static List<String> qualifiedName(String value) {
    return LabelSyntax.keyErrors(value);
  }

  /** A label value: empty, or at most 63 qualified-name characters. */
  public static List<String> labelValue(String value) {
    return LabelSyntax.valueErrors(value);
  }

  private static String maxLen(int n) {
    return "must be no more than " + n + " characters";
  }

  /** Upstream's {@code RegexError}: message, examples joined by {@code ",  or "}, regex. */
  private static String regexError(String msg, String fmt, String... examples) {
    StringBuilder b = new StringBuilder(msg);
    if (examples.length > 0) {
      b.append(" (e.g. ");
      for (int i = 0; i < examples.length; i++) {
        b.append(i == 0 ? "" : ",  or ").append('\'').append(examples[i]).append('\'');
      }
      b.append(", ");
    } else {
      b.append(" (");
    }
    return b.append("regex used for validation is '").append(fmt).append("')").toString();
  }
}
