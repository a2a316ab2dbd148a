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
  private TupleType() {}

  static void install(Interp in) {
    Slots s = in.types.tuple.slots;
    s.truthy = (i, o) -> ((PyTuple) o).size() > 0;
    s.len = (i, o) -> ((PyTuple) o).size();
    s.iter = (i, o) -> i.heap.register(new PyIterator(i.types.iterator, i.heap.incref(o)));
    s.repr = (i, o) -> {
      PyTuple t = (PyTuple) o;
      return Sequences.repr(i, "(", t.items, t.size() == 1 ? ",)" : ")");
    };
    s.contains = Sequences::contains;
    s.getitem = (i, o, k) -> {
      PyTuple t = (PyTuple) o;
      if (k instanceof PySlice sl) {
        return Sequences.slice(i, o, sl);
      }
      return i.heap.incref(t.items[Indices.index(i, k, t.size(), "tuple")]);
    };
    // tuplehash: hashable when every item is
    s.checkHashable = (i, o) -> {
      for (PyObject x : ((PyTuple) o).items) {
        i.ops.checkHashable(x);
      }
    };
  }

  /** The methods of the type (method descriptors). */
  static void methods(Interp in) {
    PyType tuple = in.types.tuple;
    method(in, tuple, "count", (i, a, k) -> {
      int n = 0;
      for (PyObject o : ((PyTuple) a[0]).items) {
        n += i.ops.equal(o, a[1]) ? 1 : 0;
      }
      return i.newInt(n);
    });
    method(in, tuple, "index", (i, a, k) -> {
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
