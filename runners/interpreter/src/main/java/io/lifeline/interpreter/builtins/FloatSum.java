package io.lifeline.interpreter.builtins;

import io.lifeline.interpreter.object.PyFloat;
import io.lifeline.interpreter.object.PyInt;
import io.lifeline.interpreter.object.PyObject;
import io.lifeline.interpreter.vm.Interp;

/**
 * CPython 3.12+'s {@code sum()} float path (builtin_sum_impl, gh-100425): while the running total is an exact
 * float, exact float items are added with Neumaier's compensation and int items that fit a C long plainly, each
 * item released at once; the compensation joins the total when the path ends (if non-zero and finite), at the
 * end or at an item of another type, after which the generic addition goes on ({@link IterableBuiltins#fold}).
 * 3.10, 3.11 and PyPy add left to right.
 */
final class FloatSum {
  private double sum;
  private double compensation;

  FloatSum(double start) {
    this.sum = start;
  }

  /**
   * Adds {@code x} and the iterator's next items while they are floats or small ints, releasing each; returns the
   * first item of another type (owned by the caller), or null at the end.
   */
  PyObject addWhileNumbers(Interp i, PyObject it, PyObject x) {
    while (x != null) {
      if (x.type == i.types.floatType) {
        double v = ((PyFloat) x).value;
        double t = sum + v;
        compensation += Math.abs(sum) >= Math.abs(v) ? (sum - t) + v : (v - t) + sum;
        sum = t;
      } else if (x instanceof PyInt n && n.big == null) {
        sum += (double) n.small;
      } else {
        return x;
      }
      i.heap.decref(x);
      x = i.ops.next(it);
    }
    return null;
  }

  /** The total with the compensation, unless that is zero or not finite (an infinite sum stays infinite). */
  double total() {
    return compensation != 0.0 && Double.isFinite(compensation) ? sum + compensation : sum;
  }
}
