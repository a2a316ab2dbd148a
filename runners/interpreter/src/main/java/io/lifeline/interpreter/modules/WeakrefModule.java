package io.lifeline.interpreter.modules;

import static io.lifeline.interpreter.modules.NativeModule.function;

import io.lifeline.interpreter.builtins.Args;
import io.lifeline.interpreter.memory.Heap;
import io.lifeline.interpreter.object.PyModule;
import io.lifeline.interpreter.object.PyNone;
import io.lifeline.interpreter.object.PyObject;
import io.lifeline.interpreter.object.PyType;
import io.lifeline.interpreter.object.PyWeakref;
import io.lifeline.interpreter.vm.Interp;

/**
 * {@code _weakref} (Modules/_weakref.c with Objects/weakrefobject.c's constructor): the native half of
 * {@code weakref}, whose Python half is weakref.py beside this class.
 */
public final class WeakrefModule implements NativeModule {
  @Override
  public void exec(Interp in, PyModule m) {
    Heap heap = in.heap;
    function(in, m, "getweakrefcount", (i, a, k) -> {
      int n = 0;
      for (PyWeakref w = a[0].weakrefs; w != null; w = w.next) {
        n++;
      }
      return i.newInt(n);
    });
    function(in, m, "getweakrefs", (i, a, k) -> {
      // _weakref_getweakrefs_impl: a new list of the object's weak references, in its list's order
      Args.count(i, "getweakrefs", a, k, 1, 1);
      java.util.ArrayList<PyObject> refs = new java.util.ArrayList<>();
      for (PyWeakref w = a[0].weakrefs; w != null; w = w.next) {
        refs.add(i.heap.incref(w));
      }
      return i.newList(refs);
    });
    // weakref.py's proxy classes stand for weakrefobject.c's proxy types, which are not weakly referenceable
    // themselves (no tp_weaklistoffset): a proxy's own ref to itself, for its callback, is made past that check
    function(in, m, "_proxy_self_ref", (i, a, k) -> {
      PyWeakref w = i.heap.register(new PyWeakref(i.types.weakref, a[0], null));
      i.heap.linkWeakref(a[0], w);
      return w;
    });
    function(in, m, "_MethodType", (i, a, k) -> {
      Args.count(i, "MethodType", a, k, 2, 2);
      return i.newMethod(a[0], a[1]);
    });
    if (in.policies.reclaim() == io.lifeline.interpreter.vm.Policies.Reclaim.TRACING) {
      in.types.weakref.name = "weakref"; // PyPy's W_Weakref is the builtin type 'weakref' (CPython: weakref.ReferenceType)
    }
    m.dict().put(heap, in.key("ref"), in.types.weakref);
    m.dict().put(heap, in.key("ReferenceType"), in.types.weakref);
    NativeModule.constructor(in, in.types.weakref, WeakrefModule::newRef);
    // weakref___init__: checks the arguments weakref_new took (a subclass's __init__ passes them on)
    NativeModule.method(in, in.types.weakref, "__init__", (i, a, k) -> {
      Args.count(i, "__init__", a, k, 2, 3);
      return i.none();
    });
  }

  /**
   * The type's tp_name: a class of weakref.py stands for a static type of weakrefobject.c, whose tp_name is
   * {@code weakref.NAME} (PyPy's proxy classes are in builtins: their plain name); any other class its name.
   */
  private static String tpName(PyType t) {
    boolean weakrefModule = t.heapType && t.dict.getStr("__module__") instanceof io.lifeline.interpreter.object.PyStr m
        && m.value.equals("weakref");
    return weakrefModule ? "weakref." + t.name : t.name;
  }

  /** PyArg_UnpackTuple(args, "__new__", 1, 2)'s errors; PyPy's leaves out the count given. */
  private static void unpackCount(Interp i, PyObject[] a, io.lifeline.interpreter.object.PyTuple k) {
    if (k != null && k.size() > 0) {
      throw i.error("TypeError", "ref() takes no keyword arguments");
    }
    if (a.length < 1 || a.length > 2) {
      boolean pypy = i.policies.reclaim() == io.lifeline.interpreter.vm.Policies.Reclaim.TRACING;
      throw i.error("TypeError", "__new__ expected " + (a.length < 1 ? "at least 1 argument" : "at most 2 arguments")
          + (pypy ? "" : ", got " + a.length));
    }
  }

  /**
   * weakref.ref(obj[, callback]), and {@code ref.__new__(cls, obj[, callback])} for a class deriving from it: the
   * shared basic ref when the class is ref itself and there is no callback (weakref_new's reuse), else a new ref
   * of the class, linked after the basic ref.
   */
  private static PyObject newRef(Interp i, PyObject[] a, io.lifeline.interpreter.object.PyTuple k) {
    PyType cls = i.types.weakref;
    if (a.length > 0 && a[0] instanceof PyType t && t.isSubtypeOf(cls)) {
      cls = t;
      a = java.util.Arrays.copyOfRange(a, 1, a.length);
    }
    unpackCount(i, a, k);
    Heap heap = i.heap;
    PyObject referent = a[0];
    // PyPy (tracing reclamation) weak-references every instance of an app-level class: __slots__ without
    // '__weakref__' forbids it only on CPython. Only the program's own classes (module __main__) are known to
    // be app-level: the model's modules define Python classes standing in for PyPy's interp-level types (re.Match).
    boolean anyInstance = i.policies.reclaim() == io.lifeline.interpreter.vm.Policies.Reclaim.TRACING
        && referent instanceof io.lifeline.interpreter.object.PyInstance
        && referent.type.dict.getStr("__module__") instanceof io.lifeline.interpreter.object.PyStr m
        && m.value.equals("__main__");
    if (!referent.weakrefable() && !anyInstance) {
      throw i.error("TypeError", "cannot create weak reference to '" + tpName(referent.type) + "' object");
    }
    PyObject cb = a.length > 1 && !(a[1] instanceof PyNone) ? a[1] : null;
    if (cb == null && cls == i.types.weakref) {
      PyWeakref basic = heap.basicRef(referent);
      if (basic != null) {
        return heap.incref(basic);
      }
    }
    PyWeakref w = heap.register(new PyWeakref(cls.heapType ? heap.incref(cls) : cls, referent, heap.xincref(cb)));
    heap.linkWeakref(referent, w);
    return w;
  }
}
