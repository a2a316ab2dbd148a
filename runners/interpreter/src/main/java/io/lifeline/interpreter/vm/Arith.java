package io.lifeline.interpreter.vm;

import io.lifeline.interpreter.bytecode.BinaryOp;
import io.lifeline.interpreter.object.PyInt;
import io.lifeline.interpreter.object.PyObject;
import java.math.BigInteger;

/** int and float arithmetic with Python's semantics (floor division, modulo sign, arbitrary precision). */
final class Arith {
  private Arith() {}

  static PyObject intOp(Interp in, BinaryOp op, PyInt x, PyInt y) {
    if (op.base() == BinaryOp.MATMUL) { // int has no nb_matrix_multiply
      throw in.error("TypeError", "unsupported operand type(s) for " + op.base().symbol + ": '" + x.type.name
          + "' and '" + y.type.name + "'");
    }
    if (x instanceof io.lifeline.interpreter.object.PyBool p && y instanceof io.lifeline.interpreter.object.PyBool q) {
      switch (op) { // bool_and/bool_or/bool_xor: both bools give a bool
        case AND, IAND -> { return in.types.bool(p.value() & q.value()); }
        case OR, IOR -> { return in.types.bool(p.value() | q.value()); }
        case XOR, IXOR -> { return in.types.bool(p.value() ^ q.value()); }
        default -> { }
      }
    }
    if (x.isSmall() && y.isSmall()) {
      PyObject r = smallOp(in, op, x.small, y.small);
      if (r != null) {
        return r;
      }
    }
    BigInteger a = x.toBig();
    BigInteger b = y.toBig();
    return switch (op) {
      case ADD -> in.newInt(a.add(b));
      case SUB -> in.newInt(a.subtract(b));
      case MUL -> in.newInt(a.multiply(b));
      case TRUEDIV -> {
        if (b.signum() == 0) {
          throw in.error("ZeroDivisionError", "division by zero");
        }
        double q = PyInt.trueDivide(a, b);
        if (Double.isInfinite(q)) {
          throw in.error("OverflowError", "integer division result too large for a float");
        }
        yield in.newFloat(q);
      }
      case FLOORDIV -> in.newInt(floorDiv(in, a, b));
      case MOD -> {
        if (b.signum() == 0) {
          throw in.error("ZeroDivisionError", in.policies.isPypy() ? "long division or modulo by zero"
              : intModuloByZero(in));
        }
        yield in.newInt(a.subtract(floorDiv(in, a, b).multiply(b)));
      }
      case POW -> {
        if (b.signum() < 0) {
          yield floatOp(in, BinaryOp.POW, a.doubleValue(), b.doubleValue());
        }
        if (b.bitLength() > 31) {
          throw in.error("MemoryError", null);
        }
        reserveBits(in, (long) Math.max(0, a.abs().bitLength() - 1) * b.longValue());
        yield in.newInt(a.pow(b.intValue()));
      }
      case LSHIFT -> {
        if (b.signum() < 0) {
          throw in.error("ValueError", "negative shift count");
        }
        if (b.bitLength() > 31) {
          throw in.error("MemoryError", null);
        }
        reserveBits(in, a.bitLength() + b.longValue());
        yield in.newInt(a.shiftLeft(b.intValue()));
      }
      case RSHIFT -> {
        if (b.signum() < 0) {
          throw in.error("ValueError", "negative shift count");
        }
        yield in.newInt(a.shiftRight(b.intValue()));
      }
      case AND -> in.newInt(a.and(b));
      case OR -> in.newInt(a.or(b));
      case XOR -> in.newInt(a.xor(b));
      default -> throw new IllegalStateException(op.name());
    };
  }

  /** long_mod's message: 3.10's was long_divrem's. */
  private static String intModuloByZero(Interp in) {
    return in.policies.isCpython310() ? "integer division or modulo by zero" : "integer modulo by zero";
  }

