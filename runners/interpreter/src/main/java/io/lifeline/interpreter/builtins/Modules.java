package io.lifeline.interpreter.builtins;

import io.lifeline.interpreter.memory.Heap;
import io.lifeline.interpreter.object.NativeFn;
import io.lifeline.interpreter.object.PyBaseException;
import io.lifeline.interpreter.object.PyInt;
import io.lifeline.interpreter.object.PyList;
import io.lifeline.interpreter.object.PyModule;
import io.lifeline.interpreter.object.PyNativeFunction;
import io.lifeline.interpreter.object.PyNone;
import io.lifeline.interpreter.object.PyObject;
import io.lifeline.interpreter.object.PyWeakref;
import io.lifeline.interpreter.vm.Frame;
import io.lifeline.interpreter.vm.Interp;
import java.util.ArrayList;

/** The native modules, and the loader of the Python-source ones. */
public final class Modules {
  private Modules() {}

  static void install(Interp in) {
    gc(in);
    weakref(in);
    sys(in);
    operator(in);
    atexit(in);
    types(in);
    withoutNamesTheModelledVersionLacks(in);
  }

  /**
   * PyPy (reclaim=TRACING) has no sys.getrefcount and no gc.get_count/get_threshold/set_threshold/is_tracked
   * (PyPy 7.3.11's dir()), so using one is the AttributeError PyPy raises.
   */
  private static void withoutNamesTheModelledVersionLacks(Interp in) {
    PyModule sys = in.modules.get("sys");
    PyModule gc = in.modules.get("gc");
    if (in.policies.reclaim() == io.lifeline.interpreter.Policies.Reclaim.TRACING) {
      sys.dict.remove(in.heap, in.key("getrefcount"));
      for (String name : new String[] {"get_count", "get_threshold", "set_threshold", "is_tracked"}) {
        gc.dict.remove(in.heap, in.key(name));
      }
    }
  }

