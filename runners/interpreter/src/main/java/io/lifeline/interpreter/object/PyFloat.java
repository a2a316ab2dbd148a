package io.lifeline.interpreter.object;

import java.math.BigDecimal;

/** A float. {@link #toString} follows Python's repr: shortest round-trip digits. */
public final class PyFloat extends PyObject {
  public final double value;

  public PyFloat(PyType type, double value) {
    super(type);
    this.value = value;
  }

  @Override
  public long sizeEstimate() {
    return 24;
  }

  @Override
  public String toString() {
    return repr(value);
  }

  /** float.__repr__ (repr uses the shortest round-tripping digits, 'r' format). */
  public static String repr(double d) {
    if (Double.isNaN(d)) {
      return "nan";
    }
    if (Double.isInfinite(d)) {
      return d > 0 ? "inf" : "-inf";
    }
    if (d == 0) {
      return (1 / d < 0) ? "-0.0" : "0.0";
    }
    BigDecimal bd = new BigDecimal(Double.toString(d)).stripTrailingZeros();
    String digits = bd.unscaledValue().abs().toString();
    int exp = digits.length() - bd.scale() - 1; // decimal exponent of the first digit
    String sign = d < 0 ? "-" : "";
    if (exp < -4 || exp >= 16) {
      String mant = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
      return sign + mant + "e" + (exp < 0 ? "-" : "+") + String.format("%02d", Math.abs(exp));
    }
    if (exp < 0) {
      return sign + "0." + "0".repeat(-exp - 1) + digits;
    }
    if (digits.length() <= exp + 1) {
      return sign + digits + "0".repeat(exp + 1 - digits.length()) + ".0";
    }
    return sign + digits.substring(0, exp + 1) + "." + digits.substring(exp + 1);
  }
}
