package io.lifeline.interpreter.vm;

import io.lifeline.interpreter.object.Frame;
import io.lifeline.interpreter.object.PyCode;
import io.lifeline.interpreter.object.PyFunction;
import io.lifeline.interpreter.object.PyGenerator;
import io.lifeline.interpreter.object.PyObject;
import io.lifeline.interpreter.object.PyStr;
import io.lifeline.interpreter.object.PyTuple;

/**
 * Making, entering and finishing Python frames: the fast paths that bind exact positional or keyword calls
 * straight from the caller's stack, the general path through {@link ArgumentBinder}, frame reuse, 3.10's eager
 * frames ({@link FrameConvention}) and the recursion limit.
 */
final class FrameSetup extends VmPart {
  private final VM vm;
  private final ArgumentBinder binder;
  private final FrameConvention convention;
  /** {@link Policies.GenClose#finishesLinked}, chosen by the VM. */
  private final boolean finishesLinked;

  FrameSetup(VM vm, Interp in, FrameConvention convention, boolean finishesLinked) {
    super(in);
    this.finishesLinked = finishesLinked;
    this.vm = vm;
    this.binder = new ArgumentBinder(in);
    this.convention = convention;
  }

  /** Links a new Python frame under {@code caller}, enforcing the recursion limit (_Py_EnterRecursivePy). */
  void enterFrame(Frame callee, Frame caller) {
    if (in.pyDepth + vm.nativeDepth >= in.recursionLimit) {
      callee.clear(heap, in);
      throw in.error("RecursionError", "maximum recursion depth exceeded");
    }
    in.pyDepth++;
    callee.previous = caller;
  }

  /**
   * The frame a finishing generator frame stays linked to (take_ownership's f_back): the nearest caller that is a
   * Python frame in the modelled interpreter, or null where there is no live one on the thread's chain (a resume
   * from a finalizer, say). The model's asyncio.py runs Future and Task as Python where CPython's are C
   * (_asyncio): task_step sends into the coroutine from C, so the coroutine's caller is the Python frame that
   * called the C code, the loop's Handle._run.
   */
  private static Frame pythonCaller(Frame caller) {
    Frame c = caller;
    while (c != null && !c.cleared && c.owner == Frame.Owner.THREAD && standsForNativeCode(c)) {
      c = c.previous;
    }
    return c == null || c.cleared || c.owner != Frame.Owner.THREAD ? null : c;
  }

  /** Whether {@code f} runs a method of the model asyncio.py's Future or Task, C types in CPython's _asyncio. */
  private static boolean standsForNativeCode(Frame f) {
    String q = f.code.qualname;
    return (q.startsWith("Future.") || q.startsWith("Task."))
        && f.globals != null && f.globals.getStr("__name__") instanceof PyStr name && name.value.equals("asyncio");
  }

  /**
   * _PyEvalFrameClearAndPop: a finished frame releases its slots (or a generator's is marked complete; linked to
   * its caller while cleared where {@link Policies.GenClose#finishesLinked} says so).
   */
  void finishFrame(Frame f) {
    if (f.owner == Frame.Owner.GENERATOR) {
      PyGenerator g = (PyGenerator) f.generator;
      g.state = PyGenerator.State.COMPLETED;
      g.frame = null;
      f.previous = finishesLinked ? pythonCaller(f.previous) : null;
      f.clear(heap, in);
      f.previous = null;
      return;
    }
    in.pyDepth--;
    f.clear(heap, in);
  }

  /**
   * _PyEvalFramePushAndInit + initialize_locals: builds a frame for {@code fn} that takes ownership of the
   * references in {@code argv} (positional, then the values named by {@code kwnames}) and of the function.
   * On a binding error everything taken is released before raising.
   */
  Frame newFrame(PyFunction fn, PyObject[] argv, PyTuple kwnames) {
    return newFrame(fn, argv, 0, argv.length, kwnames);
  }

  /** {@link #newFrame} taking the {@code n} references at {@code argv[off]} (and clearing those slots). */
  Frame newFrame(PyFunction fn, PyObject[] argv, int off, int n, PyTuple kwnames) {
    Frame fr = frameFor(fn);
    int nkw = kwnames == null ? 0 : kwnames.size();
    int npos = n - nkw;
    try {
      binder.bindArguments(fr, fn, argv, off, n, npos, kwnames);
    } catch (PyException e) {
      fr.releaseSlots(heap);
      throw e;
    }
    convention.functionFrameMade(this, fr);
    return fr;
  }

  /**
   * A frame for a call of {@code fn} that owns {@code fn} and nothing else: the code's last spare frame (see
   * RETURN_VALUE) when it has the same globals, else a new one. Reusing it is invisible to the guest: a
   * spare frame was released completely, and no frame object, generator or traceback refers to it.
   */
  private Frame frameFor(PyFunction fn) {
    PyCode code = fn.code;
    if (code.spareCount > 0 && code.spareFrames[code.spareCount - 1] instanceof Frame spare
        && spare.globals == fn.globals) {
      code.spareFrames[--code.spareCount] = null;
      spare.reuse(fn);
      return spare;
    }
    return new Frame(code, fn, fn.globals, null);
  }

