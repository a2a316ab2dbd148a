package io.lifeline.interpreter.vm;

import io.lifeline.interpreter.object.PyGenerator;
import io.lifeline.interpreter.object.PyModule;
import io.lifeline.interpreter.object.PyObject;

/**
 * The RuntimeWarning "coroutine '...' was never awaited" that finalizing an unstarted coroutine issues. CPython
 * (_PyErr_WarnUnawaitedCoroutine, Python/_warnings.c): calls warnings._warn_unawaited_coroutine(coro), which warns
 * with stacklevel=2 (the Python frame running when the coroutine died) and source=coro, so a recorded
 * WarningMessage keeps the coroutine, and the locals of its frame, alive; an error, a RuntimeWarning turned into
 * one by an "error" filter included, is unraisable with the coroutine as its object. PyPy (Coroutine._finalize_,
 * pypy/interpreter/generator.py): calls _warnings.warn(text, RuntimeWarning), no source; errors are reported as
 * any finalizer's. Only done once the program imported warnings (the model's asyncio does not import it, CPython's
 * does); before, CPython imports it and writes the warning to stderr, which no event shows.
 */
final class UnawaitedCoroutine {
  private UnawaitedCoroutine() {}

  static void warn(Interp in, PyGenerator coro) {
    PyModule warnings = in.modules.get("warnings");
    if (warnings == null) {
      return;
    }
    boolean pypy = in.policies.isPypy();
    try {
      PyObject r;
      if (pypy) {
        PyObject fn = warnings.dict().getStr("warn");
        if (fn == null) {
          return;
        }
        String text = "coroutine '" + (coro.qualname != null ? coro.qualname : coro.name) + "' was never awaited";
        PyObject message = in.newStr(text);
        try {
          r = in.ops.call(fn, new PyObject[] {message, in.types.exception("RuntimeWarning")}, null);
        } finally {
          in.heap.decref(message);
        }
      } else {
        PyObject fn = warnings.dict().getStr("_warn_unawaited_coroutine");
        if (fn == null) {
          return;
        }
        r = in.ops.call(fn, new PyObject[] {coro}, null);
      }
      in.heap.decref(r);
    } catch (PyException e) {
      in.writeUnraisable(e, coro, pypy ? "Exception ignored in: finalizer of " : null);
    }
  }
}
