package io.lifeline.interpreter.modules;

import static io.lifeline.interpreter.modules.NativeModule.function;

import io.lifeline.interpreter.builtins.Args;
import io.lifeline.interpreter.builtins.IterableBuiltins;
import io.lifeline.interpreter.bytecode.BinaryOp;
import io.lifeline.interpreter.object.PyFloat;
import io.lifeline.interpreter.object.PyInt;
import io.lifeline.interpreter.object.PyModule;
import io.lifeline.interpreter.object.PyObject;
import io.lifeline.interpreter.vm.Interp;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.function.DoubleBinaryOperator;
import java.util.function.DoubleUnaryOperator;

/**
 * {@code math} (Modules/mathmodule.c): functions of ints and floats that hold nothing; only numbers are modelled
 * (an argument with {@code __float__} or {@code __index__} is a TypeError here).
 */
public final class MathModule implements NativeModule {
  @Override
  public void exec(Interp in, PyModule m) {
    NativeModule.put(in, m, "pi", in.newFloat(Math.PI));
    NativeModule.put(in, m, "e", in.newFloat(Math.E));
    NativeModule.put(in, m, "tau", in.newFloat(2 * Math.PI));
    NativeModule.put(in, m, "inf", in.newFloat(Double.POSITIVE_INFINITY));
    NativeModule.put(in, m, "nan", in.newFloat(Double.NaN));
    unary(in, m, "sqrt", x -> x < 0 ? Double.NaN : Math.sqrt(x));
    unary(in, m, "exp", Math::exp);
    installMore(in, m);
    unary(in, m, "sin", Math::sin);
    unary(in, m, "cos", Math::cos);
    unary(in, m, "tan", Math::tan);
    unary(in, m, "atan", Math::atan);
    unary(in, m, "fabs", Math::abs);
    unary(in, m, "log2", x -> x <= 0 ? Double.NaN : Math.log(x) / Math.log(2));
    unary(in, m, "log10", x -> x <= 0 ? Double.NaN : Math.log10(x));
    unary(in, m, "degrees", Math::toDegrees);
    unary(in, m, "radians", Math::toRadians);
    binary(in, m, "atan2", Math::atan2);
    binary(in, m, "pow", Math::pow);
    function(in, m, "hypot", (i, a, k) -> {
      Args.count(i, "hypot", a, k, 0, Integer.MAX_VALUE);
      double[] vec = new double[a.length];
      for (int j = 0; j < a.length; j++) {
        vec[j] = real(i, a[j]);
      }
      return i.newFloat(VectorNorm.of(vec, i.policies.isPypy()));
    });
    binary(in, m, "copysign", Math::copySign);
    binary(in, m, "fmod", (x, y) -> x % y);
    function(in, m, "log", (i, a, k) -> {
      Args.count(i, "log", a, k, 1, 2);
      double x = real(i, a[0]);
      if (x <= 0) {
        throw i.error("ValueError", "math domain error");
      }
      return i.newFloat(a.length == 1 ? Math.log(x) : Math.log(x) / Math.log(real(i, a[1])));
    });
    function(in, m, "floor", (i, a, k) -> integral(i, a, k, "floor", RoundingMode.FLOOR));
    function(in, m, "ceil", (i, a, k) -> integral(i, a, k, "ceil", RoundingMode.CEILING));
    function(in, m, "trunc", (i, a, k) -> integral(i, a, k, "trunc", RoundingMode.DOWN));
    function(in, m, "isnan", (i, a, k) -> i.types.bool(Double.isNaN(real(i, a[0]))));
    function(in, m, "isinf", (i, a, k) -> i.types.bool(Double.isInfinite(real(i, a[0]))));
    function(in, m, "isfinite", (i, a, k) -> i.types.bool(Double.isFinite(real(i, a[0]))));
    function(in, m, "isclose", (i, a, k) -> {
      double x = real(i, a[0]);
      double y = real(i, a[1]);
      PyObject rt = Args.keyword(a, k, "rel_tol");
      PyObject at = Args.keyword(a, k, "abs_tol");
      double rel = rt == null ? 1e-9 : real(i, rt);
      double abs = at == null ? 0.0 : real(i, at);
      double diff = Math.abs(x - y);
      return i.types.bool(x == y || diff <= Math.max(rel * Math.max(Math.abs(x), Math.abs(y)), abs));
    });
    integerFunctions(in, m);
    function(in, m, "fsum", (i, a, k) -> {
      BigDecimal sum = BigDecimal.ZERO;
      for (PyObject o : i.ops.toList(a[0])) {
        try {
          sum = sum.add(new BigDecimal(real(i, o)));
        } finally {
          i.heap.decref(o);
        }
      }
      return i.newFloat(sum.doubleValue());
    });
  }

