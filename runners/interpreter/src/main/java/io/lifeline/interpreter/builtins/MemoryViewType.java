package io.lifeline.interpreter.builtins;

import static io.lifeline.interpreter.builtins.Methods.method;

import io.lifeline.interpreter.object.PyByteArray;
import io.lifeline.interpreter.object.PyBytes;
import io.lifeline.interpreter.object.PyDict;
import io.lifeline.interpreter.object.PyInt;
import io.lifeline.interpreter.object.PyManagedBuffer;
import io.lifeline.interpreter.object.PyMemoryView;
import io.lifeline.interpreter.object.PyObject;
import io.lifeline.interpreter.object.PySlice;
import io.lifeline.interpreter.object.PyType;
import io.lifeline.interpreter.object.Slots;
import io.lifeline.interpreter.vm.Indices;
import io.lifeline.interpreter.vm.Interp;
import io.lifeline.interpreter.vm.Ops;
import java.util.ArrayList;

/**
 * {@code memoryview} (Objects/memoryobject.c) over bytes and bytearray, format 'B': {@code memoryview(obj)} makes a
 * managed buffer holding the exporter ({@link PyManagedBuffer}, which takes a bytearray's export) and a view on it;
 * {@code view[a:b]} (step 1) is another view on the same managed buffer; item and slice assignment write through to
 * a bytearray; {@code release()} and {@code with} release a view (memory_release), after which every operation is a
 * ValueError. Other formats ({@code cast}), multi-dimensional views and views of other exporters are not modelled.
 */
final class MemoryViewType {
  static final Slots.Table<PyMemoryView> SLOTS = Slots.of(PyMemoryView.class)
      .len((i, v) -> live(i, v).length)
      .iter((i, v) -> {
        PyObject copy = i.newBytes(live(i, v).bytes());
        try {
          io.lifeline.interpreter.object.PyIterator it = Sequences.iter(i, copy);
          it.type = IteratorNames.memory(i);
          return it;
        } finally {
          i.heap.decref(copy);
        }
      })
      .repr((i, v) -> (v.released ? "<released memory at " : "<memory at ") + Ops.address(v) + ">")
      .getitem(MemoryViewType::getitem)
      .setitem(MemoryViewType::setitem)
      .richcompare(MemoryViewType::compare)
      .getattr(MemoryViewType::getattr);

  private MemoryViewType() {}

  /** The type, its constructor and methods; added to the builtins as {@code memoryview}. */
  static void install(Interp in, PyDict builtins) {
    PyType t = new PyType(in.types.type, "memoryview", in.types.object, new PyDict(null), false,
        PyType.Layout.BUILTIN);
    t.immortal = true;
    t.dict.immortal = true;
    PyType mbuf = new PyType(in.types.type, "managedbuffer", in.types.object, new PyDict(null), false,
        PyType.Layout.BUILTIN);
    mbuf.immortal = true;
    SLOTS.fill(t);
    Builtins.ctor(in, t, (i, a, k) -> {
      Args.count(i, "memoryview", a, k, 1, 1);
      return newView(i, t, mbuf, a[0]);
    });
    method(in, t, "tobytes", (i, a, k) -> i.newBytes(live(i, (PyMemoryView) a[0]).bytes()));
    method(in, t, "tolist", (i, a, k) -> {
      PyMemoryView v = live(i, (PyMemoryView) a[0]);
      ArrayList<PyObject> items = new ArrayList<>();
      for (int x = 0; x < v.length; x++) {
        items.add(i.newInt(v.get(x)));
      }
      return i.newList(items);
    });
    method(in, t, "hex", (i, a, k) -> i.newStr(BytesMethods.hex(live(i, (PyMemoryView) a[0]).bytes(), "", 1)));
    method(in, t, "release", (i, a, k) -> {
      ((PyMemoryView) a[0]).release(i.heap);
      return i.none();
    });
    method(in, t, "__enter__", (i, a, k) -> i.heap.incref(live(i, (PyMemoryView) a[0])));
    method(in, t, "__exit__", (i, a, k) -> {
      ((PyMemoryView) a[0]).release(i.heap);
      return i.none();
    });
    method(in, t, "toreadonly", (i, a, k) -> {
      PyMemoryView v = live(i, (PyMemoryView) a[0]);
      return i.heap.register(new PyMemoryView(t, i.heap.incref(v.mbuf), v.start, v.length, true));
    });
    builtins.put(in.heap, in.key("memoryview"), t);
  }

