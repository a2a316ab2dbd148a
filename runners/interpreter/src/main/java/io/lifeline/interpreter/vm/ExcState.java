package io.lifeline.interpreter.vm;

import io.lifeline.interpreter.memory.Heap;
import io.lifeline.interpreter.object.PyObject;
import java.util.ArrayList;
import java.util.List;

/**
 * _PyErr_StackItem: the exception currently being handled (owned reference or null), one per generator
 * plus the thread's base; a resumed generator's state is linked on top of its caller's.
 *
 * <p>Under {@code ExcInfo.TRIPLE} (CPython 3.10, PyPy's Python 3.9) the state also owns the traceback the
 * exception had when it was caught, which {@code sys.exc_info()[2]} returns even after
 * {@code e.__traceback__ = None}; the tracebacks of the handlers it interrupted are saved below it.
 */
public final class ExcState {
  public PyObject value;
  public ExcState previous;
  /** TRIPLE only: the caught exception's traceback (owned, or null). */
  public PyObject traceback;
  /** TRIPLE only: the enclosing handlers' tracebacks, innermost last (owned, nulls allowed). */
  private final List<PyObject> savedTracebacks = new ArrayList<>();

  /** PUSH_EXC_INFO under TRIPLE: the caught exception's traceback replaces (and saves) the current one. */
  void pushTraceback(Heap heap, PyObject tb) {
    savedTracebacks.add(traceback);
    traceback = heap.xincref(tb);
  }

  /** POP_EXCEPT under TRIPLE: restores the interrupted handler's traceback. */
  void popTraceback(Heap heap) {
    PyObject old = traceback;
    traceback = savedTracebacks.isEmpty() ? null : savedTracebacks.remove(savedTracebacks.size() - 1);
    heap.xdecref(old);
  }

  /** Visits the owned tracebacks (roots for the thread's state, references of a generator's). */
  public void traverseTracebacks(PyObject.Visitor v) {
    if (traceback != null) {
      v.visit(traceback);
    }
    for (PyObject tb : savedTracebacks) {
      if (tb != null) {
        v.visit(tb);
      }
    }
  }

  /** Releases the owned tracebacks, innermost first. */
  public void releaseTracebacks(Heap heap) {
    PyObject tb = traceback;
    traceback = null;
    heap.xdecref(tb);
    while (!savedTracebacks.isEmpty()) {
      heap.xdecref(savedTracebacks.remove(savedTracebacks.size() - 1));
    }
  }
}
