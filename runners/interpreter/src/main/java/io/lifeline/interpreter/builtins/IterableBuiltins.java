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

/** The builtins that consume an iterable: sorted, sum, min, max, any, all. */
public final class IterableBuiltins {
  private IterableBuiltins() {}

  static void install(Interp in) {
    Heap heap = in.heap;
    fn(in, "sorted", (i, a, k) -> {
      if (Args.positional(a, k) != 1) {
        throw i.error("TypeError", "sorted expected 1 argument, got " + Args.positional(a, k));
      }
      ArrayList<PyObject> items = i.ops.toList(a[0]);
      PyList l = i.newList(items);
      try {
        PyObject rev = Args.keyword(a, k, "reverse");
        ListType.sort(i, l, Args.keyword(a, k, "key"), rev != null && i.ops.truthy(rev));
      } catch (PyException e) {
        heap.decref(l);
        throw e;
      }
      return l;
    });
    fn(in, "sum", (i, a, k) -> {
      Args.count(i, "sum", a, k, 1, 2);
      PyObject start = a.length == 2 ? heap.incref(a[1]) : i.newInt(0);
      boolean compensated =
          !i.policies.isPypy() && i.policies.wording().atLeast(io.lifeline.interpreter.vm.Policies.Wording.CPYTHON_312);
      return fold(i, a[0], start, io.lifeline.interpreter.bytecode.BinaryOp.ADD, compensated);
    });
    fn(in, "min", (i, a, k) -> extreme(i, a, k, io.lifeline.interpreter.bytecode.CompareOp.LT, "min"));
    fn(in, "max", (i, a, k) -> extreme(i, a, k, io.lifeline.interpreter.bytecode.CompareOp.GT, "max"));
    fn(in, "any", (i, a, k) -> anyAll(i, a, k, true));
    fn(in, "all", (i, a, k) -> anyAll(i, a, k, false));
  }

  /**
   * {@code acc op x} for each item of {@code iterable} in turn (builtin_sum_impl's and math_prod_impl's generic
   * loop): steals {@code acc}, releases each item and each partial result once the next one exists.
   */
  public static PyObject fold(Interp i, PyObject iterable, PyObject acc, io.lifeline.interpreter.bytecode.BinaryOp op) {
    return fold(i, iterable, acc, op, false);
  }

  /** {@link #fold}; {@code floatSum}: 3.12+'s sum(), whose exact-float totals run {@link FloatSum}'s way. */
  static PyObject fold(Interp i, PyObject iterable, PyObject acc, io.lifeline.interpreter.bytecode.BinaryOp op,
      boolean floatSum) {
    PyObject it = i.ops.iterOrRelease(iterable, acc);
    try {
      PyObject x;
      while ((x = i.ops.next(it)) != null) {
        if (floatSum && acc.type == i.types.floatType) {
          FloatSum run = new FloatSum(((io.lifeline.interpreter.object.PyFloat) acc).value);
          x = run.addWhileNumbers(i, it, x);
          PyObject prev = acc;
          acc = null;
          i.heap.decref(prev);
          acc = i.newFloat(run.total());
          if (x == null) {
            break;
          }
        }
        PyObject prev = acc;
        acc = null;
        try {
          acc = i.ops.binaryOp(op, prev, x);
        } finally {
          i.heap.decref(x);
          i.heap.decref(prev);
        }
      }
    } catch (RuntimeException e) {
      if (acc != null) {
        i.heap.decref(acc);
      }
      throw e;
    } finally {
      i.heap.decref(it);
    }
    return acc;
  }
}
