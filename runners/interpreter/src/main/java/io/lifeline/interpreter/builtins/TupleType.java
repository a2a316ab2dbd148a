package io.lifeline.interpreter.builtins;

import static io.lifeline.interpreter.builtins.Methods.method;
import io.lifeline.interpreter.bytecode.CompareOp;
import io.lifeline.interpreter.memory.Heap;
import io.lifeline.interpreter.object.NativeFn;
import io.lifeline.interpreter.object.PyBaseException;
import io.lifeline.interpreter.object.PyDict;
import io.lifeline.interpreter.object.PyFrameObject;
import io.lifeline.interpreter.object.PyGenerator;
import io.lifeline.interpreter.object.PyInt;
import io.lifeline.interpreter.object.PyList;
import io.lifeline.interpreter.object.PyNativeFunction;
import io.lifeline.interpreter.object.PyStr;
import io.lifeline.interpreter.object.PyType;
import io.lifeline.interpreter.object.Frame;
import io.lifeline.interpreter.vm.PyException;
import java.util.ArrayList;
import java.util.List;
import io.lifeline.interpreter.object.PyIterator;
import io.lifeline.interpreter.object.PyObject;
import io.lifeline.interpreter.object.PySlice;
import io.lifeline.interpreter.object.PyTuple;
import io.lifeline.interpreter.object.Slots;
import io.lifeline.interpreter.vm.Indices;
import io.lifeline.interpreter.vm.Interp;

/** {@code tuple} (Objects/tupleobject.c): its slots. */
final class TupleType {
  static final Slots.Table<PyTuple> SLOTS = Slots.of(PyTuple.class)
      .truthy((i, t) -> t.size() > 0)
      .len((i, t) -> t.size())
      .iter(Sequences::iter)
      .repr((i, t) -> Sequences.repr(i, "(", t.items, t.size() == 1 ? ",)" : ")"))
      .contains(Sequences::contains)
      .getitem((i, t, k) -> k instanceof PySlice sl ? Sequences.slice(i, t, sl)
          : i.heap.incref(t.items[Indices.index(i, k, t.size(), "tuple")]))
      // tuplehash: hashable when every item is
      .checkHashable((i, t) -> {
        for (PyObject x : t.items) {
          i.ops.checkHashable(x);
        }
      });

  private TupleType() {}

  /** The methods of the type (method descriptors). */
  static void methods(Interp in) {
    PyType tuple = in.types.tuple;
    method(in, tuple, "count", (i, a, k) -> {
      Sequences.requireValue(i, a, "tuple", "count");
      int n = 0;
      for (PyObject o : ((PyTuple) a[0]).items) {
        n += i.ops.equal(o, a[1]) ? 1 : 0;
      }
      return i.newInt(n);
    });
    method(in, tuple, "index", (i, a, k) -> {
      Sequences.requireValue(i, a, "tuple", "index");
      PyObject[] items = ((PyTuple) a[0]).items;
      int[] range = Sequences.bounds(a, items.length);
      for (int x = range[0]; x < Math.min(range[1], items.length); x++) {
        if (i.ops.equal(items[x], a[1])) {
          return i.newInt(x);
        }
      }
      throw i.error("ValueError", "tuple.index(x): x not in tuple");
    });
  }
}
