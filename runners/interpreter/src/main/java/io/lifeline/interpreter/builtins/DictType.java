package io.lifeline.interpreter.builtins;

import static io.lifeline.interpreter.builtins.Methods.method;
import io.lifeline.interpreter.bytecode.CompareOp;
import io.lifeline.interpreter.memory.Heap;
import io.lifeline.interpreter.object.NativeFn;
import io.lifeline.interpreter.object.PyBaseException;
import io.lifeline.interpreter.object.PyFrameObject;
import io.lifeline.interpreter.object.PyGenerator;
import io.lifeline.interpreter.object.PyInt;
import io.lifeline.interpreter.object.PyList;
import io.lifeline.interpreter.object.PyNativeFunction;
import io.lifeline.interpreter.object.PyStr;
import io.lifeline.interpreter.object.PyTuple;
import io.lifeline.interpreter.object.Frame;
import java.util.List;
import io.lifeline.interpreter.object.PyDict;
import io.lifeline.interpreter.object.PyDictView;
import io.lifeline.interpreter.object.PyIterator;
import io.lifeline.interpreter.object.PyObject;
import io.lifeline.interpreter.object.PySlice;
import io.lifeline.interpreter.object.PyType;
import io.lifeline.interpreter.object.Slots;
import io.lifeline.interpreter.vm.Interp;
import io.lifeline.interpreter.vm.PyException;
import java.util.ArrayList;

/** {@code dict} and its three views (Objects/dictobject.c): their slots. */
final class DictType {
  static final Slots.Table<PyDict> SLOTS = Slots.of(PyDict.class)
      .truthy((i, d) -> d.size() > 0)
      .len((i, d) -> d.size())
      .iter((i, d) -> iterator(i, d, PyDictView.Kind.KEYS))
      .repr(DictType::repr)
      .contains((i, d, k) -> {
        i.ops.checkHashable(k);
        return d.get(k) != null;
      })
      .getitem((i, d, k) -> {
        i.ops.checkHashable(k);
        PyObject v = d.get(k);
        if (v == null) {
          throw keyError(i, k);
        }
        return i.heap.incref(v);
      })
      .setitem((i, d, k, v) -> {
        if (k instanceof PySlice) {
          throw i.unsupported("slice assignment to " + d.type.name);
        }
        i.ops.checkHashable(k);
        d.put(i.heap, i.heap.incref(k), i.heap.incref(v));
      })
      .delitem((i, d, k) -> {
        i.ops.checkHashable(k);
        if (!d.remove(i.heap, k)) {
          throw keyError(i, k);
        }
      })
      .checkHashable(Sequences::unhashable);
  /** The slots of {@code dict_keys}, {@code dict_values} and {@code dict_items}. */
  static final Slots.Table<PyDictView> VIEWS = Slots.of(PyDictView.class)
      .len((i, v) -> v.ref.size())
      .iter((i, v) -> iterator(i, v.ref, v.kind))
      .repr((i, v) -> {
        ArrayList<PyObject> items = i.ops.toList(v);
        try {
          return Sequences.repr(i, v.type.name + "([", items.toArray(new PyObject[0]), "])");
        } finally {
          items.forEach(i.heap::decref);
        }
      });

  private DictType() {}

  /** dictiter: over a snapshot of {@code dict}'s entries, yielding {@code kind}; owns a reference to {@code dict}. */
  private static PyIterator iterator(Interp in, PyDict dict, PyDictView.Kind kind) {
    PyIterator it = Sequences.iter(in, dict);
    it.entries = dict.entries();
    it.dictKind = kind;
    it.type = IteratorNames.dict(in, kind);
    return it;
  }

  /**
   * reversed(dict) and reversed(view) (dict___reversed__, dictview reversed): dictreviter, the same walk over the
   * entries last first, also owning a reference to {@code dict}.
   */
  static PyIterator reversedIterator(Interp in, PyDict dict, PyDictView.Kind kind) {
    PyIterator it = iterator(in, dict, kind);
    java.util.List<PyDict.Entry> last = new java.util.ArrayList<>(it.entries);
    java.util.Collections.reverse(last);
    it.entries = last;
    it.usedAtStart = dict.size();
    it.type = IteratorNames.reversedDict(in, kind);
    return it;
  }

