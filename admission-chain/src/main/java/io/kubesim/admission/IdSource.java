package io.kubesim.admission;

import java.security.SecureRandom;
import java.util.Random;
import java.util.UUID;

/**
 * Where generated identities come from: object UIDs and the random suffixes of generated names.
 *
 * <p>Production uses {@link #random()}; tests use {@link #seeded(long)} so that runs are
 * reproducible and output can be compared with golden files.
 */
public interface IdSource {

  /** Upstream's alphabet for generated suffixes: no vowels, no look-alike characters. */
  String SUFFIX_ALPHABET = "bcdfghjklmnpqrstvwxz2456789";

  /** A new UUID v4 string. */
  String uuid();

  /** {@code length} characters from {@link #SUFFIX_ALPHABET}. */
  String suffix(int length);

  /** Ids from a secure random source. */
  static IdSource random() {
    return new RandomIdSource(new SecureRandom());
  }

  /** Ids from a seeded generator: the same seed gives the same sequence. */
  static IdSource seeded(long seed) {
    return new RandomIdSource(new Random(seed));
  }

  /** An {@link IdSource} over a {@link Random}; thread-safe as {@code Random} is. */
  final class RandomIdSource implements IdSource {
    private final Random random;

    RandomIdSource(Random random) {
      this.random = random;
    }

    @Override
    public synchronized String uuid() {
      long msb = (random.nextLong() & 0xffffffffffff0fffL) | 0x0000000000004000L;
      long lsb = (random.nextLong() & 0x3fffffffffffffffL) | 0x8000000000000000L;
      return new UUID(msb, lsb).toString();
    }

    @Override
    public synchronized String suffix(int length) {
      char[] out = new char[length];
      for (int i = 0; i < length; i++) {
        out[i] = SUFFIX_ALPHABET.charAt(random.nextInt(SUFFIX_ALPHABET.length()));
      }
      return new String(out);
    }
  }
}
