package io.lifeline.interpreter.builtins;

import static io.lifeline.interpreter.builtins.Builtins.*;

import io.lifeline.interpreter.memory.Heap;
import io.lifeline.interpreter.object.NativeFn;
import io.lifeline.interpreter.object.PyDict;
import io.lifeline.interpreter.object.PyFloat;
import io.lifeline.interpreter.object.PyFunction;
import io.lifeline.interpreter.object.PyInstance;
import io.lifeline.interpreter.object.PyInt;
import io.lifeline.interpreter.object.PyList;
import io.lifeline.interpreter.object.PyNativeFunction;
import io.lifeline.interpreter.object.PyNone;
import io.lifeline.interpreter.object.PyObject;
import io.lifeline.interpreter.object.PyRange;
import io.lifeline.interpreter.object.PyStr;
import io.lifeline.interpreter.object.PyTuple;
import io.lifeline.interpreter.object.PyType;
import io.lifeline.interpreter.vm.Interp;
import io.lifeline.interpreter.vm.PyException;
import io.lifeline.scenario.EventLimits;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/** The builtins of numbers and characters: format, abs, divmod, round, chr, ord, hex, bin, hash. */
final class NumberBuiltins {
  private NumberBuiltins() {}

  static void install(Interp in) {
    Heap heap = in.heap;
    fn(in, "format", (i, a, k) -> {
      Args.count(i, "format", a, k, 1, 2);
      return i.ops.format(a[0], a.length > 1 ? ((PyStr) a[1]).value : "");
    });
    fn(in, "abs", (i, a, k) -> {
      Args.count(i, "abs", a, k, 1, 1);
      PyObject v = a[0].type.lookup("__abs__") == null ? BuiltinSubclasses.storage(a[0]) : a[0];
      if (v instanceof PyInt n) {
        return i.newInt(n.toBig().abs());
      }
      if (v instanceof PyFloat f) {
        return i.newFloat(Math.abs(f.value));
      }
      PyObject r = a[0] instanceof PyInstance ? i.ops.callSpecial(a[0], "__abs__") : null;
      if (r == null) {
        throw i.error("TypeError", "bad operand type for abs(): '" + a[0].type.name + "'");
      }
      return r;
    });
    fn(in, "divmod", (i, a, k) -> {
      Args.count(i, "divmod", a, k, 2, 2);
      divmodByZero(i, a[0], a[1]);
      PyObject q = i.ops.binaryOp(io.lifeline.interpreter.bytecode.BinaryOp.FLOORDIV, a[0], a[1]);
      PyObject r;
      try {
        r = i.ops.binaryOp(io.lifeline.interpreter.bytecode.BinaryOp.MOD, a[0], a[1]);
      } catch (PyException e) {
        heap.decref(q);
        throw e;
      }
      return i.newTuple(q, r);
    });
    fn(in, "round", (i, a, k) -> {
      Args.count(i, "round", a, k, 1, 2);
      if (!(a[0] instanceof PyInt) && !(a[0] instanceof PyFloat)) {
        // builtin_round: type(x).__round__(x), with ndigits only when it is given and not None
        PyObject r = a.length == 2 && a[1] != i.none() ? i.ops.callSpecial(a[0], "__round__", a[1])
            : i.ops.callSpecial(a[0], "__round__");
        if (r != null) {
          return r;
        }
      }
      PyObject v = BuiltinSubclasses.storage(a[0]);
      if (a.length == 2 && a[1] != i.none()) {
        return roundTo(i, v, (int) ((PyInt) a[1]).small);
      }
      if (v instanceof PyInt) {
        return v == a[0] ? heap.incref(v) : i.newInt(((PyInt) v).toBig());
      }
      if (v instanceof PyFloat f) {
        return i.newInt(new java.math.BigDecimal(Math.rint(f.value)).toBigInteger());
      }
      throw i.error("TypeError", "type " + a[0].type.name + " doesn't define __round__ method");
    });
    fn(in, "chr", (i, a, k) -> {
      Args.count(i, "chr", a, k, 1, 1);
      return i.newStr(new String(Character.toChars((int) ((PyInt) a[0]).small)));
    });
    fn(in, "ord", (i, a, k) -> {
      Args.count(i, "ord", a, k, 1, 1);
      String str = ((PyStr) a[0]).value;
      if (str.codePointCount(0, str.length()) != 1) {
        throw i.error("TypeError", "ord() expected a character, but string of length " + str.length() + " found");
      }
      return i.newInt(str.codePointAt(0));
    });
    radix(in, "hex", "0x", 16);
    radix(in, "bin", "0b", 2);
    defineOctPow(in);
    fn(in, "hash", (i, a, k) -> {
      Args.count(i, "hash", a, k, 1, 1);
      i.ops.checkHashable(a[0]);
      return i.newInt(io.lifeline.interpreter.object.PySet.hash(a[0]));
    });
  }

  /** float_divmod's and PyPy's own messages for a zero divisor (int_divmod's is the floor division's on CPython). */
  private static void divmodByZero(Interp in, PyObject x, PyObject y) {
    boolean zero = y instanceof PyInt n ? n.isSmall() && n.small == 0 : y instanceof PyFloat f && f.value == 0;
    if (!zero || !(x instanceof PyInt || x instanceof PyFloat)) {
      return;
    }
    boolean floats = x instanceof PyFloat || y instanceof PyFloat;
    if (in.policies.isPypy()) {
      throw in.error("ZeroDivisionError", floats ? "float modulo" : "integer divmod by zero");
    }
    if (floats) {
      throw in.error("ZeroDivisionError", "float divmod()");
    }
  }

  /** hex, bin and oct: the int in base {@code radix} after {@code prefix}, the sign before the prefix. */
  private static void radix(Interp in, String name, String prefix, int radix) {
    fn(in, name, (i, a, k) -> {
      Args.count(i, name, a, k, 1, 1);
      java.math.BigInteger v = io.lifeline.interpreter.vm.Indices.requireIndex(i, a[0]);
      return i.newStr((v.signum() < 0 ? "-" : "") + prefix + v.abs().toString(radix));
    });
  }

  private static void defineOctPow(Interp in) {
    radix(in, "oct", "0o", 8);
    fn(in, "pow", (i, a, k) -> {
      Args.count(i, "pow", a, k, 2, 3);
      if (a.length == 2 || a[2] == i.none()) {
        return i.ops.binaryOp(io.lifeline.interpreter.bytecode.BinaryOp.POW, a[0], a[1]);
      }
      return NumberMethods.modPow(i, a[0], a[1], a[2]);
    });
  }
}
