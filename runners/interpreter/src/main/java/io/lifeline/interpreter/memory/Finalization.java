package io.lifeline.interpreter.memory;

import io.lifeline.interpreter.object.Frame;
import io.lifeline.interpreter.object.PyFrameObject;
import io.lifeline.interpreter.object.PyGenerator;
import io.lifeline.interpreter.object.PyObject;
import io.lifeline.interpreter.object.PyWeakref;

/** What the heap needs from the VM to run guest code while objects die. Errors never propagate (unraisable). */
public interface Finalization {
  /** tp_finalize: {@code __del__}, or close() of a suspended generator. */
  void finalize(PyObject o);

  /** Calls a weakref callback with the (already cleared) weakref. */
  void callWeakrefCallback(PyObject callback, PyWeakref ref);

  /**
   * Where the running program is (instruction, line, function), for --trace-refs; called when an object's
   * count reaches zero outside any other deallocation. May return null when tracing is off.
   */
  default String location() {
    return null;
  }

  /** The guest MemoryError to throw when the heap budget is exceeded. */
  RuntimeException memoryError();

  /**
   * take_ownership: an exiting frame whose frame object {@code f} is still referenced moves into it (the
   * object's f_back becomes the caller's frame object). Called by {@link Frame#clear}.
   */
  void takeOwnership(PyFrameObject f, Frame frame);

  /** Clears a dying generator's frame (_PyFrame_Clear, with take_ownership if its frame object lives). */
  void clearGeneratorFrame(PyGenerator g);

  /** PyPy's CO_YIELD_INSIDE_TRY: the generator's code has a yield inside a try or with block. */
  default boolean yieldsInsideTry(PyGenerator g) {
    return false;
  }

  /** PyPy's generator _finalize_ condition: suspended at a yield that a try or with block covers. */
  default boolean suspendedInsideTry(PyGenerator g) {
    return false;
  }

  /**
   * PyPy's UserDelAction.fire(): {@code action} runs once, just before the next Python code executes (the
   * dispatcher's check at a bytecode); null cancels it.
   */
  default void fireUserDelAction(Runnable action) {}
}
