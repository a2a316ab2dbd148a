package io.lifeline.interpreter.object;

import java.math.BigInteger;

/** An int: a long while it fits, a BigInteger beyond. {@link PyBool} is a subclass like in CPython. */
public class PyInt extends PyObject {
  private static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);
  private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);

  public final long small;
  /** Non-null only when the value does not fit in a long. */
  public final BigInteger big;

  public PyInt(PyType type, long value) {
    super(type);
    this.small = value;
    this.big = null;
  }

  public PyInt(PyType type, BigInteger value) {
    super(type);
    if (value.compareTo(LONG_MIN) >= 0 && value.compareTo(LONG_MAX) <= 0) {
      this.small = value.longValue();
      this.big = null;
    } else {
      this.small = 0;
      this.big = value;
    }
  }

  public boolean isSmall() {
    return big == null;
  }

  /** 24 bytes plus 4 per 30-bit digit, at least one digit. */
  @Override
  public long sizeEstimate() {
    int bits = big != null ? big.bitLength() : 64 - Long.numberOfLeadingZeros(Math.abs(small));
    return 24L + 4L * Math.max(1, (bits + 29) / 30);
  }

  public BigInteger toBig() {
    return big != null ? big : BigInteger.valueOf(small);
  }

  @Override
  public String toString() {
    return big != null ? big.toString() : Long.toString(small);
  }

  /**
   * {@code a / b} for ints (long_true_divide): the exact quotient correctly rounded to a double (half to even), or
   * an infinity when it is beyond the largest float (the caller raises OverflowError). {@code b} is not zero.
   */
  public static double trueDivide(java.math.BigInteger a, java.math.BigInteger b) {
    boolean negative = a.signum() * b.signum() < 0;
    a = a.abs();
    b = b.abs();
    if (a.signum() == 0) {
      return negative ? -0.0 : 0.0;
    }
    int shift = 55 - (a.bitLength() - b.bitLength()); // a quotient of 55 or 56 bits: 53, a round bit, a sticky bit
    java.math.BigInteger[] qr = (shift >= 0 ? a.shiftLeft(shift) : a).divideAndRemainder(
        shift >= 0 ? b : b.shiftLeft(-shift));
    java.math.BigInteger q = qr[1].signum() != 0 ? qr[0].setBit(0) : qr[0];
    double d = Math.scalb(q.doubleValue(), -shift);
    return negative ? -d : d;
  }
}