  /**
   * {@link #newFrame} for an exact positional call (no keywords, as many arguments as parameters, no *args,
   * **kwargs or keyword-only parameters, lazy frames): the frame takes the {@code n} references at
   * {@code stack[start]} as initialize_locals would bind them, with no argument array. The caller clears those
   * slots. Returns null when the call needs the general binding.
   */
  Frame positionalFrame(PyFunction fn, PyObject[] stack, int start, int n) {
    PyCode code = fn.code;
    if (n != code.argcount || !bindsSimply(code)) {
      return null;
    }
    Frame fr = frameFor(fn);
    PyObject[] local = fr.localsplus;
    for (int i = 0; i < n; i++) {
      local[i] = stack[start + i];
    }
    return fr;
  }

  /**
   * {@link #positionalFrame} for a call with keywords that cannot fail to bind: no *args, **kwargs or keyword-only
   * parameters, lazy frames, no more positional arguments than parameters, every keyword a parameter after the
   * positional ones, every parameter left out one with a default. The frame takes the references at
   * {@code stack[start]} in initialize_locals' order (positional, keywords, then new references to defaults); the
   * caller clears those slots. Returns null when the call needs the general binding (and its errors).
   */
  Frame keywordFrame(PyFunction fn, PyObject[] stack, int start, int n, PyTuple kwnames) {
    PyCode code = fn.code;
    int argcount = code.argcount;
    int nkw = kwnames.items.length;
    int npos = n - nkw;
    if (npos > argcount || !bindsSimply(code)) {
      return null;
    }
    int[] slots = keywordSlots(code, kwnames);
    int ndefaults = fn.defaults == null ? 0 : fn.defaults.items.length;
    for (int slot : slots) {
      if (slot < npos) {
        return null;
      }
    }
    // Parameters from argcount - ndefaults on have defaults; every one before must be given.
    for (int i = npos; i < argcount - ndefaults; i++) {
      if (!contains(slots, i)) {
        return null;
      }
    }
    Frame fr = frameFor(fn);
    PyObject[] local = fr.localsplus;
    for (int i = 0; i < npos; i++) {
      local[i] = stack[start + i];
    }
    for (int k = 0; k < nkw; k++) {
      local[slots[k]] = stack[start + npos + k];
    }
    for (int i = npos; i < argcount; i++) {
      if (local[i] == null) {
        local[i] = heap.incref(fn.defaults.items[i - (argcount - ndefaults)]);
      }
    }
    return fr;
  }

  /**
   * Whether calls of {@code code} may bind without the general binder: no *args, **kwargs or keyword-only
   * parameters, and lazy frames (an eager frame is made by makeEager after binding).
   */
  private boolean bindsSimply(PyCode code) {
    return code.kwonlyargcount == 0 && code.posonlyargcount == 0 && (code.flags & (PyCode.CO_VARARGS | PyCode.CO_VARKEYWORDS)) == 0
        && convention.bindsFromStack();
  }

  /**
   * The parameter index of each keyword of {@code kwnames} in {@code code} (-1 for none), cached on the code for
   * the last keyword tuple seen (a call site's KW_NAMES constant).
   */
  private static int[] keywordSlots(PyCode code, PyTuple kwnames) {
    if (code.keywordNames == kwnames) {
      return code.keywordSlots;
    }
    int[] slots = new int[kwnames.items.length];
    for (int k = 0; k < slots.length; k++) {
      String name = ((PyStr) kwnames.items[k]).value;
      slots[k] = -1;
      for (int p = 0; p < code.argcount; p++) {
        if (code.varnames[p].equals(name)) {
          slots[k] = p;
          break;
        }
      }
    }
    code.keywordSlots = slots;
    code.keywordNames = kwnames;
    return slots;
  }

  private static boolean contains(int[] a, int v) {
    for (int x : a) {
      if (x == v) {
        return true;
      }
    }
    return false;
  }

  /**
   * _PyEval_MakeFrameVector (3.10): the frame gets the closure's cells at creation and keeps f_globals, not
   * the function. The caller must hold the function for the call: the hold convention and native callers do
   * (a moving convention would have to keep the callable it moved).
   */
  void makeEager(Frame fr) {
    if (fr.code.freevars.length > 0) {
      copyFreeVars(fr, fr.code.freevars.length);
    }
    fr.makeEager(heap);
  }

  /** COPY_FREE_VARS; an eager (3.10) frame got its free variables when it was made. */
  void copyFreeVars(Frame f, int n) {
    if (f.freeVarsCopied) {
      return;
    }
    f.freeVarsCopied = true;
    PyTuple closure = f.func.closure;
    int offset = f.code.nlocalsplus() - n;
    for (int i = 0; i < n; i++) {
      f.localsplus[offset + i] = heap.incref(closure.items[i]);
    }
  }
}