  /**
   * Modules written in Python (src/main/resources/io/lifeline/interpreter/lib/NAME.py), compiled and run
   * on first import like CPython's pure-Python stdlib modules.
   */
  public static PyModule importSource(Interp in, String name) {
    java.io.InputStream src = Modules.class.getResourceAsStream("/io/lifeline/interpreter/lib/" + name + ".py");
    if (src == null) {
      return null;
    }
    String text;
    try (src) {
      text = new String(src.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    PyModule m = in.newModule(name);
    in.modules.put(name, m);
    m.dict.put(in.heap, in.key("__builtins__"), in.builtins);
    in.heap.decref(in.vm.runModule(in.compile(text), m.dict));
    return m;
  }

  /** types.coroutine: marks a generator function so its generators can be awaited. */
  private static void types(Interp in) {
    PyModule m = module(in, "types");
    fn(in, m, "coroutine", (i, a, k) -> {
      Args.count(i, "coroutine", a, k, 1, 1);
      if (a[0] instanceof io.lifeline.interpreter.object.PyFunction f
          && (f.code.flags & io.lifeline.interpreter.bytecode.PyCode.CO_GENERATOR) != 0) {
        f.iterableCoroutine = true;
      }
      return i.heap.incref(a[0]);
    });
    m.dict.put(in.heap, in.key("CoroutineType"), in.types.coroutine);
    m.dict.put(in.heap, in.key("GeneratorType"), in.types.generator);
  }

  private static void operator(Interp in) {
    PyModule m = module(in, "operator");
    fn(in, m, "is_", (i, a, k) -> {
      Args.count(i, "is_", a, k, 2, 2);
      return i.types.bool(a[0] == a[1]);
    });
    fn(in, m, "add", (i, a, k) -> {
      Args.count(i, "add", a, k, 2, 2);
      return i.ops.binaryOp(io.lifeline.interpreter.bytecode.BinaryOp.ADD, a[0], a[1]);
    });
    fn(in, m, "getitem", (i, a, k) -> {
      Args.count(i, "getitem", a, k, 2, 2);
      return i.ops.getitem(a[0], a[1]);
    });
  }

  /** atexit: handlers run last-registered first when shutdown begins. */
  private static void atexit(Interp in) {
    PyModule m = module(in, "atexit");
    PyList handlers = in.newList(new ArrayList<>());
    m.dict.put(in.heap, in.key("_handlers"), handlers);
    fn(in, m, "register", (i, a, k) -> {
      Args.count(i, "register", a, k, 1, 1);
      handlers.items.add(i.heap.incref(a[0]));
      return i.heap.incref(a[0]);
    });
  }

  private static PyModule module(Interp in, String name) {
    PyModule m = in.newModule(name);
    m.immortal = true;
    m.dict.immortal = true;
    in.modules.put(name, m);
    return m;
  }

  private static void fn(Interp in, PyModule m, String name, NativeFn f) {
    m.dict.put(in.heap, in.key(name), new PyNativeFunction(in.types.builtinFunction, name, f, false));
  }

  private static void gc(Interp in) {
    PyModule m = module(in, "gc");
    Heap heap = in.heap;
    fn(in, m, "collect", (i, a, k) -> {
      if (heap.tracer() != null) {
        heap.tracer().collect();
        return i.none();
      }
      return i.newInt(heap.collector().collect(a.length > 0 ? (int) ((PyInt) a[0]).small : 2));
    });
    fn(in, m, "enable", (i, a, k) -> {
      heap.setEnabled(true);
      return i.none();
    });
    fn(in, m, "disable", (i, a, k) -> {
      heap.setEnabled(false);
      return i.none();
    });
    fn(in, m, "isenabled", (i, a, k) -> i.types.bool(heap.isEnabled()));
    fn(in, m, "is_tracked", (i, a, k) -> {
      Args.count(i, "is_tracked", a, k, 1, 1);
      return i.types.bool(heap.isTracked(a[0]));
    });
    fn(in, m, "get_count", (i, a, k) -> {
      int[] c = heap.counts();
      return i.newTuple(i.newInt(c[0]), i.newInt(c[1]), i.newInt(c[2]));
    });
    fn(in, m, "get_threshold", (i, a, k) -> {
      int[] t = heap.thresholds();
      return i.newTuple(i.newInt(t[0]), i.newInt(t[1]), i.newInt(t[2]));
    });
    fn(in, m, "set_threshold", (i, a, k) -> {
      int[] t = heap.thresholds();
      for (int x = 0; x < Math.min(3, a.length); x++) {
        t[x] = (int) ((PyInt) a[x]).small;
      }
      heap.setThresholds(t);
      return i.none();
    });
    m.dict.put(heap, in.key("garbage"), in.newList(new ArrayList<>()));
  }

  private static void weakref(Interp in) {
    PyModule m = module(in, "_weakref");
    fn(in, m, "_note_first_finalize", (i, a, k) -> {
      if (i.heap.tracer() != null && !(a[0] instanceof io.lifeline.interpreter.object.PyType)) {
        i.heap.tracer().registerLeftover();
      }
      return i.none();
    });
    Heap heap = in.heap;
    fn(in, m, "getweakrefcount", (i, a, k) -> {
      int n = 0;
      for (PyWeakref w = a[0].weakrefs; w != null; w = w.next) {
        n++;
      }
      return i.newInt(n);
    });
    fn(in, m, "_MethodType", (i, a, k) -> {
      Args.count(i, "MethodType", a, k, 2, 2);
      return i.newMethod(a[0], a[1]);
    });
    m.dict.put(heap, in.key("ref"), in.types.weakref);
    m.dict.put(heap, in.key("ReferenceType"), in.types.weakref);
    Builtins.ctor(in, in.types.weakref, (i, a, k) -> {
      Args.count(i, "ref", a, k, 1, 2);
      PyObject referent = a[0];
      if (!referent.weakrefable()) {
        throw i.error("TypeError", "cannot create weak reference to '" + referent.type.name + "' object");
      }
      PyObject cb = a.length > 1 && !(a[1] instanceof PyNone) ? a[1] : null;
      if (cb == null) {
        PyWeakref basic = heap.basicRef(referent);
        if (basic != null) {
          return heap.incref(basic);
        }
      }
      PyWeakref w = heap.register(new PyWeakref(i.types.weakref, referent, heap.xincref(cb)));
      heap.linkWeakref(referent, w);
      return w;
    });
  }

  private static void sys(Interp in) {
    PyModule m = module(in, "sys");
    Heap heap = in.heap;
    fn(in, m, "getrefcount", (i, a, k) -> {
      Args.count(i, "getrefcount", a, k, 1, 1);
      return i.newInt(a[0].immortal ? 1_000_000_000L : a[0].refcnt);
    });
    fn(in, m, "getrecursionlimit", (i, a, k) -> i.newInt(i.recursionLimit));
    fn(in, m, "setrecursionlimit", (i, a, k) -> {
      i.recursionLimit = (int) ((PyInt) a[0]).small;
      return i.none();
    });
    fn(in, m, "_getframe", (i, a, k) -> {
      long depth = a.length > 0 ? ((PyInt) a[0]).small : 0;
      Frame f = i.current;
      for (long d = 0; d < depth && f != null; d++) {
        f = f.previous;
      }
      if (f == null) {
        throw i.error("ValueError", "call stack is not deep enough");
      }
      return heap.incref(i.frameObject(f));
    });
    boolean triple = in.policies.excInfo() == io.lifeline.interpreter.Policies.ExcInfo.TRIPLE;
    fn(in, m, "exc_info", (i, a, k) -> {
      io.lifeline.interpreter.vm.ExcState s = i.vm.topHandledState();
      if (s == null) {
        return i.newTuple(i.none(), i.none(), i.none());
      }
      if (triple) {
        // 3.10: the stored triple, whose traceback need not be the exception's __traceback__ any more
        return i.newTuple(heap.incref(s.type), heap.incref(s.value),
            heap.incref(s.traceback != null ? s.traceback : i.none()));
      }
      PyBaseException b = (PyBaseException) s.value;
      return i.newTuple(heap.incref(b.type), heap.incref(b), heap.incref(b.traceback != null ? b.traceback : i.none()));
    });
    if (!triple) {
      // sys.exception() came with the single-exception state (3.11, bpo-46328)
      fn(in, m, "exception", (i, a, k) -> {
        PyObject e = i.vm.topHandled();
        return heap.incref(e == null ? i.none() : e);
      });
    }
    m.dict.put(heap, in.key("maxsize"), in.newInt(Long.MAX_VALUE));
    PyList argv = in.newList(new ArrayList<>());
    m.dict.put(heap, in.key("argv"), argv);
    StdStreams.install(in, m);
  }
}
