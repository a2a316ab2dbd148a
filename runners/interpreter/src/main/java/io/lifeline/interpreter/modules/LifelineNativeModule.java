package io.lifeline.interpreter.modules;

import io.lifeline.interpreter.builtins.Args;
import io.lifeline.interpreter.memory.Heap;
import io.lifeline.interpreter.modules.NativeWrapper.Kind;
import io.lifeline.interpreter.object.NativeFn;
import io.lifeline.interpreter.object.PyModule;
import io.lifeline.interpreter.object.PyNone;
import io.lifeline.interpreter.object.PyObject;
import io.lifeline.interpreter.object.PyStr;
import io.lifeline.interpreter.object.PyTuple;
import io.lifeline.interpreter.object.PyType;
import io.lifeline.interpreter.vm.Interp;
import io.lifeline.interpreter.vm.Policies;
import io.lifeline.interpreter.vm.ProcessAbort;
import io.lifeline.interpreter.vm.PyException;

/**
 * {@code lifeline_native}, lifeline's own C extension module (runners/real/src/main/resources/.../lifeline_native.c,
 * which the real backends build), as native types of the models: Wrapper, Finalized and Untracked
 * ({@link NativeWrapper}), Base (an instance dict at tp_dictoffset, subclassable: a {@code PyInstance} whose type
 * has {@link PyType#dictAtOffset}), Widget (a {@link NativeWrapper} too), and {@code call}, {@code keep}, {@code drop}.
 *
 * <p>On the CPython models the types' slots are what the C code's are: the cycle collector traverses and clears them
 * (gcmodule.c calls tp_finalize first, then tp_clear in gc-list order, through {@code traverse}/{@code clear}), the
 * Untracked type is never tracked, and a call from C holds its arguments until it returns (the caller's stack holds
 * them in the model, as CPython's METH_VARARGS tuple does). On the PyPy models (reclaim=TRACING) cpyext's rules
 * apply: a reference held in C is a root of its referent ({@code traverseTraced} omits it), so a cycle through one
 * never dies; Base's attributes live in the W_Root's dict, a Python reference; every positional argument of a call
 * into the module is held by a C argument tuple ({@link CArgs}) that dies only at the next collection, so the
 * argument dies at the one after (probed on PyPy 7.3.11). Calling Finalized's {@code __del__} (its tp_finalize)
 * aborts PyPy 7.3.11 (Policies.NativeFinalize).
 */
public final class LifelineNativeModule implements NativeModule {
  /**
   * Under cpyext, the PyTupleObject a METH_VARARGS function, tp_new or tp_init receives: its items are references
   * held in C, and it dies when its W_Root (the call's argument tuple) does, at the next collection after the call
   * (pypy/module/cpyext/tupleobject.py, rawrefcount.rst). tuple_dealloc releases the items last first.
   */
  static final class CArgs extends PyObject {
    private PyObject[] items;

    CArgs(PyType type, PyObject[] items) {
      super(type);
      this.items = items;
    }

    @Override
    public void traverse(Visitor v) {
      for (PyObject o : items) {
        v.visit(o);
      }
    }

    @Override
    public void traverseTraced(Visitor v) {}

    @Override
    public void releaseContents(Heap heap) {
      PyObject[] held = items;
      items = new PyObject[0];
      for (int i = held.length - 1; i >= 0; i--) {
        heap.decref(held[i]);
      }
    }
  }

  /** The C variable {@code kept}: an immortal holder of the one reference keep() stores (never freed at exit). */
  static final class Kept extends PyObject {
    PyObject kept;

    Kept(PyType type) {
      super(type);
    }

    @Override
    public void traverse(Visitor v) {
      visit(v, kept);
    }

    @Override
    public void traverseTraced(Visitor v) {}
  }

  private static final String[] WRAPPER_ARGS = {"ref", "other"};
  private static final String[] FINALIZED_ARGS = {"ref", "other", "on_del"};
  private static final String[] WIDGET_ARGS = {"callback"};

  @Override
  public void exec(Interp in, PyModule m) {
    boolean cpyext = in.policies.reclaim() == Policies.Reclaim.TRACING;
    PyType tuple = NativeModule.newType(in, "tuple");
    wrapperType(in, m, "Wrapper", Kind.WRAPPER, cpyext, tuple);
    PyType finalized = wrapperType(in, m, "Finalized", Kind.FINALIZED, cpyext, tuple);
    NativeModule.method(in, finalized, "__del__", (i, a, k) -> finalize(i, (NativeWrapper) a[0]));
    wrapperType(in, m, "Untracked", Kind.UNTRACKED, cpyext, tuple);
    baseType(in, m, cpyext, tuple);
    widgetType(in, m, cpyext, tuple);
    NativeModule.function(in, m, "call", holding(cpyext, tuple, false, LifelineNativeModule::call));
    Kept kept = in.heap.register(new Kept(NativeModule.newType(in, "kept")));
    kept.immortal = true;
    NativeModule.function(in, m, "keep", (i, a, k) -> {
      Args.count(i, "keep", a, k, 1, 1);
      PyObject old = kept.kept;
      kept.kept = i.heap.incref(a[0]);
      i.heap.xdecref(old);
      return i.none();
    });
    NativeModule.function(in, m, "drop", (i, a, k) -> {
      Args.count(i, "drop", a, k, 0, 0);
      PyObject old = kept.kept;
      kept.kept = null;
      i.heap.xdecref(old);
      return i.none();
    });
  }

