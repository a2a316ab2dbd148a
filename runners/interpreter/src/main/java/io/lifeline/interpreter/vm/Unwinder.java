package io.lifeline.interpreter.vm;

import io.lifeline.interpreter.object.ExcState;
import io.lifeline.interpreter.object.Frame;
import io.lifeline.interpreter.bytecode.ExceptionTableEntry;
import io.lifeline.interpreter.object.PyBaseException;
import io.lifeline.interpreter.object.PyNone;
import io.lifeline.interpreter.object.PyObject;
import io.lifeline.interpreter.object.PyType;

/**
 * Raising and unwinding (Python/ceval.c exception_unwind, do_raise; Python/errors.c _PyErr_SetObject): finds a
 * raised exception's handler through the exception tables of the frame chain, chains __context__, and keeps the
 * handled-exception stack as the backend's {@link ExcInfoConvention} says.
 */
final class Unwinder extends VmPart {
  private final FrameSetup frames;
  private final Calls calls;
  private final ExcInfoConvention excInfo;

  Unwinder(Interp in, FrameSetup frames, Calls calls, ExcInfoConvention excInfo) {
    super(in);
    this.frames = frames;
    this.calls = calls;
    this.excInfo = excInfo;
  }

  /**
   * Finds the handler for {@code e}: in {@code f} (stack popped to the handler's depth, exception pushed)
   * or, after clearing {@code f}, in its callers up to {@code entry}. Returns the frame to continue in, or
   * null if the exception leaves {@code entry}. The first frame gets a traceback entry unless re-raised.
   */
  Frame unwind(Frame f, PyException e, Frame entry) {
    PyBaseException exc = e.value;
    if (e.fresh) {
      chainContext(exc);
    }
    if (!e.reraise) {
      in.addTraceback(exc, f);
    }
    ExceptionTableEntry h = f.code.handlerFor(f.lasti);
    if (h != null) {
      while (f.sp > h.depth()) {
        heap.xdecref(f.pop());
      }
      f.push(exc);
      f.pc = h.target();
      return f;
    }
    if (!raisingFrameKeepsItsStack()) {
      while (f.sp > 0) {
        heap.xdecref(f.pop());
      }
    }
    Frame caller = f.previous;
    frames.finishFrame(f);
    calls.releaseInitShim(f);
    if (f == entry) {
      return null;
    }
    in.current = caller;
    return caller;
  }

  /**
   * PyPy: a frame left by an exception keeps its value stack in the frame object that the traceback holds
   * (a probe: the operand of a failing {@code 1 + A()} in a comprehension lives until the traceback dies);
   * CPython pops it first. Under tracing the frame's clear releases the stack or its frame object keeps it.
   */
  private boolean raisingFrameKeepsItsStack() {
    return heap.tracer() != null;
  }

  /** _PyErr_SetObject: a newly raised exception's __context__ is the exception being handled. */
  private void chainContext(PyBaseException exc) {
    PyObject handled = topHandled();
    if (handled == null || handled == exc) {
      return;
    }
    PyObject o = handled;
    while (o instanceof PyBaseException b && b.context != null) {
      if (b.context == exc) {
        PyObject ctx = b.context;
        b.context = null;
        heap.decref(ctx);
        break;
      }
      o = b.context;
    }
    PyObject old = exc.context;
    exc.context = heap.incref(handled);
    heap.xdecref(old);
  }

  /** _PyErr_GetTopmostException: the innermost handled exception across generator states. */
  public PyObject topHandled() {
    ExcState s = topHandledState();
    return s == null ? null : s.value;
  }

  /** The state holding the innermost handled exception, or null. */
  public ExcState topHandledState() {
    for (ExcState s = in.excInfo; s != null; s = s.previous) {
      if (s.value != null && !(s.value instanceof PyNone)) {
        return s;
      }
    }
    return null;
  }

  PyException raise(Frame f, int argc) {
    if (argc == 0) {
      ExcState state = topHandledState();
      if (state == null) {
        throw in.error("RuntimeError", "No active exception to reraise");
      }
      PyBaseException handled = (PyBaseException) heap.incref(state.value);
      excInfo.reraise(handled, state);
      return new PyException(handled, true, false);
    }
    PyObject cause = argc == 2 ? f.pop() : null;
    PyObject exc = f.pop();
    PyBaseException value;
    try {
      value = instantiateException(exc);
    } finally {
      heap.decref(exc);
    }
    if (cause != null) {
      PyObject c;
      if (cause instanceof PyNone) {
        c = null;
      } else {
        try {
          c = instantiateException(cause);
        } finally {
          heap.decref(cause);
        }
      }
      PyObject old = value.cause;
      value.cause = c;
      value.suppressContext = true;
      heap.xdecref(old);
    }
    return new PyException(value);
  }

  private PyBaseException instantiateException(PyObject exc) {
    if (exc instanceof PyType t && t.isSubtypeOf(in.types.baseException)) {
      PyObject v = ops.call(t, new PyObject[0], null);
      return (PyBaseException) v;
    }
    if (exc instanceof PyBaseException b) {
      return heap.incref(b);
    }
    throw in.error("TypeError", "exceptions must derive from BaseException");
  }
}
