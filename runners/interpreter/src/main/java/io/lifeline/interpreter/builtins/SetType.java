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
import io.lifeline.interpreter.object.PyTuple;
import io.lifeline.interpreter.object.Frame;
import io.lifeline.interpreter.vm.PyException;
import java.util.ArrayList;
import java.util.List;
import io.lifeline.interpreter.object.PyIterator;
import io.lifeline.interpreter.object.PyObject;
import io.lifeline.interpreter.object.PySet;
import io.lifeline.interpreter.object.PyType;
import io.lifeline.interpreter.object.Slots;
import io.lifeline.interpreter.vm.Interp;

/** {@code set} and {@code frozenset} (Objects/setobject.c): their slots; only a set is unhashable. */
final class SetType {
  /** The slots of both {@code set} and {@code frozenset}. */
  static final Slots.Table<PySet> SLOTS = Slots.of(PySet.class)
      .truthy((i, st) -> st.size() > 0)
      .len((i, st) -> st.size())
      .iter((i, st) -> {
        PyIterator it = Sequences.iter(i, st);
        it.remaining = st.size();
        return it;
      })
      .repr(SetType::repr)
      .richcompare(SetMethods::compare)
      .contains((i, st, x) -> {
        i.ops.checkHashable(x);
        return st.contains(x);
      });
  /** What {@code set} has beyond {@link #SLOTS}. */
  static final Slots.Table<PySet> MUTABLE = Slots.of(PySet.class).checkHashable(Sequences::unhashable);

  private SetType() {}

  private static String repr(Interp in, PySet st) {
    boolean frozen = st.type == in.types.frozensetType;
    if (st.size() == 0) {
      return frozen ? "frozenset()" : "set()";
    }
    StringBuilder sb = new StringBuilder(frozen ? "frozenset({" : "{");
    boolean first = true;
    for (int i = 0; i < st.tableSize(); i++) {
      if (st.isActive(i)) {
        sb.append(first ? "" : ", ").append(in.ops.reprOf(st.keys[i]));
        first = false;
      }
    }
    return sb.append(frozen ? "})" : "}").toString();
  }

  /** The methods of the type (method descriptors). */
  static void methods(Interp in) {
    defineAddDiscardRemove(in);
    defineIntersectionDifference(in);
    SetMethods.install(in);
  }

  private static void defineAddDiscardRemove(Interp in) {
    Heap heap = in.heap;
    PyType set = in.types.set;
    method(in, set, "add", (i, a, k) -> {
      Args.count(i, "add", a, k, 2, 2);
      i.ops.checkHashable(a[1]);
      ((io.lifeline.interpreter.object.PySet) a[0]).add(heap, a[1]);
      return i.none();
    });
    method(in, set, "discard", (i, a, k) -> {
      Args.count(i, "discard", a, k, 2, 2);
      i.ops.checkHashable(a[1]);
      ((io.lifeline.interpreter.object.PySet) a[0]).discard(heap, a[1]);
      return i.none();
    });
    method(in, set, "remove", (i, a, k) -> {
      Args.count(i, "remove", a, k, 2, 2);
      i.ops.checkHashable(a[1]);
      if (!((io.lifeline.interpreter.object.PySet) a[0]).discard(heap, a[1])) {
        throw new PyException(i.newException(i.types.exception("KeyError"), i.newTuple(heap.incref(a[1]))));
      }
      return i.none();
    });
    method(in, set, "pop", (i, a, k) -> {
      PyObject v = ((io.lifeline.interpreter.object.PySet) a[0]).pop();
      if (v == null) {
        throw i.error("KeyError", "pop from an empty set");
      }
      return v;
    });
    method(in, set, "clear", (i, a, k) -> {
      a[0].clear(heap);
      return i.none();
    });
    method(in, set, "update", (i, a, k) -> {
      for (int x = 1; x < a.length; x++) {
        i.ops.updateSet((io.lifeline.interpreter.object.PySet) a[0], a[x]);
      }
      return i.none();
    });
    method(in, set, "copy", (i, a, k) -> {
      io.lifeline.interpreter.object.PySet out = heap.register(new io.lifeline.interpreter.object.PySet(a[0].type));
      i.ops.updateSet(out, a[0]);
      return out;
    });
    method(in, set, "union", (i, a, k) -> {
      io.lifeline.interpreter.object.PySet out = heap.register(new io.lifeline.interpreter.object.PySet(a[0].type));
      for (PyObject x : a) {
        i.ops.updateSet(out, x);
      }
      return out;
    });
    method(in, set, "issubset", (i, a, k) -> SetMethods.issubset(i, a, k));
  }

  private static void defineIntersectionDifference(Interp in) {
    Heap heap = in.heap;
    PyType set = in.types.set;
    method(in, set, "intersection", (i, a, k) -> SetMethods.intersection(i, a));
    method(in, set, "difference", (i, a, k) -> {
      io.lifeline.interpreter.object.PySet out = heap.register(new io.lifeline.interpreter.object.PySet(a[0].type));
      i.ops.updateSet(out, a[0]);
      for (int x = 1; x < a.length; x++) {
        PyObject other = a[x];
        SetMethods.withSet(i, other, o -> {
          for (PyObject key : setKeys(out)) {
            if (((io.lifeline.interpreter.object.PySet) o).contains(key)) {
              out.discard(heap, key);
            }
          }
          return null;
        });
      }
      return out;
    });

    for (String shared : new String[] {"copy", "union", "issubset", "intersection", "difference"}) {
      in.types.frozensetType.dict.put(heap, in.key(shared), heap.incref(set.dict.getStr(shared)));
    }
  }

  /** The keys of a set in table order (borrowed; a snapshot, so the set may be changed while iterating it). */
  private static List<PyObject> setKeys(io.lifeline.interpreter.object.PySet set) {
    List<PyObject> keys = new ArrayList<>();
    for (int x = 0; x < set.tableSize(); x++) {
      if (set.isActive(x)) {
        keys.add(set.keys[x]);
      }
    }
    return keys;
  }
}
