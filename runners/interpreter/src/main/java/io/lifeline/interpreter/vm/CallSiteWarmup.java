package io.lifeline.interpreter.vm;

import io.lifeline.interpreter.object.PyCode;
import io.lifeline.interpreter.object.PyFunction;
import io.lifeline.interpreter.object.PyObject;
import io.lifeline.interpreter.object.PyType;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * CPython 3.13's adaptive specialization of CALL, reduced to the one specialization that changes lifetimes:
 * CALL_ALLOC_AND_ENTER_INIT, which builds the instance itself and moves the arguments into {@code __init__}'s
 * frame instead of going through type_call (the caller holding them). Each CALL instruction has the inline
 * cache's backoff counter (Include/internal/pycore_code.h): it starts at the warm-up value 1, so a call site
 * specializes on its second execution (Python/specialize.c specialize_class_call); a failed attempt backs off
 * exponentially; a successful one cools down (52 misses before the site specializes again).
 */
final class CallSiteWarmup {
  private static final int WARMUP_VALUE = 1;
  private static final int WARMUP_BACKOFF = 1;
  private static final int COOLDOWN_VALUE = 52;
  private static final int MAX_BACKOFF = 12;

  /** One CALL instruction's cache. */
  private static final class Site {
    int value = WARMUP_VALUE;
    int backoff = WARMUP_BACKOFF;
    /** What the specialized instruction's guards accept (the function of a bound method), or null. */
    PyObject target;
    /** Set while the instruction is CALL_ALLOC_AND_ENTER_INIT: the class, its version and its __init__. */
    PyType type;
    long version;
    PyFunction init;
  }

  private final Interp in;
  private final Map<PyCode, Site[]> sites = new IdentityHashMap<>();

  CallSiteWarmup(Interp in) {
    this.in = in;
  }

  /**
   * One execution of the CALL at {@code pc} of {@code code} (no keywords; {@code nargs} counts self) with
   * {@code callable}: the {@code __init__} to enter directly (CALL_ALLOC_AND_ENTER_INIT's guards hold, or
   * _SPECIALIZE_CALL has just specialized the site), or null for the generic CALL.
   */
  PyFunction initToEnter(PyCode code, int pc, PyObject callable, int nargs) {
    Site s = site(code, pc);
    if (s.target != null && s.target == guarded(callable)) {
      boolean initHit = s.type != null && version(s.type) == s.version && s.init.code.argcount == nargs + 1;
      if (s.type == null || initHit) {
        return s.type == null ? null : s.init;
      }
    }
    if (s.value > 0) {
      s.value--;
      return null;
    }
    specialize(s, callable, nargs);
    return s.type != null ? s.init : null;
  }

  /** What a specialized CALL's guards check: the callable, or a bound method's function. */
  private static PyObject guarded(PyObject callable) {
    return callable instanceof io.lifeline.interpreter.object.PyBoundMethod bm ? bm.func() : callable;
  }

  /**
   * _Py_Specialize_Call: a class qualifies when it is a plain heap class (metaclass type, object's __new__,
   * inline values: no __slots__ anywhere, not an exception) whose __init__ is a simple Python function taking
   * exactly the arguments given. Other callables get another specialization, which does not change lifetimes.
   */
  private void specialize(Site s, PyObject callable, int nargs) {
    s.target = null;
    s.type = null;
    s.init = null;
    if (callable instanceof PyType t && t.heapType) {
      PyFunction init = t.lookup("__init__") instanceof PyFunction f ? f : null;
      boolean plain = t.type == in.types.type && t.pythonNew() == null && t.layout == PyType.Layout.INSTANCE
          && t.totalSlots() == 0 && t.instancesHaveDict && t.builtinBase == null;
      if (!plain || init == null || !simple(init) || init.code.argcount != nargs + 1) {
        s.backoff = Math.min(s.backoff + 1, MAX_BACKOFF);
        s.value = (1 << s.backoff) - 1;
        return;
      }
      s.type = t;
      s.version = version(t);
      s.init = init;
    }
    s.target = guarded(callable);
    s.value = COOLDOWN_VALUE;
    s.backoff = 0;
  }

  /** tp_version_tag: changes whenever the class or one of its bases is modified (PyType_Modified). */
  private static long version(PyType t) {
    long v = 0;
    for (PyType m : t.mro) {
      v += m.modifications;
    }
    return v;
  }

  /** function_kind == SIMPLE_FUNCTION: no *args, **kwargs or keyword-only parameters; not a generator. */
  private static boolean simple(PyFunction f) {
    return (f.code.flags & (PyCode.CO_VARARGS | PyCode.CO_VARKEYWORDS)) == 0 && f.code.kwonlyargcount == 0
        && !f.code.isGenerator();
  }

  private Site site(PyCode code, int pc) {
    Site[] perCode = sites.computeIfAbsent(code, c -> new Site[c.ops.length]);
    if (perCode[pc] == null) {
      perCode[pc] = new Site();
    }
    return perCode[pc];
  }
}
