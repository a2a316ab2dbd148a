package io.lifeline.interpreter.modules;

import static io.lifeline.interpreter.modules.NativeModule.function;

import io.lifeline.interpreter.builtins.Args;
import io.lifeline.interpreter.bytecode.BinaryOp;
import io.lifeline.interpreter.bytecode.CompareOp;
import io.lifeline.interpreter.object.PyInt;
import io.lifeline.interpreter.object.PyModule;
import io.lifeline.interpreter.object.PyObject;
import io.lifeline.interpreter.vm.Interp;
import java.util.Locale;
import java.util.function.BiFunction;

/**
 * {@code operator} (Modules/_operator.c): the operators as functions, each the abstract-object call its operator
 * compiles to, with the operands borrowed from the call (so held by the caller until it returns); the getters
 * are {@link OperatorGetters}.
 */
public final class OperatorModule implements NativeModule {
  @Override
  public void exec(Interp in, PyModule m) {
    for (BinaryOp op : BinaryOp.values()) {
      String name = op.dunder.substring(2, op.dunder.length() - 2);
      if (!name.equals("and") && !name.equals("or")) {
        binary(in, m, name, op);
      }
      binary(in, m, "__" + name + "__", op);
    }
    binary(in, m, "and_", BinaryOp.AND);
    binary(in, m, "or_", BinaryOp.OR);
    binary(in, m, "concat", BinaryOp.ADD);
    binary(in, m, "iconcat", BinaryOp.IADD);
    for (CompareOp op : CompareOp.values()) {
      two(in, m, op.name().toLowerCase(Locale.ROOT), (i, x, y) -> i.ops.compare(op, x, y));
    }
    unary(in, m);
    items(in, m);
  }

  /** The body of an operator function of two arguments, both borrowed from the call. */
  @FunctionalInterface
  private interface Two {
    PyObject apply(Interp in, PyObject x, PyObject y);
  }

  /** Defines {@code name} taking exactly one argument (borrowed from the call). */
  private static void one(Interp in, PyModule m, String name, BiFunction<Interp, PyObject, PyObject> body) {
    function(in, m, name, (i, a, k) -> {
      Args.count(i, name, a, k, 1, 1);
      return body.apply(i, a[0]);
    });
  }

  /** Defines {@code name} taking exactly two arguments (borrowed from the call). */
  private static void two(Interp in, PyModule m, String name, Two body) {
    function(in, m, name, (i, a, k) -> {
      Args.count(i, name, a, k, 2, 2);
      return body.apply(i, a[0], a[1]);
    });
  }

  private static void binary(Interp in, PyModule m, String name, BinaryOp op) {
    two(in, m, name, (i, x, y) -> i.ops.binaryOp(op, x, y));
  }

  private static void unary(Interp in, PyModule m) {
    two(in, m, "is_", (i, x, y) -> i.types.bool(x == y));
    two(in, m, "is_not", (i, x, y) -> i.types.bool(x != y));
    one(in, m, "not_", (i, x) -> i.types.bool(!i.ops.truthy(x)));
    one(in, m, "truth", (i, x) -> i.types.bool(i.ops.truthy(x)));
    one(in, m, "neg", (i, x) -> i.ops.negate(x));
    one(in, m, "pos", (i, x) -> i.ops.positive(x));
    one(in, m, "invert", (i, x) -> i.ops.invert(x));
    one(in, m, "inv", (i, x) -> i.ops.invert(x));
    one(in, m, "index", (i, x) -> {
      return i.newInt(io.lifeline.interpreter.vm.Indices.requireIndex(i, x));
    });
    one(in, m, "abs", (i, x) -> i.ops.call(i.builtins.getStr("abs"), new PyObject[] {x}, null));
  }

  private static void items(Interp in, PyModule m) {
    two(in, m, "getitem", (i, x, y) -> i.ops.getitem(x, y));
    function(in, m, "setitem", (i, a, k) -> {
      Args.count(i, "setitem", a, k, 3, 3);
      i.ops.setitem(a[0], a[1], a[2]);
      return i.none();
    });
    function(in, m, "delitem", (i, a, k) -> {
      Args.count(i, "delitem", a, k, 2, 2);
      i.ops.delitem(a[0], a[1]);
      return i.none();
    });
    two(in, m, "contains", (i, x, y) -> i.types.bool(i.ops.contains(x, y)));
    function(in, m, "countOf", (i, a, k) -> {
      Args.count(i, "countOf", a, k, 2, 2);
      long n = 0;
      for (PyObject x : i.ops.toList(a[0])) {
        n += x == a[1] || i.ops.equal(x, a[1]) ? 1 : 0;
        i.heap.decref(x);
      }
      return i.newInt(n);
    });
    function(in, m, "indexOf", (i, a, k) -> {
      // PySequence_Index: the first position by iteration whose item is or equals b
      Args.count(i, "indexOf", a, k, 2, 2);
      PyObject it = i.ops.iter(a[0]);
      try {
        long n = 0;
        for (PyObject x; (x = i.ops.next(it)) != null; n++) {
          try {
            if (x == a[1] || i.ops.equal(x, a[1])) {
              return i.newInt(n);
            }
          } finally {
            i.heap.decref(x);
          }
        }
      } finally {
        i.heap.decref(it);
      }
      throw i.error("ValueError", i.policies.isPypy() ? "sequence.index(x): x not in sequence"
          : "sequence.index(x): x not in sequence");
    });
    function(in, m, "length_hint", (i, a, k) -> {
      Args.count(i, "length_hint", a, k, 1, 2);
      return i.newInt(i.ops.len(a[0]));
    });
    OperatorGetters.install(in, m);
  }
}
