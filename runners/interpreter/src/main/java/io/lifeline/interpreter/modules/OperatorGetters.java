package io.lifeline.interpreter.modules;

import io.lifeline.interpreter.builtins.Args;
import io.lifeline.interpreter.object.PyModule;
import io.lifeline.interpreter.object.PyNativeIterator;
import io.lifeline.interpreter.object.PyObject;
import io.lifeline.interpreter.object.PyStr;
import io.lifeline.interpreter.object.PyTuple;
import io.lifeline.interpreter.object.PyType;
import io.lifeline.interpreter.vm.Interp;

/**
 * operator's callable objects (Modules/_operator.c): itemgetter holds its item (or item tuple), attrgetter its names,
 * methodcaller its name, argument tuple and keyword dict, released in that order when it dies. Each is a native
 * object over owned references (a {@link PyNativeIterator} without a step, used only for its ordered references).
 */
final class OperatorGetters {
  private OperatorGetters() {}

  static void install(Interp in, PyModule m) {
    PyType itemgetter = callableType(in, m, "itemgetter");
    NativeModule.constructor(in, itemgetter, (i, a, k) -> {
      Args.count(i, "itemgetter", a, k, 1, Integer.MAX_VALUE);
      return several(holder(i, itemgetter, a.length == 1 ? i.heap.incref(a[0]) : tupleOf(i, a, 0)), a.length);
    });
    itemgetter.slots.call = (i, self, a, k) -> {
      Args.count(i, "itemgetter", a, k, 1, 1);
      PyObject item = ((PyNativeIterator) self).refs[0];
      return each(i, self, item, x -> i.ops.getitem(a[0], x));
    };
    PyType attrgetter = callableType(in, m, "attrgetter");
    NativeModule.constructor(in, attrgetter, (i, a, k) -> {
      Args.count(i, "attrgetter", a, k, 1, Integer.MAX_VALUE);
      for (PyObject name : a) {
        if (!(name instanceof PyStr)) {
          throw i.error("TypeError", "attribute name must be a string");
        }
      }
      return several(holder(i, attrgetter, a.length == 1 ? i.heap.incref(a[0]) : tupleOf(i, a, 0)), a.length);
    });
    attrgetter.slots.call = (i, self, a, k) -> {
      Args.count(i, "attrgetter", a, k, 1, 1);
      return each(i, self, ((PyNativeIterator) self).refs[0], name -> dotted(i, a[0], ((PyStr) name).value));
    };
    PyType methodcaller = callableType(in, m, "methodcaller");
    NativeModule.constructor(in, methodcaller, (i, a, k) -> {
      int npos = Args.positional(a, k);
      if (npos < 1 || !(a[0] instanceof PyStr)) {
        throw i.error("TypeError", "method name must be a string");
      }
      PyObject kwnames = k == null ? i.newTuple() : i.heap.incref(k);
      return holder(i, methodcaller, i.heap.incref(a[0]), tupleOf(i, a, 1), kwnames);
    });
    methodcaller.slots.call = (i, self, a, k) -> {
      Args.count(i, "methodcaller", a, k, 1, 1);
      PyObject[] refs = ((PyNativeIterator) self).refs;
      PyObject method = i.ops.getattr(a[0], ((PyStr) refs[0]).value);
      try {
        PyTuple kwnames = (PyTuple) refs[2];
        return i.ops.call(method, ((PyTuple) refs[1]).items.clone(), kwnames.size() == 0 ? null : kwnames);
      } finally {
        i.heap.decref(method);
      }
    };
  }

  private static PyType callableType(Interp in, PyModule m, String name) {
    PyType t = NativeModule.newType(in, name);
    t.slots.callable = (i, o) -> true;
    t.slots.repr = (i, o) -> "operator." + name + "(" + reprArgs(i, (PyNativeIterator) o) + ")";
    NativeModule.put(in, m, name, t);
    return t;
  }

  private static PyNativeIterator holder(Interp in, PyType t, PyObject... refs) {
    return in.heap.register(new PyNativeIterator(t, refs, null));
  }

  /**
   * The constructor's arguments as itemgetter_repr/attrgetter_repr/methodcaller_repr show them: the item(s) or
   * name(s), or the method name, its arguments and its keywords as name=value.
   */
  private static String reprArgs(Interp in, PyNativeIterator o) {
    java.util.List<String> parts = new java.util.ArrayList<>();
    if (o.refs.length == 1) {
      PyObject spec = o.refs[0];
      for (PyObject x : o.counter == 0 ? new PyObject[] {spec} : ((PyTuple) spec).items) {
        parts.add(in.ops.reprOf(x));
      }
      return String.join(", ", parts);
    }
    PyObject[] args = ((PyTuple) o.refs[1]).items;
    PyObject[] names = ((PyTuple) o.refs[2]).items;
    int npos = args.length - names.length;
    parts.add(in.ops.reprOf(o.refs[0]));
    for (int x = 0; x < args.length; x++) {
      parts.add((x < npos ? "" : ((PyStr) names[x - npos]).value + "=") + in.ops.reprOf(args[x]));
    }
    return String.join(", ", parts);
  }

  /** Marks a getter made with several items or names (counter 1): it returns a tuple. */
  private static PyObject several(PyNativeIterator getter, int count) {
    getter.counter = count > 1 ? 1 : 0;
    return getter;
  }

  /** A new tuple of {@code a[from:]} (methodcaller's positional arguments then keyword values, as the call takes). */
  private static PyTuple tupleOf(Interp in, PyObject[] a, int from) {
    PyObject[] items = new PyObject[a.length - from];
    for (int x = 0; x < items.length; x++) {
      items[x] = in.heap.incref(a[from + x]);
    }
    return in.newTuple(items);
  }

  /** {@code f(spec)} for one item or name, or a tuple of {@code f} over a tuple of them. */
  private static PyObject each(Interp in, PyObject self, PyObject spec, java.util.function.Function<PyObject, PyObject> f) {
    if (((PyNativeIterator) self).counter == 0) {
      return f.apply(spec);
    }
    PyTuple t = (PyTuple) spec;
    PyObject[] out = new PyObject[t.size()];
    try {
      for (int x = 0; x < out.length; x++) {
        out[x] = f.apply(t.items[x]);
      }
    } catch (RuntimeException e) {
      for (PyObject o : out) {
        in.heap.xdecref(o);
      }
      throw e;
    }
    return in.newTuple(out);
  }

  /** attrgetter's dotted lookup: each name in turn, dropping the intermediate objects. */
  private static PyObject dotted(Interp in, PyObject o, String path) {
    PyObject cur = in.heap.incref(o);
    for (String part : path.split("\\.")) {
      try {
        PyObject next = in.ops.getattr(cur, part);
        in.heap.decref(cur);
        cur = next;
      } catch (RuntimeException e) {
        in.heap.decref(cur);
        throw e;
      }
    }
    return cur;
  }
}
