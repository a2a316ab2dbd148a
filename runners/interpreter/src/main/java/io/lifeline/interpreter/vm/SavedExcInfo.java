package io.lifeline.interpreter.vm;

import io.lifeline.interpreter.object.ExcState;
import io.lifeline.interpreter.memory.Heap;
import io.lifeline.interpreter.object.PyObject;
import io.lifeline.interpreter.object.PyType;

/**
 * 3.10's handled-exception triple saved on the value stack by an exception handler (ceval.c pushes
 * exc_traceback, exc_value and exc_type when it enters a handler; POP_EXCEPT and UNWIND_EXCEPT_HANDLER pop
 * them back into exc_info). The model's handlers follow 3.11's layout, one stack slot for the saved state, so
 * a 3.10 frame keeps the three references in this one internal object; Python code never sees it. Not a GC
 * container, but the collector looks through it, so the frame's traverse reaches the triple as
 * frame_traverse does (a generator suspended in a nested handler, inside a garbage cycle, does not keep the
 * outer handled exception alive), and tp_clear of the frame releases it with the value stack.
 */
final class SavedExcInfo extends PyObject {
  /** The saved triple (its {@code previous} unused). */
  final ExcState state = new ExcState();

  /** Takes the three references {@code from} holds (the caller then forgets them there). */
  SavedExcInfo(PyType objectType, ExcState from) {
    super(objectType);
    state.type = from.type;
    state.value = from.value;
    state.traceback = from.traceback;
  }

  @Override
  public boolean collectorSeesThrough() {
    return true;
  }

  @Override
  public void traverse(Visitor v) {
    state.traverse(v);
  }

  @Override
  public void releaseContents(Heap heap) {
    state.clear(heap);
  }
}
