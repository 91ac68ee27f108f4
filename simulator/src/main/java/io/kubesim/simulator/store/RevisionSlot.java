package io.kubesim.simulator.store;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * An object encoded before its revision is known, with a slot where the revision goes: writers
 * encode outside the store's write lock and, holding it, only copy the revision's digits in.
 *
 * <p>The slot is a random token of this process stamped as {@code metadata.resourceVersion}; the
 * encoding is used only when the token occurs in it exactly once (so it is ours), which a client
 * could arrange only by guessing 128 random bits. The filled bytes are exactly those of encoding
 * the object stamped with the revision.
 */
final class RevisionSlot {

  private static final String TOKEN = "kubesim-rv-" + HexFormat.of().formatHex(randomBytes());
  private static final byte[] TOKEN_BYTES = TOKEN.getBytes(StandardCharsets.US_ASCII);

  private final byte[] json;
  private final int start;

  private RevisionSlot(byte[] json, int start) {
    this.json = json;
    this.start = start;
  }

  /**
   * Encodes {@code object} with a revision slot, stamping the token into it (the caller stamps
   * the real revision afterwards); null when the slot cannot be told apart from the content.
   */
  static RevisionSlot encode(ObjectNode object) {
    StoreJson.stampRevision(object, TOKEN);
    byte[] json = StoreJson.encode(object);
    int first = indexOf(json, 0);
    if (first < 0 || indexOf(json, first + 1) >= 0) {
      return null;
    }
    return new RevisionSlot(json, first);
  }

  /** The encoding with {@code revision} in the slot. */
  byte[] fill(long revision) {
    byte[] digits = Long.toString(revision).getBytes(StandardCharsets.US_ASCII);
    int end = start + TOKEN_BYTES.length;
    byte[] filled = new byte[json.length - TOKEN_BYTES.length + digits.length];
    System.arraycopy(json, 0, filled, 0, start);
    System.arraycopy(digits, 0, filled, start, digits.length);
    System.arraycopy(json, end, filled, start + digits.length, json.length - end);
    return filled;
  }

  private static int indexOf(byte[] json, int from) {
    byte first = TOKEN_BYTES[0];
    for (int i = from; i <= json.length - TOKEN_BYTES.length; i++) {
      if (json[i] != first) {
        continue;
      }
      int j = 1;
      while (j < TOKEN_BYTES.length && json[i + j] == TOKEN_BYTES[j]) {
        j++;
      }
      if (j == TOKEN_BYTES.length) {
        return i;
      }
    }
    return -1;
  }

  private static byte[] randomBytes() {
    byte[] bytes = new byte[16];
    new SecureRandom().nextBytes(bytes);
    return bytes;
  }
}