  /** memoryview(obj): bytes and bytearray export a buffer; a memoryview's is shared (mbuf_add_view). */
  private static PyObject newView(Interp in, PyType t, PyType mbufType, PyObject obj) {
    if (obj instanceof PyMemoryView v) {
      live(in, v);
      return in.heap.register(new PyMemoryView(t, in.heap.incref(v.mbuf), v.start, v.length, v.readonly));
    }
    if (!(obj instanceof PyBytes) && !(obj instanceof PyByteArray)) {
      throw in.error("TypeError", "memoryview: a bytes-like object is required, not '" + obj.type.name + "'");
    }
    PyManagedBuffer mbuf = in.heap.register(new PyManagedBuffer(mbufType, in.heap.incref(obj)));
    int n = obj instanceof PyBytes b ? b.value.length : ((PyByteArray) obj).size();
    PyMemoryView view = in.heap.register(new PyMemoryView(t, mbuf, 0, n, obj instanceof PyBytes));
    return view;
  }

  /** CHECK_RELEASED: an operation on a released view is a ValueError. */
  private static PyMemoryView live(Interp in, PyMemoryView v) {
    if (v.released) {
      throw in.error("ValueError", "operation forbidden on released memoryview object");
    }
    return v;
  }

  private static PyObject getitem(Interp in, PyMemoryView v, PyObject k) {
    live(in, v);
    if (k instanceof PySlice sl) {
      int[] idx = Indices.sliceIndices(in, sl, v.length);
      int lo = contiguousStart(in, sl, idx, v.length);
      PyMemoryView s = new PyMemoryView(v.type, in.heap.incref(v.mbuf), v.start + lo, idx.length, v.readonly);
      return in.heap.register(s);
    }
    return in.newInt(v.get(Indices.index(in, k, v.length, "memoryview")));
  }

  private static void setitem(Interp in, PyMemoryView v, PyObject k, PyObject value) {
    live(in, v);
    if (v.readonly) {
      throw in.error("TypeError", "cannot modify read-only memory");
    }
    if (k instanceof PySlice sl) {
      int[] idx = Indices.sliceIndices(in, sl, v.length);
      int lo = contiguousStart(in, sl, idx, v.length);
      byte[] with = PyByteArray.bytesLike(value);
      if (with == null) {
        throw in.error("TypeError", "a bytes-like object is required, not '" + value.type.name + "'");
      }
      if (with.length != idx.length) {
        throw in.error("ValueError", "memoryview assignment: lvalue and rvalue have different structures");
      }
      for (int x = 0; x < with.length; x++) {
        v.set(lo + x, with[x] & 0xFF);
      }
      return;
    }
    int at = Indices.index(in, k, v.length, "memoryview");
    if (!(value instanceof PyInt n)) {
      throw in.error("TypeError", "memoryview: invalid type for format 'B'");
    }
    if (!n.isSmall() || n.small < 0 || n.small > 255) {
      throw in.error("ValueError", "memoryview: invalid value for format 'B'");
    }
    v.set(at, (int) n.small);
  }

  /** A slice's first index; a step other than 1 is outside the model. */
  private static int contiguousStart(Interp in, PySlice sl, int[] idx, int n) {
    for (int x = 1; x < idx.length; x++) {
      if (idx[x] != idx[x - 1] + 1) {
        throw in.unsupported("a memoryview slice with a step");
      }
    }
    if (idx.length > 0) {
      return idx[0];
    }
    PyObject start = sl.start;
    if (start instanceof PyInt s && s.isSmall()) {
      long lo = s.small < 0 ? Math.max(0, s.small + n) : Math.min(n, s.small);
      return (int) lo;
    }
    return 0;
  }

  /** memory_richcompare: equal to any bytes-like object with the same bytes (== and != only). */
  private static PyObject compare(Interp in, PyMemoryView self, PyObject other, String dunder) {
    if (!dunder.equals("__eq__") && !dunder.equals("__ne__")) {
      return null;
    }
    byte[] mine = self.bytes();
    byte[] theirs = PyByteArray.bytesLike(other);
    boolean eq = mine == null || theirs == null ? self == other : java.util.Arrays.equals(mine, theirs);
    if (theirs == null && !(other instanceof PyMemoryView) && mine != null) {
      return null;
    }
    return in.types.bool(dunder.equals("__eq__") == eq);
  }

  /** The view's data attributes; methods come from the type. */
  private static PyObject getattr(Interp in, PyMemoryView v, String name) {
    switch (name) {
      case "obj":
        return in.heap.incref(live(in, v).mbuf.obj);
      case "nbytes":
        return in.newInt(live(in, v).length);
      case "readonly":
        return in.types.bool(live(in, v).readonly);
      case "itemsize":
        return in.newInt(1);
      case "ndim":
        return in.newInt(1);
      case "format":
        return in.newStr("B");
      case "shape":
        return in.newTuple(in.newInt(live(in, v).length));
      case "strides":
        return in.newTuple(in.newInt(1));
      case "c_contiguous":
      case "f_contiguous":
      case "contiguous":
        return in.types.bool(true);
      default:
        return in.ops.genericGetattr(v, name);
    }
  }
}
