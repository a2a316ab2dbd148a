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
  private DictType() {}

  static void install(Interp in) {
    Slots s = in.types.dict.slots;
    s.truthy = (i, o) -> ((PyDict) o).size() > 0;
    s.len = (i, o) -> ((PyDict) o).size();
    s.iter = (i, o) -> {
      PyIterator it = i.heap.register(new PyIterator(i.types.iterator, i.heap.incref(o)));
      it.entries = ((PyDict) o).entries();
      return it;
    };
    s.repr = DictType::repr;
    s.contains = (i, o, k) -> {
      i.ops.checkHashable(k);
      return ((PyDict) o).get(k) != null;
    };
    s.getitem = (i, o, k) -> {
      i.ops.checkHashable(k);
      PyObject v = ((PyDict) o).get(k);
      if (v == null) {
        throw keyError(i, k);
      }
      return i.heap.incref(v);
    };
    s.setitem = (i, o, k, v) -> {
      if (k instanceof PySlice) {
        throw i.unsupported("slice assignment to " + o.type.name);
      }
      i.ops.checkHashable(k);
      ((PyDict) o).put(i.heap, i.heap.incref(k), i.heap.incref(v));
    };
    s.delitem = (i, o, k) -> {
      i.ops.checkHashable(k);
      if (!((PyDict) o).remove(i.heap, k)) {
        throw keyError(i, k);
      }
    };
    s.checkHashable = Sequences::unhashable;
    for (PyDictView.Kind kind : PyDictView.Kind.values()) {
      views(in.types.dictView(kind));
    }
  }

  /** KeyError(key), raised by a mapping's subscript. */
  static PyException keyError(Interp in, PyObject key) {
    return new PyException(in.newException(in.types.exception("KeyError"), in.newTuple(in.heap.incref(key))));
  }

  private static String repr(Interp in, PyObject o) {
    StringBuilder sb = new StringBuilder("{");
    boolean first = true;
    for (PyDict.Entry e : ((PyDict) o).entries()) {
      sb.append(first ? "" : ", ").append(in.ops.reprOf(e.key)).append(": ").append(in.ops.reprOf(e.value));
      first = false;
    }
    return sb.append('}').toString();
  }

  private static void views(PyType view) {
    Slots s = view.slots;
    s.len = (i, o) -> ((PyDictView) o).dict.size();
    s.iter = (i, o) -> {
      PyDictView v = (PyDictView) o;
      PyIterator it = i.heap.register(new PyIterator(i.types.iterator, i.heap.incref(v.dict)));
      it.entries = v.dict.entries();
      it.dictKind = v.kind;
      return it;
    };
    s.repr = (i, o) -> {
      ArrayList<PyObject> items = i.ops.toList(o);
      try {
        return Sequences.repr(i, o.type.name + "([", items.toArray(new PyObject[0]), "])");
      } finally {
        items.forEach(i.heap::decref);
      }
    };
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
