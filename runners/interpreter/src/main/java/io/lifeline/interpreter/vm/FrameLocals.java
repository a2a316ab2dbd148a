package io.lifeline.interpreter.vm;

import io.lifeline.interpreter.object.Frame;
import io.lifeline.interpreter.object.PyCode;
import io.lifeline.interpreter.object.PyCell;
import io.lifeline.interpreter.object.PyDict;
import io.lifeline.interpreter.object.PyFrameLocalsProxy;
import io.lifeline.interpreter.object.PyList;
import io.lifeline.interpreter.object.PyObject;
import io.lifeline.interpreter.object.PyStr;
import java.util.ArrayList;

/**
 * PEP 667 (3.13): a function frame's variables seen as a mapping, with no snapshot in between. f_locals is a
 * {@link PyFrameLocalsProxy} over them; locals() copies them into a fresh dict at every call
 * (_PyEval_GetFrameLocals). Keys are the frame's variables in index order (cells and free variables by their
 * contents, unbound ones skipped), then the extra names written through a proxy, kept in the frame's f_locals
 * dict (f_extra_locals).
 */
public final class FrameLocals {
  private FrameLocals() {}

  /** Whether f_locals of this frame is a proxy: a function's frame (CO_OPTIMIZED); else it is the namespace. */
  public static boolean isProxied(Frame fr) {
    return fr.func != null && (fr.code.flags & PyCode.CO_OPTIMIZED) != 0;
  }

  /** A new proxy over the frame object's frame. */
  public static PyFrameLocalsProxy proxy(Interp in, io.lifeline.interpreter.object.PyFrameObject fo) {
    return in.heap.register(new PyFrameLocalsProxy(in.types.frameLocalsProxy, in.heap.incref(fo)));
  }

  /** locals() of a function frame: a new dict of the current values (new references). */
  public static PyDict snapshot(Interp in, Frame fr) {
    PyDict d = in.newDict();
    for (int i = 0; i < fr.code.nlocalsplus(); i++) {
      PyObject v = value(fr, i);
      if (v != null) {
        d.put(in.heap, in.key(fr.code.localName(i)), in.heap.incref(v));
      }
    }
    if (fr.locals != null) {
      for (PyDict.Entry e : fr.locals.entries()) {
        d.put(in.heap, in.heap.incref(e.key), in.heap.incref(e.value));
      }
    }
    return d;
  }

  /** proxy[key]: the variable's value (borrowed), or null if unbound or unknown. */
  public static PyObject get(Frame fr, PyObject key) {
    int i = slot(fr, key);
    if (i >= 0) {
      return value(fr, i);
    }
    return fr.locals == null ? null : fr.locals.get(key);
  }

  /** proxy[key] = v: a variable is rebound in place (its old value released inside); other names are extra. */
  public static void set(Interp in, Frame fr, PyObject key, PyObject v) {
    int i = slot(fr, key);
    if (i < 0) {
      if (fr.locals == null) {
        fr.locals = in.newDict();
      }
      in.ops.checkHashable(key);
      fr.locals.put(in.heap, in.heap.incref(key), in.heap.incref(v));
      return;
    }
    PyObject old = fr.localsplus[i];
    if (old instanceof PyCell c && FrameObjects.isCellSlot(fr.code, i)) {
      PyObject prev = c.ref;
      c.ref = in.heap.incref(v);
      in.heap.xdecref(prev);
      return;
    }
    fr.localsplus[i] = in.heap.incref(v);
    in.heap.xdecref(old);
  }

  /** The bound names, in mapping order. */
  public static ArrayList<PyObject> keys(Interp in, Frame fr) {
    ArrayList<PyObject> out = new ArrayList<>();
    for (int i = 0; i < fr.code.nlocalsplus(); i++) {
      if (value(fr, i) != null) {
        out.add(in.key(fr.code.localName(i)));
      }
    }
    if (fr.locals != null) {
      for (PyDict.Entry e : fr.locals.entries()) {
        out.add(e.key);
      }
    }
    return out;
  }

  /** keys(), values() or items() of a proxy: a new list, as FrameLocalsProxy's methods return. */
  public static PyList list(Interp in, Frame fr, int which) {
    ArrayList<PyObject> items = new ArrayList<>();
    for (PyObject k : keys(in, fr)) {
      PyObject v = get(fr, k);
      items.add(switch (which) {
        case 0 -> in.heap.incref(k);
        case 1 -> in.heap.incref(v);
        default -> in.newTuple(in.heap.incref(k), in.heap.incref(v));
      });
    }
    return in.newList(items);
  }

  private static PyObject value(Frame fr, int i) {
    PyObject v = fr.localsplus[i];
    if (v instanceof PyCell c && FrameObjects.isCellSlot(fr.code, i)) {
      return c.ref;
    }
    return v;
  }

  private static int slot(Frame fr, PyObject key) {
    if (!(key instanceof PyStr s)) {
      return -1;
    }
    for (int i = 0; i < fr.code.nlocalsplus(); i++) {
      if (fr.code.localName(i).equals(s.value)) {
        return i;
      }
    }
    return -1;
  }

  /** The frame a proxy reads. */
  public static Frame frameOf(PyFrameLocalsProxy p) {
    return p.ref.frame;
  }
}
