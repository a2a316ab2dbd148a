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
}
