package io.lifeline.interpreter.builtins;

import static io.lifeline.interpreter.builtins.Methods.method;

import io.lifeline.interpreter.object.PyBool;
import io.lifeline.interpreter.object.PyBytes;
import io.lifeline.interpreter.object.PyFloat;
import io.lifeline.interpreter.object.PyInt;
import io.lifeline.interpreter.object.PyObject;
import io.lifeline.interpreter.object.PyStr;
import io.lifeline.interpreter.object.PyType;
import io.lifeline.interpreter.vm.Interp;
import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * The methods of {@code int} and {@code float} (Objects/longobject.c, floatobject.c): bit lengths, byte
 * conversions, exact ratios, hex of a float; and what {@code int(s, base)} and three-argument {@code pow} need.
 * None of them holds a reference beyond its call.
 */
final class NumberMethods {
  private NumberMethods() {}

  static void install(Interp in) {
    PyType t = in.types.intType;
    method(in, t, "bit_length", (i, a, k) -> i.newInt(big(a[0]).abs().bitLength()));
    method(in, t, "bit_count", (i, a, k) -> i.newInt(big(a[0]).abs().bitCount()));
    method(in, t, "conjugate", (i, a, k) -> i.newInt(big(a[0])));
    method(in, t, "__index__", (i, a, k) -> i.newInt(big(a[0])));
    method(in, t, "__int__", (i, a, k) -> i.newInt(big(a[0])));
    method(in, t, "as_integer_ratio", (i, a, k) -> i.newTuple(i.newInt(big(a[0])), i.newInt(1)));
    method(in, t, "to_bytes", NumberMethods::toBytes);
    Methods.classMethod(in, t, "from_bytes", NumberMethods::fromBytes);
    PyType f = in.types.floatType;
    method(in, f, "is_integer", (i, a, k) -> {
      double d = ((PyFloat) a[0]).value;
      return i.types.bool(!Double.isInfinite(d) && d == Math.rint(d));
    });
    method(in, f, "conjugate", (i, a, k) -> i.heap.incref(a[0]));
    method(in, f, "hex", (i, a, k) -> i.newStr(hex(((PyFloat) a[0]).value)));
    Methods.classMethod(in, f, "fromhex", (i, a, k) -> i.newFloat(fromHex(i, ((PyStr) a[1]).value)));
    method(in, f, "as_integer_ratio", (i, a, k) -> {
      double d = ((PyFloat) a[0]).value;
      if (Double.isNaN(d) || Double.isInfinite(d)) {
        throw i.error(Double.isNaN(d) ? "ValueError" : "OverflowError", Double.isNaN(d)
            ? "cannot convert NaN to integer ratio" : "cannot convert Infinity to integer ratio");
      }
      BigDecimal exact = new BigDecimal(d);
      BigInteger num = exact.unscaledValue();
      BigInteger den = BigInteger.ONE;
      if (exact.scale() > 0) {
        den = BigInteger.TEN.pow(exact.scale());
      } else {
        num = num.multiply(BigInteger.TEN.pow(-exact.scale()));
      }
      BigInteger g = num.gcd(den);
      return i.newTuple(i.newInt(num.divide(g)), i.newInt(den.divide(g)));
    });
  }

  private static BigInteger big(PyObject o) {
    return ((PyInt) o).toBig();
  }

  /** int.to_bytes(length=1, byteorder='big', *, signed=False). */
  private static PyObject toBytes(Interp in, PyObject[] a, io.lifeline.interpreter.object.PyTuple k) {
    int npos = Args.positional(a, k);
    PyObject lengthArg = npos > 1 ? a[1] : Args.keyword(a, k, "length");
    PyObject orderArg = npos > 2 ? a[2] : Args.keyword(a, k, "byteorder");
    PyObject signedArg = Args.keyword(a, k, "signed");
    int length = lengthArg == null ? 1 : (int) ((PyInt) lengthArg).small;
    boolean little = orderArg != null && ((PyStr) orderArg).value.equals("little");
    boolean signed = signedArg != null && in.ops.truthy(signedArg);
    BigInteger v = big(a[0]);
    if (v.signum() < 0 && !signed) {
      throw in.error("OverflowError", "can't convert negative int to unsigned");
    }
    if (v.bitLength() + (signed ? 1 : 0) > 8L * length) {
      throw in.error("OverflowError", "int too big to convert");
    }
    byte[] out = new byte[length];
    byte[] two = v.toByteArray();
    for (int x = 0; x < length; x++) {
      int from = two.length - 1 - x;
      out[length - 1 - x] = from >= 0 ? two[from] : (byte) (v.signum() < 0 ? 0xff : 0);
    }
    return in.newBytes(little ? reverse(out) : out);
  }

  /** int.from_bytes(bytes, byteorder='big', *, signed=False), a class method. */
  private static PyObject fromBytes(Interp in, PyObject[] a, io.lifeline.interpreter.object.PyTuple k) {
    int npos = Args.positional(a, k);
    PyObject bytesArg = npos > 1 ? a[1] : Args.keyword(a, k, "bytes");
    PyObject orderArg = npos > 2 ? a[2] : Args.keyword(a, k, "byteorder");
    PyObject signedArg = Args.keyword(a, k, "signed");
    byte[] b;
    if (bytesArg instanceof PyBytes bs) {
      b = bs.value.clone();
    } else {
      java.util.List<PyObject> items = in.ops.toList(bytesArg);
      b = new byte[items.size()];
      for (int x = 0; x < b.length; x++) {
        b[x] = (byte) ((PyInt) items.get(x)).small;
        in.heap.decref(items.get(x));
      }
    }
    if (orderArg != null && ((PyStr) orderArg).value.equals("little")) {
      b = reverse(b);
    }
    boolean signed = signedArg != null && in.ops.truthy(signedArg);
    return in.newInt(b.length == 0 ? BigInteger.ZERO : signed ? new BigInteger(b) : new BigInteger(1, b));
  }

