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

/** The constructors (__new__) of the built-in value types: int, bool, float, str, list, tuple, dict, frozenset, set, range, slice. */
final class Constructors {
  private Constructors() {}

  static void install(Interp in) {
    ctor(in, in.types.intType, Builtins::newInt);
    ctor(in, in.types.boolType, (i, a, k) -> i.types.bool(a.length > 0 && i.ops.truthy(a[0])));
    ctor(in, in.types.floatType, Builtins::newFloat);
    ctor(in, in.types.str, (i, a, k) -> {
      if (a.length == 0) {
        return i.newStr("");
      }
      PyObject enc = Args.positional(a, k) > 1 ? a[1] : Args.keyword(a, k, "encoding");
      PyObject errors = Args.positional(a, k) > 2 ? a[2] : Args.keyword(a, k, "errors");
      if (enc == null && errors == null) {
        return i.newStr(i.ops.strOf(a[0]));
      }
      // unicode_new_impl: PyUnicode_FromEncodedObject, which decodes a bytes-like object only
      byte[] raw = io.lifeline.interpreter.object.PyByteArray.bytesLike(a[0]);
      if (raw == null) {
        throw i.error("TypeError", a[0] instanceof PyStr ? "decoding str is not supported" : i.policies.isPypy()
            ? "decoding to str: a bytes-like object is required, not " + a[0].type.name
            : "decoding to str: need a bytes-like object, " + a[0].type.name + " found");
      }
      return i.newStr(Codecs.decode(i, raw, enc == null ? "utf-8" : ((PyStr) enc).value,
          errors == null ? "strict" : ((PyStr) errors).value));
    });
    ctor(in, in.types.list, (i, a, k) -> i.newList(a.length == 0 ? new ArrayList<>() : i.ops.toList(a[0])));
    ctor(in, in.types.tuple, (i, a, k) -> i.newTuple(a.length == 0 ? new PyObject[0]
        : i.ops.toList(a[0]).toArray(new PyObject[0])));
    ctor(in, in.types.dict, Builtins::newDict);
    ctor(in, in.types.frozensetType, (i, a, k) -> {
      Args.count(i, "frozenset", a, k, 0, 1);
      return filled(i, i.heap.register(new io.lifeline.interpreter.object.PySet(i.types.frozensetType)), a);
    });
    ctor(in, in.types.set, (i, a, k) -> {
      Args.count(i, "set", a, k, 0, 1);
      return filled(i, i.newSet(), a);
    });
    ctor(in, in.types.range, Builtins::newRange);
    ctor(in, in.types.slice, Builtins::newSlice);
  }

  /** {@code st} (a new set or frozenset, released on failure) with the items of the optional iterable a[0]. */
  private static io.lifeline.interpreter.object.PySet filled(Interp in, io.lifeline.interpreter.object.PySet st,
      PyObject[] a) {
    if (a.length == 1) {
      try {
        in.ops.updateSet(st, a[0]);
      } catch (PyException e) {
        in.heap.decref(st);
        throw e;
      }
    }
    return st;
  }
}
