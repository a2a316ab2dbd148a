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
import io.lifeline.interpreter.object.PyNativeIterator;
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

/** The builtins of the object protocol: len, repr, id, iter, next, isinstance, issubclass, callable and the attribute functions. */
final class ObjectBuiltins {
  private ObjectBuiltins() {}

  static void install(Interp in) {
    defineLenReprId(in);
    defineIssubclassCallableHasattr(in);
  }

  private static void defineLenReprId(Interp in) {
    Heap heap = in.heap;
    fn(in, "len", (i, a, k) -> {
      Args.count(i, "len", a, k, 1, 1);
      return i.newInt(i.ops.len(a[0]));
    });
    fn(in, "repr", (i, a, k) -> {
      Args.count(i, "repr", a, k, 1, 1);
      return i.newStr(i.ops.reprOf(a[0]));
    });
    fn(in, "id", (i, a, k) -> {
      Args.count(i, "id", a, k, 1, 1);
      return i.newInt(0x7f0000000000L + System.identityHashCode(a[0]) * 16L);
    });
    fn(in, "iter", (i, a, k) -> {
      Args.count(i, "iter", a, k, 1, 2);
      if (a.length == 2) {
        return callableIterator(i, a[0], a[1]);
      }
      return i.ops.iter(a[0]);
    });
    fn(in, "next", (i, a, k) -> {
      Args.count(i, "next", a, k, 1, 2);
      PyObject v;
      if (a[0] instanceof io.lifeline.interpreter.object.PyGenerator g) {
        try {
          v = i.vm.genNext(g);
        } catch (PyException e) {
          if (a.length == 2 && e.value.type.isSubtypeOf(i.types.stopIteration)) {
            heap.decref(e.value);
            return heap.incref(a[1]);
          }
          throw e;
        }
      } else {
        v = i.ops.next(a[0]);
      }
      if (v == null) {
        if (a.length == 2) {
          return heap.incref(a[1]);
        }
        throw i.error("StopIteration", null);
      }
      return v;
    });
    fn(in, "isinstance", (i, a, k) -> {
      Args.count(i, "isinstance", a, k, 2, 2);
      return i.types.bool(i.ops.isinstance(a[0], a[1]));
    });
  }

  /** PyObject_IsSubclass: the metaclass's {@code __subclasscheck__} (abc.ABCMeta's), else the MRO. */
  private static boolean subclass(Interp in, PyType t, PyType cls) {
    PyObject hook = cls.type.heapType ? cls.type.lookup("__subclasscheck__") : null;
    if (hook == null) {
      return t.isSubtypeOf(cls);
    }
    PyObject r = in.ops.call(hook, new PyObject[] {cls, t}, null);
    try {
      return in.ops.truthy(r);
    } finally {
      in.heap.decref(r);
    }
  }

  private static void defineIssubclassCallableHasattr(Interp in) {
    Heap heap = in.heap;
    fn(in, "issubclass", (i, a, k) -> {
      Args.count(i, "issubclass", a, k, 2, 2);
      if (!(a[0] instanceof PyType t)) {
        throw i.error("TypeError", "issubclass() arg 1 must be a class");
      }
      if (a[1] instanceof PyTuple tup) {
        for (PyObject c : tup.items) {
          if (c instanceof PyType ct && subclass(i, t, ct)) {
            return i.types.trueObj;
          }
        }
        return i.types.falseObj;
      }
      return i.types.bool(subclass(i, t, (PyType) a[1]));
    });
    fn(in, "callable", (i, a, k) -> {
      Args.count(i, "callable", a, k, 1, 1);
      return i.types.bool(i.ops.isCallable(a[0]));
    });
    fn(in, "hasattr", (i, a, k) -> {
      Args.count(i, "hasattr", a, k, 2, 2);
      try {
        PyObject v = i.ops.getattr(a[0], ((PyStr) a[1]).value);
        heap.decref(v);
        return i.types.trueObj;
      } catch (PyException e) {
        if (e.value.type.isSubtypeOf(i.types.exception("AttributeError"))) {
          heap.decref(e.value);
          return i.types.falseObj;
        }
        throw e;
      }
    });
    fn(in, "ascii", (i, a, k) -> {
      Args.count(i, "ascii", a, k, 1, 1);
      return i.newStr(i.ops.asciiOf(a[0]));
    });
    fn(in, "vars", (i, a, k) -> {
      Args.count(i, "vars", a, k, 0, 1);
      if (a.length == 0) {
        return i.ops.call(i.builtins.getStr("locals"), new PyObject[0], null);
      }
      try {
        return i.ops.getattr(a[0], "__dict__");
      } catch (PyException e) {
        if (!e.value.type.isSubtypeOf(i.types.exception("AttributeError"))) {
          throw e;
        }
        heap.decref(e.value);
        throw i.error("TypeError", "vars() argument must have __dict__ attribute");
      }
    });
    fn(in, "getattr", (i, a, k) -> {
      Args.count(i, "getattr", a, k, 2, 3);
      try {
        return i.ops.getattr(a[0], ((PyStr) a[1]).value);
      } catch (PyException e) {
        if (a.length == 3 && e.value.type.isSubtypeOf(i.types.exception("AttributeError"))) {
          heap.decref(e.value);
          return heap.incref(a[2]);
        }
        throw e;
      }
    });
    fn(in, "setattr", (i, a, k) -> {
      Args.count(i, "setattr", a, k, 3, 3);
      i.ops.setattr(a[0], ((PyStr) a[1]).value, a[2]);
      return i.none();
    });
    fn(in, "delattr", (i, a, k) -> {
      Args.count(i, "delattr", a, k, 2, 2);
      i.ops.delattr(a[0], ((PyStr) a[1]).value);
      return i.none();
    });
  }

  /**
   * iter(callable, sentinel) (iterobject.c's calliterobject): holds both until the callable returns something equal
   * to the sentinel (compared sentinel first) or raises StopIteration, then releases the callable, then the sentinel.
   */
  private static PyObject callableIterator(Interp in, PyObject callable, PyObject sentinel) {
    if (!in.ops.isCallable(callable)) {
      throw in.error("TypeError", "iter(v, w): v must be callable");
    }
    PyObject[] refs = {in.heap.incref(callable), in.heap.incref(sentinel)};
    return in.heap.register(new PyNativeIterator(in.types.callableIterator, refs, it -> {
      if (it.refs[0] == null) {
        return null;
      }
      PyObject result;
      try {
        result = in.ops.call(it.refs[0], new PyObject[0], null);
      } catch (PyException e) {
        if (!e.value.type.isSubtypeOf(in.types.stopIteration)) {
          throw e;
        }
        in.heap.decref(e.value);
        result = null;
      }
      if (result != null && !in.ops.equal(it.refs[1], result)) {
        return result;
      }
      it.clear(in.heap);
      if (result != null) {
        in.heap.decref(result);
      }
      return null;
    }));
  }
}
