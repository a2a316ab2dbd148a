package io.lifeline.interpreter.modules;

import static io.lifeline.interpreter.modules.NativeModule.function;

import io.lifeline.interpreter.builtins.Args;
import io.lifeline.interpreter.object.PyList;
import io.lifeline.interpreter.object.PyModule;
import io.lifeline.interpreter.object.PyNone;
import io.lifeline.interpreter.object.PyObject;
import io.lifeline.interpreter.object.PyTuple;
import io.lifeline.interpreter.object.PyType;
import io.lifeline.interpreter.vm.Interp;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code sys.set_asyncgen_hooks}/{@code get_asyncgen_hooks} (sysmodule.c, the thread state's async_gen_firstiter
 * and async_gen_finalizer): the hooks live in a list the sys module owns ({@link Interp#asyncGenHooks}), read
 * by an async generator when it is first iterated. get_asyncgen_hooks() returns a new {@code asyncgen_hooks} struct
 * sequence (firstiter, finalizer), the two also read as attributes.
 */
final class SysAsyncGenHooks {
  private static final String[] NAMES = {"firstiter", "finalizer"};
  private static final List<String> FIELDS = List.of(NAMES);

  private SysAsyncGenHooks() {}

  static void install(Interp in, PyModule m) {
    PyList hooks = in.newList(new ArrayList<>(List.of(in.none(), in.none())));
    m.dict().put(in.heap, in.key("_asyncgen_hooks"), hooks);
    in.asyncGenHooks = hooks;
    PyType type = StructSeq.newType(in, "asyncgen_hooks", FIELDS);
    function(in, m, "get_asyncgen_hooks", (i, a, k) -> {
      Args.count(i, "get_asyncgen_hooks", a, k, 0, 0);
      PyObject[] items = {i.heap.incref(hooks.items.get(0)), i.heap.incref(hooks.items.get(1))};
      return i.heap.register(new PyTuple(type, items));
    });
    function(in, m, "set_asyncgen_hooks", (i, a, k) -> setHooks(i, hooks, a, k));
  }

  /** sys_set_asyncgen_hooks: each given hook must be callable or None; one left out stays as it was. */
  private static PyObject setHooks(Interp in, PyList hooks, PyObject[] a, PyTuple k) {
    int npos = Args.positional(a, k);
    if (npos > 2) {
      throw in.error("TypeError", "set_asyncgen_hooks() takes at most 2 arguments (" + npos + " given)");
    }
    PyObject[] given = new PyObject[2];
    for (int n = 0; n < 2; n++) {
      given[n] = n < npos ? a[n] : Args.keyword(a, k, NAMES[n]);
      if (given[n] != null && !(given[n] instanceof PyNone) && !in.ops.isCallable(given[n])) {
        throw in.error("TypeError", "callable " + NAMES[n] + " expected, got " + given[n].type.name);
      }
    }
    // sys_set_asyncgen_hooks sets the finalizer first, then firstiter.
    for (int n = 1; n >= 0; n--) {
      if (given[n] != null) {
        PyObject old = hooks.items.set(n, in.heap.incref(given[n]));
        in.heap.decref(old);
      }
    }
    return in.none();
  }
}
