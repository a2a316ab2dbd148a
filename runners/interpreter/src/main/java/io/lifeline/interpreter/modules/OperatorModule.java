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
      String name = op.name().toLowerCase(Locale.ROOT);
      function(in, m, name, (i, a, k) -> {
        Args.count(i, name, a, k, 2, 2);
        return i.ops.compare(op, a[0], a[1]);
      });
    }
    unary(in, m);
    items(in, m);
  }

  private static void binary(Interp in, PyModule m, String name, BinaryOp op) {
    function(in, m, name, (i, a, k) -> {
      Args.count(i, name, a, k, 2, 2);
      return i.ops.binaryOp(op, a[0], a[1]);
    });
  }

  private static void unary(Interp in, PyModule m) {
    function(in, m, "is_", (i, a, k) -> {
      Args.count(i, "is_", a, k, 2, 2);
      return i.types.bool(a[0] == a[1]);
    });
    function(in, m, "is_not", (i, a, k) -> {
      Args.count(i, "is_not", a, k, 2, 2);
      return i.types.bool(a[0] != a[1]);
    });
    function(in, m, "not_", (i, a, k) -> {
      Args.count(i, "not_", a, k, 1, 1);
      return i.types.bool(!i.ops.truthy(a[0]));
    });
    function(in, m, "truth", (i, a, k) -> {
      Args.count(i, "truth", a, k, 1, 1);
      return i.types.bool(i.ops.truthy(a[0]));
    });
    function(in, m, "neg", (i, a, k) -> {
      Args.count(i, "neg", a, k, 1, 1);
      return i.ops.negate(a[0]);
    });
    function(in, m, "pos", (i, a, k) -> {
      Args.count(i, "pos", a, k, 1, 1);
      return i.ops.positive(a[0]);
    });
    function(in, m, "invert", (i, a, k) -> {
      Args.count(i, "invert", a, k, 1, 1);
      return i.ops.invert(a[0]);
    });
    function(in, m, "inv", (i, a, k) -> {
      Args.count(i, "inv", a, k, 1, 1);
      return i.ops.invert(a[0]);
    });
    function(in, m, "index", (i, a, k) -> {
      Args.count(i, "index", a, k, 1, 1);
      return i.newInt(io.lifeline.interpreter.vm.Indices.requireIndex(i, a[0]));
    });
    function(in, m, "abs", (i, a, k) -> {
      Args.count(i, "abs", a, k, 1, 1);
      return i.ops.call(i.builtins.getStr("abs"), new PyObject[] {a[0]}, null);
    });
  }

  private static void items(Interp in, PyModule m) {
    function(in, m, "getitem", (i, a, k) -> {
      Args.count(i, "getitem", a, k, 2, 2);
      return i.ops.getitem(a[0], a[1]);
    });
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
    function(in, m, "contains", (i, a, k) -> {
      Args.count(i, "contains", a, k, 2, 2);
      return i.types.bool(i.ops.contains(a[0], a[1]));
    });
    function(in, m, "countOf", (i, a, k) -> {
      Args.count(i, "countOf", a, k, 2, 2);
      long n = 0;
      for (PyObject x : i.ops.toList(a[0])) {
        n += x == a[1] || i.ops.equal(x, a[1]) ? 1 : 0;
        i.heap.decref(x);
      }
      return i.newInt(n);
    });
    function(in, m, "length_hint", (i, a, k) -> {
      Args.count(i, "length_hint", a, k, 1, 2);
      return i.newInt(i.ops.len(a[0]));
    });
    OperatorGetters.install(in, m);
  }
}
