package io.lifeline.interpreter.builtins;

import static io.lifeline.interpreter.builtins.Methods.method;

import io.lifeline.interpreter.bytecode.BinaryOp;
import io.lifeline.interpreter.memory.Heap;
import io.lifeline.interpreter.object.PyObject;
import io.lifeline.interpreter.object.PySet;
import io.lifeline.interpreter.object.PyType;
import io.lifeline.interpreter.vm.Interp;

/**
 * The set methods beyond adding and removing one key (Objects/setobject.c): the in-place updates with several
 * arguments, the symmetric difference, the subset tests, and the comparisons (set_richcompare: subset order).
 * An argument that is not a set is first made into a temporary set, as setobject.c does, and released after.
 */
final class SetMethods {
  private SetMethods() {}

  static void install(Interp in) {
    PyType set = in.types.set;
    method(in, set, "intersection_update", (i, a, k) -> updateEach(i, a, BinaryOp.IAND));
    method(in, set, "difference_update", (i, a, k) -> updateEach(i, a, BinaryOp.ISUB));
    method(in, set, "symmetric_difference_update", (i, a, k) -> updateEach(i, a, BinaryOp.IXOR));
    method(in, set, "symmetric_difference", (i, a, k) -> {
      Args.count(i, "symmetric_difference", a, k, 2, 2);
      return withSet(i, a[1], other -> i.ops.binaryOp(BinaryOp.XOR, a[0], other));
    });
    method(in, set, "isdisjoint", (i, a, k) -> {
      Args.count(i, "isdisjoint", a, k, 2, 2);
      return withSet(i, a[1], other -> i.types.bool(((PySet) a[0]).keysSnapshot().stream()
          .noneMatch(((PySet) other)::contains)));
    });
    method(in, set, "issuperset", (i, a, k) -> {
      Args.count(i, "issuperset", a, k, 2, 2);
      return withSet(i, a[1], other -> i.types.bool(subset((PySet) other, (PySet) a[0])));
    });
    Heap heap = in.heap;
    for (String shared : new String[] {"symmetric_difference", "isdisjoint", "issuperset"}) {
      in.types.frozensetType.dict.put(heap, in.key(shared), heap.incref(set.dict.getStr(shared)));
    }
  }

  /** The comparisons of two sets or frozensets (by inclusion); null (NotImplemented) against anything else. */
  static PyObject compare(Interp in, PySet self, PyObject other, String dunder) {
    if (!(other instanceof PySet o)) {
      return null;
    }
    boolean r = switch (dunder) {
      case "__eq__" -> self.size() == o.size() && subset(self, o);
      case "__ne__" -> !(self.size() == o.size() && subset(self, o));
      case "__le__" -> subset(self, o);
      case "__lt__" -> self.size() < o.size() && subset(self, o);
      case "__ge__" -> subset(o, self);
      case "__gt__" -> self.size() > o.size() && subset(o, self);
      default -> throw new IllegalArgumentException(dunder);
    };
    return in.types.bool(r);
  }

  /** set_issubset: an other that is not a set is made a temporary set first (a generator is consumed once). */
  static PyObject issubset(Interp in, PyObject[] a, io.lifeline.interpreter.object.PyTuple k) {
    Args.count(in, "issubset", a, k, 2, 2);
    return withSet(in, a[1], other -> in.types.bool(subset((PySet) a[0], (PySet) other)));
  }

  /**
   * set_intersection_multi: each other in turn against the result so far. Against a set the smaller of the two is
   * walked and its keys kept; against any other iterable its items are walked in order and those the result has are
   * added (the iterable's objects, not the set's).
   */
  static PyObject intersection(Interp in, PyObject[] a) {
    Heap heap = in.heap;
    PySet result = heap.register(new PySet(a[0].type));
    in.ops.updateSet(result, a[0]);
    for (int x = 1; x < a.length; x++) {
      PySet next = heap.register(new PySet(a[0].type));
      try {
        if (a[x] instanceof PySet other) {
          PySet small = other.size() > result.size() ? result : other;
          PySet big = small == result ? other : result;
          for (PyObject key : small.keysSnapshot()) {
            if (big.contains(key)) {
              next.add(heap, key);
            }
          }
        } else {
          intersectIterable(in, result, a[x], next);
        }
      } catch (RuntimeException e) {
        heap.decref(next);
        heap.decref(result);
        throw e;
      }
      heap.decref(result);
      result = next;
    }
    return result;
  }

  private static void intersectIterable(Interp in, PySet so, PyObject iterable, PySet into) {
    PyObject it = in.ops.iter(iterable);
    try {
      PyObject key;
      while ((key = in.ops.next(it)) != null) {
        try {
          in.ops.checkHashable(key);
          if (so.contains(key)) {
            into.add(in.heap, key);
          }
        } finally {
          in.heap.decref(key);
        }
      }
    } finally {
      in.heap.decref(it);
    }
  }

  private static boolean subset(PySet small, PySet big) {
    return small.size() <= big.size() && small.keysSnapshot().stream().allMatch(big::contains);
  }

  /** set.X_update(*others): each argument applied in turn as the in-place operator. */
  private static PyObject updateEach(Interp in, PyObject[] a, BinaryOp op) {
    for (int x = 1; x < a.length; x++) {
      PyObject r = withSet(in, a[x], other -> in.ops.binaryOp(op, a[0], other));
      in.heap.decref(r);
    }
    return in.none();
  }

  /** f applied to o if it is a set, else to a temporary set of its items (released after). */
  static PyObject withSet(Interp in, PyObject o, java.util.function.Function<PyObject, PyObject> f) {
    if (o instanceof PySet) {
      return f.apply(o);
    }
    PySet tmp = in.heap.register(new PySet(in.types.set));
    try {
      in.ops.updateSet(tmp, o);
      return f.apply(tmp);
    } finally {
      in.heap.decref(tmp);
    }
  }
}