  private static BigInteger floorDiv(Interp in, BigInteger a, BigInteger b) {
    if (b.signum() == 0) {
      throw in.error("ZeroDivisionError", "integer division or modulo by zero");
    }
    BigInteger[] qr = a.divideAndRemainder(b);
    if (qr[1].signum() != 0 && (qr[1].signum() != b.signum())) {
      return qr[0].subtract(BigInteger.ONE);
    }
    return qr[0];
  }

  /**
   * Checks before computing an int of about {@code bits} bits that it fits the memory budget (CPython's size:
   * 4 bytes per 30-bit digit) and a Java BigInteger; else MemoryError, as CPython's allocation fails.
   */
  private static void reserveBits(Interp in, long bits) {
    if (bits >= Integer.MAX_VALUE) {
      throw in.memoryError();
    }
    in.heap.reserve(24 + 4 * (bits / 30 + 1));
  }

  /** Fast path on longs; null when the result may overflow. */
  private static PyObject smallOp(Interp in, BinaryOp op, long a, long b) {
    try {
      return switch (op) {
        case ADD -> in.newInt(Math.addExact(a, b));
        case SUB -> in.newInt(Math.subtractExact(a, b));
        case MUL -> in.newInt(Math.multiplyExact(a, b));
        case FLOORDIV -> {
          if (b == 0) {
            throw in.error("ZeroDivisionError", "integer division or modulo by zero");
          }
          yield a == Long.MIN_VALUE && b == -1 ? null : in.newInt(Math.floorDiv(a, b));
        }
        case MOD -> {
          if (b == 0) {
            throw in.error("ZeroDivisionError", intModuloByZero(in));
          }
          yield in.newInt(Math.floorMod(a, b));
        }
        case TRUEDIV -> {
          if (b == 0) {
            throw in.error("ZeroDivisionError", "division by zero");
          }
          yield Math.abs(a) < (1L << 53) && Math.abs(b) < (1L << 53) ? in.newFloat((double) a / b) : null;
        }
        case AND -> in.newInt(a & b);
        case OR -> in.newInt(a | b);
        case XOR -> in.newInt(a ^ b);
        default -> null;
      };
    } catch (ArithmeticException overflow) {
      return null;
    }
  }

  static PyObject floatOp(Interp in, BinaryOp op, double a, double b) {
    return switch (op) {
      case ADD -> in.newFloat(a + b);
      case SUB -> in.newFloat(a - b);
      case MUL -> in.newFloat(a * b);
      case TRUEDIV -> {
        if (b == 0) {
          throw in.error("ZeroDivisionError", "float division by zero");
        }
        yield in.newFloat(a / b);
      }
      case FLOORDIV -> {
        if (b == 0) {
          throw in.error("ZeroDivisionError", in.policies.isPypy() ? "float modulo" : "float floor division by zero");
        }
        yield in.newFloat(io.lifeline.interpreter.object.PyFloat.floorDivide(a, b));
      }
      case MOD -> {
        if (b == 0) {
          throw in.error("ZeroDivisionError", in.policies.wording().atLeast(Policies.Wording.CPYTHON_313)
              ? "float modulo by zero" : "float modulo");
        }
        yield in.newFloat(io.lifeline.interpreter.object.PyFloat.modulo(a, b));
      }
      case POW -> {
        if (a == 0 && b < 0 && !Double.isInfinite(b)) {
          throw in.error("ZeroDivisionError", "0.0 cannot be raised to a negative power"); // float_pow
        }
        if (a < 0 && b != Math.rint(b) && !Double.isNaN(b) && !Double.isInfinite(b) && !Double.isInfinite(a)) {
          throw in.unsupported("the complex result of a negative float to a fractional power");
        }
        double r = Math.pow(a, b);
        if (Double.isInfinite(r) && !Double.isInfinite(a) && !Double.isInfinite(b)) {
          throw in.error("OverflowError", in.policies.isPypy() ? "float power" : "(34, 'Numerical result out of range')");
        }
        yield in.newFloat(r);
      }
      default -> throw in.error("TypeError", "unsupported operand type(s) for " + op.symbol
          + ": 'float' and 'float'");
    };
  }
}