  /**
   * Under cpyext, {@code f} with its positional arguments (after self for a {@code method}) held by a
   * {@link CArgs} released when it returns.
   */
  private static NativeFn holding(boolean cpyext, PyType tuple, boolean method, NativeFn f) {
    if (!cpyext) {
      return f;
    }
    int from = method ? 1 : 0;
    return (i, a, k) -> {
      int npos = Args.positional(a, k);
      if (npos <= from) {
        return f.call(i, a, k);
      }
      PyObject[] items = new PyObject[npos - from];
      for (int j = from; j < npos; j++) {
        items[j - from] = i.heap.incref(a[j]);
      }
      CArgs held = i.heap.register(new CArgs(tuple, items));
      try {
        return f.call(i, a, k);
      } finally {
        i.heap.decref(held);
      }
    };
  }

  private static PyType wrapperType(Interp in, PyModule m, String name, Kind kind, boolean cpyext, PyType tuple) {
    PyType t = NativeModule.newType(in, "lifeline_native." + name);
    String[] kwlist = kind == Kind.FINALIZED ? FINALIZED_ARGS : WRAPPER_ARGS;
    NativeModule.constructor(in, t, holding(cpyext, tuple, false, (i, a, k) -> {
      PyObject[] v = parse(i, a, k, kwlist);
      NativeWrapper w = i.heap.register(new NativeWrapper(t, kind, true));
      w.ref = slotValue(i, v[0]);
      w.other = slotValue(i, v[1]);
      w.onDel = v.length > 2 ? slotValue(i, v[2]) : null;
      return w;
    }));
    members(t, cpyext, kwlist);
    NativeModule.put(in, m, name, t);
    return t;
  }

  /** set_slot: a constructor argument that is missing or None leaves the slot empty. */
  private static PyObject slotValue(Interp in, PyObject v) {
    return v == null || v instanceof PyNone ? null : in.heap.incref(v);
  }

  private static void widgetType(Interp in, PyModule m, boolean cpyext, PyType tuple) {
    PyType t = NativeModule.newType(in, "lifeline_native.Widget");
    NativeModule.constructor(in, t, holding(cpyext, tuple, false, (i, a, k) -> {
      PyObject[] v = parse(i, a, k, WIDGET_ARGS);
      NativeWrapper w = i.heap.register(new NativeWrapper(t, Kind.WIDGET, cpyext));
      w.ref = slotValue(i, v[0]);
      return w;
    }));
    NativeModule.method(in, t, "fire", holding(cpyext, tuple, true, LifelineNativeModule::fire));
    members(t, cpyext, WIDGET_ARGS);
    NativeModule.put(in, m, "Widget", t);
  }

  /** Base: PyType_GenericNew with object_init, which accepts and ignores any arguments (tp_new is not object_new). */
  private static void baseType(Interp in, PyModule m, boolean cpyext, PyType tuple) {
    PyType t = NativeModule.newType(in, "lifeline_native.Base");
    t.layout = PyType.Layout.INSTANCE;
    t.dictAtOffset = true;
    NativeModule.constructor(in, t, holding(cpyext, tuple, false, (i, a, k) -> i.newInstance(t)));
    NativeModule.put(in, m, "Base", t);
  }

  /**
   * The T_OBJECT members: reading an empty slot gives None; assigning stores the value (None too) and then drops
   * the old one (PyMember_SetOne); deleting empties the slot. Any other attribute is an AttributeError on CPython;
   * PyPy's W_Root has a dict for it, which the model does not have (unsupported).
   */
  private static void members(PyType t, boolean cpyext, String[] names) {
    t.slots.getattr = (i, o, name) -> {
      int at = indexOf(names, name);
      if (at < 0) {
        return i.ops.genericGetattr(o, name);
      }
      PyObject v = member(o, at);
      return i.heap.incref(v == null ? i.none() : v);
    };
    t.slots.setattr = (i, o, name, v) -> setMember(i, o, name, names, i.heap.incref(v), cpyext);
    t.slots.delattr = (i, o, name) -> setMember(i, o, name, names, null, cpyext);
  }

  private static int indexOf(String[] names, String name) {
    for (int j = 0; j < names.length; j++) {
      if (names[j].equals(name)) {
        return j;
      }
    }
    return -1;
  }