  /** gcd, lcm, factorial, comb, perm, isqrt and prod: exact integer arithmetic (prod: any numbers). */
  private static void integerFunctions(Interp in, PyModule m) {
    function(in, m, "gcd", (i, a, k) -> {
      BigInteger g = BigInteger.ZERO;
      for (PyObject o : a) {
        g = g.gcd(integer(i, o));
      }
      return i.newInt(g);
    });
    function(in, m, "factorial", (i, a, k) -> {
      Args.count(i, "factorial", a, k, 1, 1);
      BigInteger n = integer(i, a[0]);
      if (n.signum() < 0) {
        throw i.error("ValueError", "factorial() not defined for negative values");
      }
      BigInteger f = BigInteger.ONE;
      for (long x = 2; x <= n.longValueExact(); x++) {
        f = f.multiply(BigInteger.valueOf(x));
      }
      return i.newInt(f);
    });
    function(in, m, "prod", (i, a, k) -> {
      PyObject start = Args.keyword(a, k, "start");
      return IterableBuiltins.fold(i, a[0], start == null ? i.newInt(1) : i.heap.incref(start), BinaryOp.MUL);
    });
    function(in, m, "comb", (i, a, k) -> {
      Args.count(i, "comb", a, k, 2, 2);
      BigInteger n = nonNegative(i, a[0], "n");
      BigInteger r = nonNegative(i, a[1], "k");
      if (r.compareTo(n) > 0) {
        return i.newInt(BigInteger.ZERO);
      }
      BigInteger j = r.min(n.subtract(r));
      return i.newInt(falling(n, j).divide(falling(j, j)));
    });
    function(in, m, "perm", (i, a, k) -> {
      Args.count(i, "perm", a, k, 1, 2);
      BigInteger n = nonNegative(i, a[0], "n");
      BigInteger r = a.length < 2 || a[1] == i.none() ? n : nonNegative(i, a[1], "k");
      return i.newInt(r.compareTo(n) > 0 ? BigInteger.ZERO : falling(n, r));
    });
    function(in, m, "isqrt", (i, a, k) -> {
      Args.count(i, "isqrt", a, k, 1, 1);
      BigInteger n = integer(i, a[0]);
      if (n.signum() < 0) {
        throw i.error("ValueError", "isqrt() argument must be nonnegative");
      }
      return i.newInt(n.sqrt());
    });
    function(in, m, "lcm", (i, a, k) -> {
      BigInteger l = BigInteger.ONE;
      for (PyObject o : a) {
        BigInteger n = integer(i, o).abs();
        l = n.signum() == 0 || l.signum() == 0 ? BigInteger.ZERO : l.divide(l.gcd(n)).multiply(n);
      }
      return i.newInt(l);
    });
  }

  /** expm1, log1p, asin, acos, sinh, cosh, tanh, remainder, dist, modf, frexp, ldexp (Modules/mathmodule.c). */
  private static void installMore(Interp in, PyModule m) {
    unary(in, m, "expm1", Math::expm1);
    unary(in, m, "log1p", x -> x <= -1 ? Double.NaN : Math.log1p(x));
    unary(in, m, "asin", Math::asin);
    unary(in, m, "acos", Math::acos);
    unary(in, m, "sinh", Math::sinh);
    unary(in, m, "cosh", Math::cosh);
    unary(in, m, "tanh", Math::tanh);
    binary(in, m, "remainder", Math::IEEEremainder);
    binary(in, m, "nextafter", Math::nextAfter);
    unary(in, m, "ulp", MathModule::ulp);
    for (String name : new String[] {"erf", "erfc", "gamma", "lgamma"}) {
      unmodelled(in, m, name); // libm's and mathmodule.c's own approximations, which Java's do not reproduce
    }
    if (!in.policies.isPypy() && !in.policies.isCpython310()) {
      unmodelled(in, m, "cbrt"); // 3.11+: glibc's cbrt is not correctly rounded (cbrt(27) is 3.0000000000000004)
      unmodelled(in, m, "exp2");
    }
    function(in, m, "dist", (i, a, k) -> {
      Args.count(i, "dist", a, k, 2, 2);
      java.util.List<PyObject> p = i.ops.toList(a[0]);
      java.util.List<PyObject> q = i.ops.toList(a[1]);
      try {
        if (p.size() != q.size()) {
          throw i.error("ValueError", "both points must have the same number of dimensions");
        }
        double[] diffs = new double[p.size()];
        for (int j = 0; j < p.size(); j++) {
          diffs[j] = real(i, p.get(j)) - real(i, q.get(j));
        }
        return i.newFloat(VectorNorm.of(diffs, i.policies.isPypy()));
      } finally {
        p.forEach(i.heap::decref);
        q.forEach(i.heap::decref);
      }
    });
    installFloatParts(in, m);
  }

