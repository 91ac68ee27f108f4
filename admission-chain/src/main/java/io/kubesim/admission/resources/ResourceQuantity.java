package io.kubesim.admission.resources;

import io.fabric8.kubernetes.api.model.Quantity;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * A resource quantity ({@code 500m}, {@code 2Gi}, {@code 1e3}) with upstream's arithmetic and,
 * above all, upstream's canonical text: {@link #toString()} prints what Go's
 * {@code Quantity.String()} prints, which is what admission messages show.
 *
 * <p>Parsing and amounts come from fabric8's {@link Quantity}; this type adds what fabric8 lacks:
 * the suffix family a quantity keeps through arithmetic, the rounding to nano units that
 * upstream's parser applies, and the canonical form ({@code 1000} prints as {@code 1k},
 * {@code 0.1} as {@code 100m}, {@code 2048Mi} as {@code 2Gi}).
 *
 * @param amount the exact value in base units (cores, bytes, ...)
 * @param format the suffix family the value prints in
 */
public record ResourceQuantity(BigDecimal amount, Format format)
    implements Comparable<ResourceQuantity> {

  /** The suffix families of upstream's {@code resource.Format}. */
  public enum Format {
    /** {@code m}, {@code k}, {@code M}, ... and no suffix. */
    DECIMAL_SI,
    /** {@code Ki}, {@code Mi}, {@code Gi}, ... */
    BINARY_SI,
    /** {@code e3}, {@code E-6}, ... */
    DECIMAL_EXPONENT
  }

  /** Upstream's {@code MaxMilliValue}: the largest value whose milli-units fit an int64. */
  public static final long MAX_MILLI_VALUE = Long.MAX_VALUE / 1000;

  /** Upstream's parse error for text that is not a quantity. */
  public static final String FORMAT_ERROR =
      "quantities must match the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'";

  private static final int NANO_SCALE = 9;
  private static final BigInteger THOUSAND = BigInteger.valueOf(1000);
  private static final BigInteger KIBI = BigInteger.valueOf(1024);
  private static final String[] BINARY_SUFFIXES = {"", "Ki", "Mi", "Gi", "Ti", "Pi", "Ei"};
  private static final int MIN_SI_EXPONENT = -9;
  private static final int MAX_SI_EXPONENT = 18;
  private static final String[] SI_SUFFIXES =
      {"n", "u", "m", "", "k", "M", "G", "T", "P", "E"};

  public ResourceQuantity {
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(format, "format");
  }

  /** Zero, printed as {@code 0}. */
  public static ResourceQuantity zero() {
    return new ResourceQuantity(BigDecimal.ZERO, Format.DECIMAL_SI);
  }

  /**
   * Parses a quantity as upstream's decoder does, rounding anything finer than a nano-unit up.
   *
   * @throws IllegalArgumentException with upstream's message when {@code text} is no quantity
   */
  public static ResourceQuantity parse(String text) {
    Quantity parsed;
    BigDecimal amount;
    try {
      parsed = Quantity.parse(text.strip());
      amount = parsed.getNumericalAmount();
    } catch (RuntimeException e) {
      throw new IllegalArgumentException(FORMAT_ERROR, e);
    }
    if (amount.scale() > NANO_SCALE) {
      // upstream: "if you want some resources, you should get some resources"
      amount = amount.setScale(NANO_SCALE, RoundingMode.UP);
    }
    return new ResourceQuantity(amount, formatOf(parsed.getFormat()));
  }

  private static Format formatOf(String suffix) {
    if (suffix == null || suffix.isEmpty()) {
      return Format.DECIMAL_SI;
    }
    // a lone "E" is exa; "E3" and "e3" are exponents
    if (suffix.length() > 1 && (suffix.charAt(0) == 'e' || suffix.charAt(0) == 'E')) {
      return Format.DECIMAL_EXPONENT;
    }
    return suffix.endsWith("i") ? Format.BINARY_SI : Format.DECIMAL_SI;
  }

  /** The sum; like upstream's {@code Add}, it keeps this format unless this is zero. */
  public ResourceQuantity plus(ResourceQuantity other) {
    return new ResourceQuantity(amount.add(other.amount),
        amount.signum() == 0 ? other.format : format);
  }

  /** -1, 0 or 1 as the amount is negative, zero or positive. */
  public int signum() {
    return amount.signum();
  }

  /** Upstream's {@code Value()}: the amount in whole units, rounded up. */
  public long value() {
    return saturated(amount.setScale(0, RoundingMode.CEILING).toBigInteger());
  }

  /** Upstream's {@code MilliValue()}: the amount in milli-units, rounded up. */
  public long milliValue() {
    return saturated(amount.movePointRight(3).setScale(0, RoundingMode.CEILING).toBigInteger());
  }

  private static long saturated(BigInteger value) {
    if (value.bitLength() < Long.SIZE) {
      return value.longValue();
    }
    return value.signum() > 0 ? Long.MAX_VALUE : Long.MIN_VALUE;
  }

  @Override
  public int compareTo(ResourceQuantity other) {
    return amount.compareTo(other.amount);
  }

  /** Upstream's canonical text, e.g. {@code 50m}, {@code 1500Mi}, {@code 1k}, {@code 2}. */
  @Override
  public String toString() {
    if (amount.signum() == 0) {
      return "0";
    }
    Format effective = format;
    // upstream prints small or fractional binary amounts in decimal rather than round them
    if (effective == Format.BINARY_SI && (amount.abs().compareTo(BigDecimal.valueOf(1024)) < 0
        || amount.stripTrailingZeros().scale() > 0)) {
      effective = Format.DECIMAL_SI;
    }
    return effective == Format.BINARY_SI ? binary() : decimal(effective);
  }

  private String binary() {
    BigInteger mantissa = amount.toBigIntegerExact();
    int exponent = 0;
    while (exponent < BINARY_SUFFIXES.length - 1 && mantissa.mod(KIBI).signum() == 0) {
      mantissa = mantissa.divide(KIBI);
      exponent++;
    }
    return mantissa + BINARY_SUFFIXES[exponent];
  }

  private String decimal(Format effective) {
    BigDecimal stripped = amount.stripTrailingZeros();
    BigInteger mantissa = stripped.unscaledValue();
    int exponent = -stripped.scale();
    while (exponent % 3 != 0) {
      mantissa = mantissa.multiply(BigInteger.TEN);
      exponent--;
    }
    if (effective == Format.DECIMAL_EXPONENT) {
      return exponent == 0 ? mantissa.toString() : mantissa + "e" + exponent;
    }
    while (exponent > MAX_SI_EXPONENT) {
      mantissa = mantissa.multiply(THOUSAND);
      exponent -= 3;
    }
    return mantissa + SI_SUFFIXES[(exponent - MIN_SI_EXPONENT) / 3];
  }
}