  /** KeyError(key), raised by a mapping's subscript. */
  static PyException keyError(Interp in, PyObject key) {
    return new PyException(in.newException(in.types.exception("KeyError"), in.newTuple(in.heap.incref(key))));
  }

  private static String repr(Interp in, PyDict d) {
    StringBuilder sb = new StringBuilder("{");
    boolean first = true;
    for (PyDict.Entry e : d.entries()) {
      sb.append(first ? "" : ", ").append(in.ops.reprOf(e.key)).append(": ").append(in.ops.reprOf(e.value));
      first = false;
    }
    return sb.append('}').toString();
  }

  /** The methods of the type (method descriptors). */
  static void methods(Interp in) {
    Heap heap = in.heap;
    PyType dict = in.types.dict;
    method(in, dict, "get", (i, a, k) -> {
      i.ops.checkHashable(a[1]);
      PyObject v = ((PyDict) a[0]).get(a[1]);
      return heap.incref(v != null ? v : a.length > 2 ? a[2] : i.none());
    });
    method(in, dict, "pop", (i, a, k) -> {
      i.ops.checkHashable(a[1]);
      PyObject v = ((PyDict) a[0]).pop(heap, a[1]);
      if (v == null) {
        if (a.length > 2) {
          return heap.incref(a[2]);
        }
        throw new PyException(i.newException(i.types.exception("KeyError"), i.newTuple(heap.incref(a[1]))));
      }
      return v;
    });
    method(in, dict, "setdefault", (i, a, k) -> {
      i.ops.checkHashable(a[1]);
      PyDict d = (PyDict) a[0];
      PyObject v = d.get(a[1]);
      if (v == null) {
        v = a.length > 2 ? a[2] : i.none();
        d.put(heap, heap.incref(a[1]), heap.incref(v));
      }
      return heap.incref(v);
    });
    method(in, dict, "keys", (i, a, k) -> view(i, (PyDict) a[0], 0));
    method(in, dict, "values", (i, a, k) -> view(i, (PyDict) a[0], 1));
    method(in, dict, "items", (i, a, k) -> view(i, (PyDict) a[0], 2));
    method(in, dict, "clear", (i, a, k) -> {
      a[0].clear(heap);
      return i.none();
    });
    method(in, dict, "copy", (i, a, k) -> {
      PyDict src = (PyDict) a[0];
      PyDict d = i.newDict();
      for (PyDict.Entry e : src.entries()) {
        d.put(heap, heap.incref(e.key), heap.incref(e.value));
      }
      if (src.copiesTracking(false) && heap.isTracked(src)) {
        heap.track(d);
      }
      return d;
    });
    method(in, dict, "popitem", (i, a, k) -> {
      List<PyDict.Entry> entries = ((PyDict) a[0]).entries();
      if (entries.isEmpty()) {
        throw i.error("KeyError", "popitem(): dictionary is empty");
      }
      PyObject key = heap.incref(entries.get(entries.size() - 1).key);
      return i.newTuple(key, ((PyDict) a[0]).pop(heap, key));
    });
    Methods.classMethod(in, dict, "fromkeys", (i, a, k) -> {
      Args.count(i, "fromkeys", a, k, 2, 3);
      PyObject value = a.length > 2 ? a[2] : i.none();
      PyDict d = i.newDict();
      for (PyObject key : i.ops.toList(a[1])) {
        d.put(heap, key, heap.incref(value));
      }
      return d;
    });
    method(in, dict, "update", (i, a, k) -> {
      Builtins.updateDict(i, "update", (PyDict) a[0], a, k, 1);
      return i.none();
    });
  }

  /** dict.keys()/values()/items(): a view that owns only a reference to the dict. */
  private static PyObject view(Interp in, PyDict d, int which) {
    io.lifeline.interpreter.object.PyDictView.Kind kind = io.lifeline.interpreter.object.PyDictView.Kind.values()[which];
    return in.heap.register(new io.lifeline.interpreter.object.PyDictView(in.types.dictView(kind), kind,
        in.heap.incref(d)));
  }
}
