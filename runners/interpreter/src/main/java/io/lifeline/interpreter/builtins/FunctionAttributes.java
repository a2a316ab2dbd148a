package io.lifeline.interpreter.builtins;

import io.lifeline.interpreter.object.PyDict;
import io.lifeline.interpreter.object.PyFunction;
import io.lifeline.interpreter.object.PyObject;
import io.lifeline.interpreter.object.PyStr;
import io.lifeline.interpreter.vm.Interp;

/**
 * A function's writable attributes (Objects/funcobject.c's getsets and its {@code __dict__}): {@code __name__} and
 * {@code __qualname__} (str only), {@code __module__} (the globals' {@code __name__} until stored), {@code __doc__}
 * (the docstring constant MAKE_FUNCTION gave it, else None, until stored), {@code __annotations__} (MAKE_FUNCTION's tuple of
 * pairs or an empty dict, made a dict when first asked for), and any other name in the function's own
 * {@code __dict__}, made on first use, which the function owns until it dies (func_clear's order, PyFunction).
 */
final class FunctionAttributes {
  private FunctionAttributes() {}

  /** The attribute {@code name} of {@code fn} past {@code __name__}/{@code __qualname__}; new reference or null. */
  static PyObject get(Interp in, PyFunction fn, String name) {
    switch (name) {
      case "__dict__":
        return in.heap.incref(dict(in, fn));
      case "__annotations__":
        return in.heap.incref(annotations(in, fn));
      case "__doc__":
        return in.heap.incref(fn.doc != null ? fn.doc : in.none());
      case "__defaults__":
        return in.heap.incref(fn.defaults != null ? fn.defaults : in.none());
      case "__kwdefaults__":
        return in.heap.incref(fn.kwdefaults != null ? fn.kwdefaults : in.none());
      case "__closure__":
        return in.heap.incref(fn.closure != null ? fn.closure : in.none());
      case "__code__":
        return in.heap.incref(fn.code);
      case "__globals__":
        return fn.globals == null ? null : in.heap.incref(fn.globals);
      case "__module__":
        if (fn.module != null) {
          return in.heap.incref(fn.module);
        }
        PyObject m = fn.globals == null ? null : fn.globals.getStr("__name__");
        return in.heap.incref(m != null ? m : in.none());
      default:
        break;
    }
    if (fn.dict != null) {
      PyObject v = fn.dict.getStr(name);
      if (v != null) {
        return in.heap.incref(v);
      }
    }
    return in.ops.genericGetattr(fn, name);
  }

  /** func's setattro: the getsets, else a store into its {@code __dict__}. */
  static void set(Interp in, PyObject o, String name, PyObject v) {
    PyFunction fn = (PyFunction) o;
    switch (name) {
      case "__name__", "__qualname__" -> {
        if (!(v instanceof PyStr s)) {
          throw in.error("TypeError", name + " must be set to a string object");
        }
        if (name.equals("__name__")) {
          fn.name = s.value;
        } else {
          fn.qualname = s.value;
        }
      }
      case "__module__" -> {
        PyObject old = fn.module;
        fn.module = in.heap.incref(v);
        in.heap.xdecref(old);
      }
      case "__annotations__" -> {
        if (!(v instanceof PyDict) && v != in.none()) {
          throw in.error("TypeError", "__annotations__ must be set to a dict object");
        }
        PyObject old = fn.annotations;
        fn.annotations = v == in.none() ? null : in.heap.incref(v);
        in.heap.xdecref(old);
      }
      case "__defaults__" -> {
        if (v != in.none() && !(v instanceof io.lifeline.interpreter.object.PyTuple)) {
          throw in.error("TypeError", "__defaults__ must be set to a tuple object");
        }
        PyObject old = fn.defaults;
        fn.defaults = v == in.none() ? null : (io.lifeline.interpreter.object.PyTuple) in.heap.incref(v);
        in.heap.xdecref(old);
      }
      case "__kwdefaults__" -> {
        if (v != in.none() && !(v instanceof PyDict)) {
          throw in.error("TypeError", "__kwdefaults__ must be set to a dict object");
        }
        PyObject old = fn.kwdefaults;
        fn.kwdefaults = v == in.none() ? null : (PyDict) in.heap.incref(v);
        in.heap.xdecref(old);
      }
      case "__doc__" -> {
        PyObject old = fn.doc;
        fn.doc = in.heap.incref(v);
        in.heap.xdecref(old);
      }
      case "__dict__" -> {
        if (!(v instanceof PyDict d) || v.type != in.types.dict) {
          throw in.error("TypeError", "__dict__ must be set to a dictionary, not a '" + v.type.name + "'");
        }
        PyDict old = fn.dict;
        fn.dict = in.heap.incref(d);
        in.heap.xdecref(old);
      }
      default -> dict(in, fn).put(in.heap, in.key(name), in.heap.incref(v));
    }
  }

  /**
   * func_get_annotations: an empty dict made when first asked for, or the (name, value) pairs MAKE_FUNCTION
   * stored as a tuple, made a dict in their order which then replaces the tuple.
   */
  private static PyObject annotations(Interp in, PyFunction fn) {
    if (fn.annotations instanceof PyDict) {
      return fn.annotations;
    }
    PyDict d = in.newDict();
    if (fn.annotations instanceof io.lifeline.interpreter.object.PyTuple pairs) {
      for (int i = 0; i + 1 < pairs.items.length; i += 2) {
        d.put(in.heap, in.heap.incref(pairs.items[i]), in.heap.incref(pairs.items[i + 1]));
      }
    }
    PyObject old = fn.annotations;
    fn.annotations = d;
    in.heap.xdecref(old);
    return d;
  }

  private static PyDict dict(Interp in, PyFunction fn) {
    if (fn.dict == null) {
      fn.dict = in.newDict();
    }
    return fn.dict;
  }
}
