package io.kubesim.simulator.api.discovery;

import io.kubesim.admission.GroupVersionKind;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;

/**
 * Computes discovery's {@code storageVersionHash}: the first 8 bytes of the SHA-256 of {@code
 * group/version/kind} of the storage version, base64-encoded. Clients only compare it for equality,
 * to notice that a resource's storage version changed; upstream's formula keeps the values
 * identical to a real server's.
 */
final class StorageVersionHash {

  private StorageVersionHash() {}

  /**
   * The hash for objects stored as {@code storage}, e.g. {@code xPOwRZ+Yhw8=} for {@code v1 Pod}.
   */
  static String of(GroupVersionKind storage) {
    String key = storage.group() + "/" + storage.version() + "/" + storage.kind();
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
      return Base64.getEncoder().encodeToString(Arrays.copyOf(digest, 8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }
}
