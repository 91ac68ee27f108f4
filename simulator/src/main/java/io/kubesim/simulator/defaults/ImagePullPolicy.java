package io.kubesim.simulator.defaults;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The pull policy a container gets when it names none: {@code Always} for an image whose tag is
 * {@code latest} (written, or implied by giving neither tag nor digest), {@code IfNotPresent}
 * otherwise — including references that do not parse, as upstream ignores the parse error.
 */
final class ImagePullPolicy {

  // The docker reference grammar (distribution/reference), which upstream's ParseImageName uses.
  private static final String ALNUM = "[a-z0-9]+";
  private static final String SEPARATOR = "(?:[._]|__|[-]+)";
  private static final String PATH_COMPONENT = ALNUM + "(?:" + SEPARATOR + ALNUM + ")*";
  private static final String DOMAIN_COMPONENT = "(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])";
  private static final String HOST = "(?:" + DOMAIN_COMPONENT + "(?:\\." + DOMAIN_COMPONENT + ")*"
      + "|\\[[a-fA-F0-9:]+\\])";
  private static final String DOMAIN = HOST + "(?::[0-9]+)?";
  private static final Pattern REFERENCE = Pattern.compile(
      "((?:" + DOMAIN + "/)?" + PATH_COMPONENT + "(?:/" + PATH_COMPONENT + ")*)"
          + "(?::([\\w][\\w.-]{0,127}))?"
          + "(?:@([A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,}))?");
  private static final Pattern HEX_IDENTIFIER = Pattern.compile("[a-f0-9]{64}");
  private static final int MAX_NAME_LENGTH = 255;
  // Most containers name one of a few images: the grammar's regex runs once per image.
  private static final int CACHED_IMAGES = 1024;
  private static final Map<String, String> POLICIES = new ConcurrentHashMap<>();

  private ImagePullPolicy() {}

  /** {@code Always} or {@code IfNotPresent} for {@code image}. */
  static String forImage(String image) {
    String policy = POLICIES.get(image);
    if (policy == null) {
      policy = "latest".equals(tag(image)) ? "Always" : "IfNotPresent";
      if (POLICIES.size() >= CACHED_IMAGES) {
        POLICIES.clear();
      }
      POLICIES.put(image, policy);
    }
    return policy;
  }

  /** The tag upstream reads from {@code image}: {@code latest} when none, "" on a parse error. */
  static String tag(String image) {
    Matcher m = REFERENCE.matcher(image);
    if (!m.matches() || m.group(1).length() > MAX_NAME_LENGTH
        || HEX_IDENTIFIER.matcher(m.group(1)).matches()) {
      return "";
    }
    if (m.group(2) != null) {
      return m.group(2);
    }
    return m.group(3) == null ? "latest" : "";
  }
}