  /** modf, frexp, ldexp. */
  private static void installFloatParts(Interp in, PyModule m) {
    function(in, m, "modf", (i, a, k) -> {
      double x = real(i, a[0]);
      double ip = x < 0 ? Math.ceil(x) : Math.floor(x);
      return i.newTuple(i.newFloat(Double.isInfinite(x) ? Math.copySign(0.0, x) : x - ip), i.newFloat(ip));
    });
    function(in, m, "frexp", (i, a, k) -> {
      double x = real(i, a[0]);
      if (x == 0 || Double.isNaN(x) || Double.isInfinite(x)) {
        return i.newTuple(i.newFloat(x), i.newInt(0));
      }
      int e = Math.getExponent(x) + 1;
      double mant = x / Math.pow(2, e);
      if (Math.abs(mant) < 0.5) { // subnormal
        while (Math.abs(mant) < 0.5) {
          mant *= 2;
          e--;
        }
      }
      return i.newTuple(i.newFloat(mant), i.newInt(e));
    });
    function(in, m, "ldexp", (i, a, k) -> i.newFloat(real(i, a[0]) * Math.pow(2, integer(i, a[1]).doubleValue())));
  }

  /** math_ulp: the gap to the next float away from zero (the previous one for the largest float); nan stays. */
  private static double ulp(double x) {
    if (Double.isNaN(x) || Double.isInfinite(x)) {
      return Math.abs(x);
    }
    x = Math.abs(x);
    double up = Math.nextUp(x);
    return Double.isInfinite(up) ? x - Math.nextDown(x) : up - x;
  }

  /** A function of the module whose result the model cannot reproduce: calling it is a located NotImplementedError. */
  private static void unmodelled(Interp in, PyModule m, String name) {
    function(in, m, name, (i, a, k) -> {
      throw i.unsupported("math." + name);
    });
  }

  private static void unary(Interp in, PyModule m, String name, DoubleUnaryOperator f) {
    function(in, m, name, (i, a, k) -> {
      Args.count(i, name, a, k, 1, 1);
      return result(i, f.applyAsDouble(real(i, a[0])));
    });
  }

  private static void binary(Interp in, PyModule m, String name, DoubleBinaryOperator f) {
    function(in, m, name, (i, a, k) -> {
      Args.count(i, name, a, k, 2, 2);
      return result(i, f.applyAsDouble(real(i, a[0]), real(i, a[1])));
    });
  }

  /** A float result; NaN from a non-NaN argument is CPython's "math domain error". */
  private static PyObject result(Interp in, double v) {
    if (Double.isNaN(v)) {
      throw in.error("ValueError", "math domain error");
    }
    return in.newFloat(v);
  }

  private static double real(Interp in, PyObject o) {
    if (o instanceof PyFloat f) {
      return f.value;
    }
    if (o instanceof PyInt n) {
      return n.big == null ? n.small : n.big.doubleValue();
    }
    throw in.error("TypeError", "must be real number, not " + o.type.name);
  }

  /** n * (n-1) * ... * (n-r+1): perm(n, r), and comb's numerator. */
  private static BigInteger falling(BigInteger n, BigInteger r) {
    BigInteger p = BigInteger.ONE;
    for (BigInteger x = BigInteger.ZERO; x.compareTo(r) < 0; x = x.add(BigInteger.ONE)) {
      p = p.multiply(n.subtract(x));
    }
    return p;
  }

  /** An int argument of comb/perm, whose negative value is math_comb_impl's ValueError naming it. */
  private static BigInteger nonNegative(Interp in, PyObject o, String what) {
    BigInteger n = integer(in, o);
    if (n.signum() < 0) {
      throw in.error("ValueError", what + " must be a non-negative integer");
    }
    return n;
  }

  private static BigInteger integer(Interp in, PyObject o) {
    if (o instanceof PyInt n) {
      return n.toBig();
    }
    throw in.error("TypeError", "'" + o.type.name + "' object cannot be interpreted as an integer");
  }

  /** floor/ceil/trunc: an int stays itself; a float is rounded to an int (an infinity or NaN cannot be). */
  private static PyObject integral(Interp in, PyObject[] a, io.lifeline.interpreter.object.PyTuple k, String name,
      RoundingMode mode) {
    Args.count(in, name, a, k, 1, 1);
    if (a[0] instanceof PyInt) {
      return in.heap.incref(a[0]);
    }
    if (!(a[0] instanceof PyFloat)) {
      // math_floor/math_ceil/math_trunc: the type's __floor__/__ceil__/__trunc__ first (float() only after)
      PyObject r = in.ops.callSpecial(a[0], "__" + name + "__");
      if (r != null) {
        return r;
      }
      if (name.equals("trunc")) {
        throw in.error("TypeError", "type " + a[0].type.name + " doesn't define __trunc__ method");
      }
    }
    double x = real(in, a[0]);
    if (Double.isNaN(x)) {
      throw in.error("ValueError", "cannot convert float NaN to integer");
    }
    if (Double.isInfinite(x)) {
      throw in.error("OverflowError", "cannot convert float infinity to integer");
    }
    return in.newInt(new BigDecimal(x).setScale(0, mode).toBigIntegerExact());
  }
}
