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

  /**
   * The shortest decimal that reads back as {@code d}, the nearest to it among those (dtoa's mode 0, which repr
   * uses): Double.toString's digits are short but not always the shortest (JDK 19+ gives two digits where one
   * reads back, {@code 4.9E-324} for {@code 5e-324}; older JDKs give more digits than needed), so fewer digits
   * of the exact value are tried while they read back.
   */
  private static BigDecimal shortest(double d) {
    BigDecimal bd = new BigDecimal(Double.toString(d)).stripTrailingZeros();
    BigDecimal exact = new BigDecimal(d);
    for (int p = bd.precision() - 1; p >= 1; p--) {
      BigDecimal fewer = exact.round(new java.math.MathContext(p, java.math.RoundingMode.HALF_EVEN));
      if (Double.parseDouble(fewer.toString()) != d) {
        break;
      }
      bd = fewer.stripTrailingZeros();
    }
    return bd;
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
    BigDecimal bd = shortest(d);
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

  /** float_floor_div (_float_div_mod): the quotient from fmod, so inf // 1 is nan and the signs of zeros follow. */
  public static double floorDivide(double vx, double wx) {
    double mod = vx % wx;
    double div = (vx - mod) / wx;
    if (mod != 0) {
      if ((wx < 0) != (mod < 0)) {
        div -= 1.0;
      }
    }
    if (div != 0) {
      double floordiv = Math.floor(div);
      return div - floordiv > 0.5 ? floordiv + 1.0 : floordiv;
    }
    return Math.copySign(0.0, vx / wx);
  }

  /** float_rem: the remainder with the divisor's sign (a zero too). */
  public static double modulo(double a, double b) {
    double m = a % b;
    return m != 0 ? ((m < 0) != (b < 0) ? m + b : m) : Math.copySign(0.0, b);
  }
}
