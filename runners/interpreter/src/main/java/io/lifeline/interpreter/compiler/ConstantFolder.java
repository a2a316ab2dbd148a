package io.lifeline.interpreter.compiler;

import java.math.BigInteger;

/**
 * ast_opt.c's fold_binop and fold_unaryop for literals, with fold_binop's safety limits: ints up to 128 bits
 * from ** and <<, strings up to 4096 characters; nothing that would raise is folded. Folding decides object identity
 * ({@code 999 + 1 is 1000}) and constness, so the model folds exactly when CPython does.
 */
final class ConstantFolder {
  private static final int MAX_INT_BITS = 128;
  private static final int MAX_STR_SIZE = 4096;

  private ConstantFolder() {}

  /** A BinOp node, or the constant ast_opt's fold_binop makes of it. */
  static Expr binOp(Expr left, String op, Expr right, int line, int col) {
    if (left instanceof Expr.Constant l && right instanceof Expr.Constant r && l.value() != null
        && r.value() != null) {
      Object folded = ConstantFolder.fold(l.value(), op, r.value());
      if (folded != null) {
        return new Expr.Constant(folded, line, col);
      }
    }
    return new Expr.BinOp(left, op, right, line, col);
  }

  /** ast_opt's fold_unaryop for numeric literals: -5 is the constant -5, as in CPython. */
  static Object foldUnary(String op, Expr operand) {
    if (!(operand instanceof Expr.Constant c) || c.value() instanceof Boolean) {
      return null;
    }
    Object v = c.value();
    if (v instanceof Long l) {
      return switch (op) {
        case "-" -> l == Long.MIN_VALUE ? (Object) BigInteger.valueOf(l).negate() : (Object) (-l);
        case "+" -> l;
        default -> ~l;
      };
    }
    if (v instanceof BigInteger b) {
      BigInteger r = switch (op) {
        case "-" -> b.negate();
        case "+" -> b;
        default -> b.not();
      };
      return r.bitLength() < 64 ? (Object) r.longValue() : r;
    }
    if (v instanceof Double d && !op.equals("~")) {
      return op.equals("-") ? -d : d;
    }
    return null;
  }

  /** The folded value of {@code l op r}, or null when CPython would not fold it. */
  static Object fold(Object l, String op, Object r) {
    if (l instanceof String a) {
      if (op.equals("+") && r instanceof String b && a.length() + b.length() <= MAX_STR_SIZE) {
        return a + b;
      }
      if (op.equals("*") && isInt(r)) {
        BigInteger n = big(r);
        if (n.signum() <= 0) {
          return "";
        }
        if (n.bitLength() < 31 && (long) a.length() * n.intValue() <= MAX_STR_SIZE) {
          return a.repeat(n.intValue());
        }
      }
      return null;
    }
    if (!isNumber(l) || !isNumber(r)) {
      return null;
    }
    if (l instanceof Boolean x && r instanceof Boolean y && (op.equals("&") || op.equals("|") || op.equals("^"))) {
      return op.equals("&") ? x & y : op.equals("|") ? x | y : x ^ y; // bool_and/or/xor keep bools
    }
    if (isInt(l) && isInt(r)) {
      return foldInt(big(l), op, big(r));
    }
    double a = dbl(l);
    double b = dbl(r);
    return switch (op) {
      case "+" -> a + b;
      case "-" -> a - b;
      case "*" -> a * b;
      case "/" -> b == 0 ? null : (Object) (a / b);
      case "//" -> b == 0 ? null : (Object) io.lifeline.interpreter.object.PyFloat.floorDivide(a, b);
      case "%" -> b == 0 ? null : (Object) io.lifeline.interpreter.object.PyFloat.modulo(a, b);
      case "**" -> a < 0 && b != Math.rint(b) || a == 0 && b < 0
          || Double.isInfinite(Math.pow(a, b)) && !Double.isInfinite(a) && !Double.isInfinite(b)
          ? null : (Object) Math.pow(a, b); // what would raise is left to run time
      default -> null;
    };
  }

  private static Object foldInt(BigInteger a, String op, BigInteger b) {
    BigInteger r;
    switch (op) {
      case "+" -> r = a.add(b);
      case "-" -> r = a.subtract(b);
      case "*" -> r = a.multiply(b);
      case "//", "%" -> {
        if (b.signum() == 0) {
          return null;
        }
        BigInteger[] qr = a.divideAndRemainder(b);
        BigInteger q = qr[0];
        if (qr[1].signum() != 0 && qr[1].signum() != b.signum()) {
          q = q.subtract(BigInteger.ONE);
        }
        r = op.equals("//") ? q : a.subtract(q.multiply(b));
      }
      case "/" -> {
        if (b.signum() == 0) {
          return null;
        }
        double q = io.lifeline.interpreter.object.PyInt.trueDivide(a, b);
        return Double.isInfinite(q) ? null : (Object) q;
      }
      case "**" -> {
        if (b.signum() < 0) {
          return a.signum() == 0 ? null : (Object) Math.pow(a.doubleValue(), b.doubleValue());
        }
        if (a.signum() != 0 && b.signum() > 0
            && (long) a.bitLength() > MAX_INT_BITS / Math.max(1, b.min(BigInteger.valueOf(MAX_INT_BITS + 1)).longValue())) {
          return null;
        }
        r = a.pow(b.intValue());
      }
      case "<<" -> {
        if (b.signum() < 0 || b.compareTo(BigInteger.valueOf(MAX_INT_BITS)) > 0
            || (long) a.bitLength() + b.longValue() > MAX_INT_BITS) {
          return a.signum() == 0 && b.signum() >= 0 ? (Object) 0L : null;
        }
        r = a.shiftLeft(b.intValue());
      }
      case ">>" -> {
        if (b.signum() < 0) {
          return null;
        }
        r = b.bitLength() > 31 ? (a.signum() < 0 ? BigInteger.ONE.negate() : BigInteger.ZERO) : a.shiftRight(b.intValue());
      }
      case "&" -> r = a.and(b);
      case "|" -> r = a.or(b);
      case "^" -> r = a.xor(b);
      default -> {
        return null;
      }
    }
    return r.bitLength() < 64 ? (Object) r.longValue() : r;
  }

  private static boolean isInt(Object o) {
    return o instanceof Long || o instanceof BigInteger || o instanceof Boolean;
  }

  private static boolean isNumber(Object o) {
    return isInt(o) || o instanceof Double;
  }

  private static BigInteger big(Object o) {
    if (o instanceof Boolean b) {
      return b ? BigInteger.ONE : BigInteger.ZERO;
    }
    return o instanceof BigInteger b ? b : BigInteger.valueOf((Long) o);
  }

  private static double dbl(Object o) {
    return o instanceof Double d ? d : big(o).doubleValue();
  }
}
