package io.lifeline.interpreter.vm;

import io.lifeline.interpreter.object.ExcState;
import io.lifeline.interpreter.object.Frame;
import io.lifeline.interpreter.object.PyBaseException;
import io.lifeline.interpreter.object.PyNone;
import io.lifeline.interpreter.object.PyObject;

/**
 * What the thread's handled-exception state ({@link ExcState}) holds ({@link Policies.ExcInfo}), chosen once
 * per interpreter by {@link #of}: how an exception handler saves and restores it, and what a bare
 * {@code raise} re-raises.
 */
interface ExcInfoConvention {
  /**
   * PUSH_EXC_INFO, {@code value} popped (the caller pushes it back): pushes the saved handled state, and
   * {@code value} becomes the handled exception.
   */
  void push(Frame f, PyObject value);

  /** POP_EXCEPT: the saved state popped from the stack ({@code saved}, owned) becomes the handled one again. */
  void pop(PyObject saved);

  /** A bare {@code raise} of {@code handled} (owned), the exception {@code state} holds. */
  void reraise(PyBaseException handled, ExcState state);

  /**
   * WITH_EXCEPT_START: calls the bound __exit__ (three deep) with the exception's type, value (one deep) and
   * traceback, and pushes its result.
   */
  void withExceptStart(Frame f);

  /** {@code __exit__(type, exc, tb)} for the exception one deep: a new reference to its result. */
  static PyObject callExit(Interp in, Frame f) {
    PyBaseException exc = (PyBaseException) f.peek(1);
    PyObject tb = exc.traceback != null ? exc.traceback : in.none();
    return in.ops.call(f.peek(3), new PyObject[] {exc.type, exc, tb}, null);
  }

  /** The convention of a backend's policy. */
  static ExcInfoConvention of(Policies.ExcInfo policy, Interp in) {
    return switch (policy) {
      case EXCEPTION -> new ExceptionOnly(in);
      case TRIPLE -> new Triple(in);
    };
  }

  /** EXCEPTION (3.11+, bpo-45711): the state is the exception alone; the stack saves the previous one (or None). */
  final class ExceptionOnly extends VmPart implements ExcInfoConvention {
    ExceptionOnly(Interp in) {
      super(in);
    }

    @Override
    public void push(Frame f, PyObject value) {
      PyObject prev = in.excInfo.value;
      f.push(prev == null ? in.none() : prev);
      in.excInfo.value = heap.incref(value);
    }

    @Override
    public void pop(PyObject saved) {
      PyObject old = in.excInfo.value;
      in.excInfo.value = saved instanceof PyNone ? null : saved;
      heap.xdecref(old);
    }

    @Override
    public void reraise(PyBaseException handled, ExcState state) {}

    @Override
    public void withExceptStart(Frame f) {
      f.push(ExcInfoConvention.callExit(in, f));
    }
  }

  /**
   * TRIPLE (3.10): the state is (type, value, traceback), the traceback the one the exception had when it was
   * caught; a handler saves the previous triple on the stack as one {@link SavedExcInfo}.
   */
  final class Triple extends VmPart implements ExcInfoConvention {
    Triple(Interp in) {
      super(in);
    }

    /**
     * 3.10 handler entry (exception_unwind): the handled triple moves onto the stack (None if empty) and
     * exc_info becomes (type, value, traceback) of the caught exception, the traceback as it is now.
     */
    @Override
    public void push(Frame f, PyObject value) {
      ExcState s = in.excInfo;
      if (s.isEmpty()) {
        f.push(in.none());
      } else {
        f.push(heap.register(new SavedExcInfo(in.types.object, s)));
        s.forget();
      }
      PyBaseException caught = (PyBaseException) value;
      s.type = heap.incref(caught.type);
      s.value = heap.incref(caught);
      s.traceback = heap.xincref(caught.traceback);
    }

    /** 3.10 POP_EXCEPT: exc_info gets the saved triple back; the old type, value and traceback are released. */
    @Override
    public void pop(PyObject saved) {
      ExcState s = in.excInfo;
      PyObject type = s.type;
      PyObject value = s.value;
      PyObject tb = s.traceback;
      if (saved instanceof SavedExcInfo t) {
        s.type = heap.xincref(t.state.type);
        s.value = heap.xincref(t.state.value);
        s.traceback = heap.xincref(t.state.traceback);
      } else {
        s.forget();
      }
      heap.xdecref(type);
      heap.xdecref(value);
      heap.xdecref(tb);
      heap.decref(saved);
    }

    /** 3.10 do_raise restores the saved triple: the exception goes on with the traceback it was caught with. */
    @Override
    public void reraise(PyBaseException handled, ExcState state) {
      if (handled.traceback != state.traceback) {
        PyObject old = handled.traceback;
        handled.traceback = heap.xincref(state.traceback);
        heap.xdecref(old);
      }
    }

    /**
     * 3.10: the stack's triple holds the traceback the exception was caught with, and RERAISE (when __exit__
     * returns False or None) re-raises the exception with it, whatever __exit__ added (a generator it threw into:
     * contextlib before 3.11); a suppressed exception keeps what was added.
     */
    @Override
    public void withExceptStart(Frame f) {
      PyBaseException exc = (PyBaseException) f.peek(1);
      PyObject saved = heap.xincref(exc.traceback);
      PyObject r;
      try {
        r = ExcInfoConvention.callExit(in, f);
      } catch (RuntimeException e) {
        heap.xdecref(saved);
        throw e;
      }
      if ((r == in.none() || r == in.types.bool(false)) && exc.traceback != saved) {
        PyObject grown = exc.traceback;
        exc.traceback = saved;
        heap.xdecref(grown);
      } else {
        heap.xdecref(saved);
      }
      f.push(r);
    }
  }
}
