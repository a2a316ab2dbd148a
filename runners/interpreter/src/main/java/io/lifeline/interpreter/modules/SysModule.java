package io.lifeline.interpreter.modules;

import static io.lifeline.interpreter.modules.NativeModule.function;

import io.lifeline.interpreter.vm.Policies;
import io.lifeline.interpreter.builtins.Args;
import io.lifeline.interpreter.builtins.StdStreams;
import io.lifeline.interpreter.memory.Heap;
import io.lifeline.interpreter.object.PyBaseException;
import io.lifeline.interpreter.object.PyInstance;
import io.lifeline.interpreter.object.PyInt;
import io.lifeline.interpreter.object.PyType;
import io.lifeline.interpreter.object.PyList;
import io.lifeline.interpreter.object.PyModule;
import io.lifeline.interpreter.object.PyObject;
import io.lifeline.interpreter.object.ExcState;
import io.lifeline.interpreter.object.Frame;
import io.lifeline.interpreter.vm.Interp;
import java.util.ArrayList;

/**
 * {@code sys} (Python/sysmodule.c): reference counts, the recursion limit, frames, the handled exception and the
 * standard streams ({@link StdStreams}). Per backend: PyPy (reclaim=TRACING) has no getrefcount; 3.10
 * (exc_info=TRIPLE) keeps a stored triple and has no sys.exception().
 */
public final class SysModule implements NativeModule {
  @Override
  public void exec(Interp in, PyModule m) {
    Heap heap = in.heap;
    if (in.policies.reclaim() != Policies.Reclaim.TRACING) {
      function(in, m, "getrefcount", (i, a, k) -> {
        Args.count(i, "getrefcount", a, k, 1, 1);
        return i.newInt(a[0].immortal ? 1_000_000_000L : a[0].refcnt);
      });
    }
    // sys.intern: the model's interned strs are immortal, as CPython 3.12+'s are (3.10-3.11 free an interned str
    // with its last reference: no program observes a str's death).
    function(in, m, "intern", (i, a, k) -> {
      Args.count(i, "intern", a, k, 1, 1);
      if (a[0].type != i.types.str) {
        throw i.error("TypeError", "intern() argument must be str, not " + a[0].type.name);
      }
      return i.key(((io.lifeline.interpreter.object.PyStr) a[0]).value);
    });
    function(in, m, "getrecursionlimit", (i, a, k) -> i.newInt(i.recursionLimit));
    function(in, m, "setrecursionlimit", (i, a, k) -> {
      i.recursionLimit = (int) ((PyInt) a[0]).small;
      return i.none();
    });
    function(in, m, "_getframe", (i, a, k) -> {
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
    excInfo(in, m, in.policies.excInfo() == Policies.ExcInfo.TRIPLE);
    m.dict().put(heap, in.key("maxsize"), in.newInt(Long.MAX_VALUE));
    implementation(in, m);
    SysVersion.install(in, m);
    PyList argv = in.newList(new ArrayList<>());
    m.dict().put(heap, in.key("argv"), argv);
    StdStreams.install(in, m);
    SysAsyncGenHooks.install(in, m);
    SysUnraisableHook.install(in, m);
  }

  /**
   * sys.implementation, a types.SimpleNamespace with {@code name} only: "pypy" under reclaim=TRACING, else
   * "cpython" (what programs branch on; version and cache_tag are not modelled).
   */
  private static void implementation(Interp in, PyModule m) {
    PyType ns = NativeModule.newType(in, "types.SimpleNamespace");
    ns.layout = PyType.Layout.INSTANCE;
    PyInstance impl = in.newInstance(ns);
    boolean pypy = in.policies.reclaim() == Policies.Reclaim.TRACING;
    in.instanceDict(impl).put(in.heap, in.key("name"), in.newStr(pypy ? "pypy" : "cpython"));
    NativeModule.put(in, m, "implementation", impl);
  }

  /** sys.exc_info(), and sys.exception() where the single-exception state exists (3.11, bpo-46328). */
  private static void excInfo(Interp in, PyModule m, boolean triple) {
    Heap heap = in.heap;
    function(in, m, "exc_info", (i, a, k) -> {
      ExcState s = i.vm.topHandledState();
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
      function(in, m, "exception", (i, a, k) -> {
        PyObject e = i.vm.topHandled();
        return heap.incref(e == null ? i.none() : e);
      });
    }
  }
}