  private static byte[] reverse(byte[] b) {
    byte[] out = new byte[b.length];
    for (int x = 0; x < b.length; x++) {
      out[x] = b[b.length - 1 - x];
    }
    return out;
  }

  /** float.hex: [-]0x{1|0}.{13 hex digits}p{exponent}. */
  static String hex(double d) {
    if (Double.isNaN(d) || Double.isInfinite(d)) {
      return Double.isNaN(d) ? "nan" : d > 0 ? "inf" : "-inf";
    }
    String sign = (Double.doubleToRawLongBits(d) < 0) ? "-" : "";
    double a = Math.abs(d);
    if (a == 0) {
      return sign + "0x0.0p+0";
    }
    long bits = Double.doubleToRawLongBits(a);
    long mantissa = bits & ((1L << 52) - 1);
    int exp = (int) (bits >>> 52);
    String lead = exp == 0 ? "0" : "1";
    int e = exp == 0 ? -1022 : exp - 1023;
    return sign + "0x" + lead + "." + String.format("%013x", mantissa) + "p" + (e >= 0 ? "+" : "") + e;
  }

  /** int(s, base): CPython's literal rules (sign, whitespace, underscores, 0x/0o/0b prefixes; base 0 infers it). */
  static BigInteger parseInt(String text, int base) {
    String s = text.strip();
    boolean negative = s.startsWith("-");
    if (negative || s.startsWith("+")) {
      s = s.substring(1);
    }
    String lower = s.toLowerCase(java.util.Locale.ROOT);
    int prefixBase = lower.startsWith("0x") ? 16 : lower.startsWith("0o") ? 8 : lower.startsWith("0b") ? 2 : 0;
    if (prefixBase != 0 && (base == 0 || base == prefixBase)) {
      s = s.substring(2);
      if (s.startsWith("_")) {
        s = s.substring(1);
      }
      base = prefixBase;
    } else if (base == 0) {
      if (s.length() > 1 && s.chars().allMatch(c -> c == '0' || c == '_') && !s.startsWith("_")) {
        return BigInteger.ZERO;
      }
      if (s.startsWith("0") && s.length() > 1) {
        return null;
      }
      base = 10;
    }
    if (s.isEmpty() || s.startsWith("_") || s.endsWith("_") || s.contains("__") || base < 2 || base > 36) {
      return null;
    }
    try {
      BigInteger v = new BigInteger(s.replace("_", ""), base);
      return negative ? v.negate() : v;
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /** pow(base, exp, mod) of ints: a result with the sign of mod; a negative exponent needs an inverse. */
  static PyObject modPow(Interp in, PyObject b, PyObject e, PyObject m) {
    if (!(b instanceof PyInt x) || !(e instanceof PyInt y) || !(m instanceof PyInt z)
) {
      throw in.error("TypeError", "pow() 3rd argument not allowed unless all arguments are integers");
    }
    BigInteger mod = z.toBig();
    if (mod.signum() == 0) {
      throw in.error("ValueError", "pow() 3rd argument cannot be 0");
    }
    BigInteger base = x.toBig();
    BigInteger exp = y.toBig();
    if (exp.signum() < 0) {
      try {
        base = base.modInverse(mod.abs());
      } catch (ArithmeticException ex) {
        throw in.error("ValueError", "base is not invertible for the given modulus");
      }
      exp = exp.negate();
    }
    BigInteger r = base.modPow(exp, mod.abs());
    if (mod.signum() < 0 && r.signum() != 0) {
      r = r.add(mod);
    }
    return in.newInt(r);
  }

  /** float.fromhex (float_fromhex): [sign] [0x] hex digits [. hex digits] [p exponent], or inf/nan; spaces around. */
  private static double fromHex(Interp in, String text) {
    String s = text.strip().toLowerCase(java.util.Locale.ROOT);
    String body = s.startsWith("-") || s.startsWith("+") ? s.substring(1) : s;
    if (body.equals("inf") || body.equals("infinity") || body.equals("nan")) {
      double v = body.equals("nan") ? Double.NaN : Double.POSITIVE_INFINITY;
      return s.startsWith("-") ? -v : v;
    }
    String sign = s.startsWith("-") ? "-" : "";
    String digits = body.startsWith("0x") ? body.substring(2) : body;
    if (!digits.matches("([0-9a-f]+\\.?[0-9a-f]*|\\.[0-9a-f]+)(p[+-]?[0-9]+)?")) {
      throw in.error("ValueError", "invalid hexadecimal floating-point string");
    }
    double v = Double.parseDouble(sign + "0x" + digits + (digits.contains("p") ? "" : "p0"));
    if (Double.isInfinite(v)) {
      throw in.error("OverflowError", "hexadecimal value too large to represent as a float");
    }
    return v;
  }
}