  private static PyObject member(PyObject o, int at) {
    NativeWrapper w = (NativeWrapper) o;
    return at == 0 ? w.ref : at == 1 ? w.other : w.onDel;
  }

  /** Stores {@code v} (a new reference, or null to empty the slot) into member {@code name}, then drops the old. */
  private static void setMember(Interp in, PyObject o, String name, String[] names, PyObject v, boolean cpyext) {
    int at = indexOf(names, name);
    if (at < 0) {
      in.heap.xdecref(v);
      if (cpyext) {
        throw in.unsupported("an attribute other than a member on a native object (cpyext keeps it in the "
            + "object's PyPy side)");
      }
      throw in.error("AttributeError", "'" + o.type.name + "' object has no attribute '" + name + "'"
          + (in.policies.wording().atLeast(Policies.Wording.CPYTHON_313)
              ? " and no __dict__ for setting new attributes" : ""));
    }
    PyObject old = member(o, at);
    if (at == 0) {
      ((NativeWrapper) o).ref = v;
    } else if (at == 1) {
      ((NativeWrapper) o).other = v;
    } else {
      ((NativeWrapper) o).onDel = v;
    }
    in.heap.xdecref(old);
  }

  /**
   * PyArg_ParseTupleAndKeywords with a format of optional objects: the value of each name in {@code kwlist},
   * null when not given (borrowed).
   */
  private static PyObject[] parse(Interp in, PyObject[] a, PyTuple k, String[] kwlist) {
    int npos = Args.positional(a, k);
    if (a.length > kwlist.length) {
      throw in.error("TypeError", "function takes at most " + kwlist.length + " argument"
          + (kwlist.length == 1 ? "" : "s") + " (" + a.length + " given)");
    }
    PyObject[] v = new PyObject[kwlist.length];
    System.arraycopy(a, 0, v, 0, npos);
    for (int j = npos; j < a.length; j++) {
      String name = ((PyStr) k.items[j - npos]).value;
      int at = indexOf(kwlist, name);
      if (at < 0) {
        throw in.error("TypeError", in.policies.wording().atLeast(Policies.Wording.CPYTHON_313)
            ? "this function got an unexpected keyword argument '" + name + "'"
            : "'" + name + "' is an invalid keyword argument for this function");
      }
      if (at < npos) {
        throw in.error("TypeError", "argument for function given by name ('" + name + "') and position ("
            + (at + 1) + ")");
      }
      v[at] = a[j];
    }
    return v;
  }

  /** widget_fire: callback(*args) from C, the callback held for the call's duration. */
  private static PyObject fire(Interp in, PyObject[] a, PyTuple k) {
    if (!(a[0] instanceof NativeWrapper w && w.kind == Kind.WIDGET)) {
      throw in.error("TypeError", "descriptor 'fire' requires a 'lifeline_native.Widget' object");
    }
    if (k != null && k.size() > 0) {
      throw in.error("TypeError", "fire() takes no keyword arguments");
    }
    if (w.ref == null) {
      throw in.error("RuntimeError", "widget has no callback");
    }
    PyObject callback = in.heap.incref(w.ref);
    PyObject[] args = new PyObject[a.length - 1];
    System.arraycopy(a, 1, args, 0, args.length);
    try {
      return in.ops.call(callback, args, null);
    } finally {
      in.heap.decref(callback);
    }
  }

  /** native_call: f(*args) from C; the caller's stack (CPython's argument tuple) holds args until f returns. */
  private static PyObject call(Interp in, PyObject[] a, PyTuple k) {
    if (k != null && k.size() > 0) {
      throw in.error("TypeError", "call() takes no keyword arguments");
    }
    if (a.length < 1) {
      throw in.error("TypeError", "call() needs a callable");
    }
    PyObject[] rest = new PyObject[a.length - 1];
    System.arraycopy(a, 1, rest, 0, rest.length);
    return in.ops.call(a[0], rest, null);
  }

  /**
   * Finalized's {@code __del__} slot wrapper (wrap_del), which calls wrapper_finalize: on_del(self) if set, an
   * exception reported as unraisable. PyPy 7.3.11 has no wrap_del: calling it aborts the process.
   */
  private static PyObject finalize(Interp in, NativeWrapper w) {
    if (in.policies.nativeFinalize() == Policies.NativeFinalize.ABORTS) {
      throw new ProcessAbort(in, "cpyext: missing slot wrapper wrap_del for class lifeline_native.Finalized\n"
          + "Fatal RPython error: NotImplementedError");
    }
    if (w.onDel == null) {
      return in.none();
    }
    PyObject onDel = in.heap.incref(w.onDel);
    try {
      in.heap.decref(in.ops.call(onDel, new PyObject[] {w}, null));
    } catch (PyException e) {
      in.writeUnraisable(e, in.ops.reprOf(onDel));
    } finally {
      in.heap.decref(onDel);
    }
    return in.none();
  }
}
