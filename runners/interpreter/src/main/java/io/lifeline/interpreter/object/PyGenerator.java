package io.lifeline.interpreter.object;

import io.lifeline.interpreter.memory.Heap;
import io.lifeline.interpreter.vm.Frame;

/**
 * A generator or coroutine: owns its suspended frame. gen_dealloc clears weakrefs first, then finalizes
 * (close() if suspended, PEP 442), then clears the frame in index order.
 */
public final class PyGenerator extends PyObject {
  /** gi_frame_state. */
  public enum State { CREATED, SUSPENDED, RUNNING, COMPLETED }

  public Frame frame;
  public State state = State.CREATED;
  public final String name;
  public final boolean coroutine;
  /** Made by a function decorated with types.coroutine (CO_ITERABLE_COROUTINE): awaitable. */
  public boolean iterableCoroutine;
  /** gi_exc_state: the exception being handled inside this generator while it is suspended. */
  public final io.lifeline.interpreter.vm.ExcState excState = new io.lifeline.interpreter.vm.ExcState();

  public PyGenerator(PyType type, Frame frame, String name, boolean coroutine) {
    super(type);
    this.frame = frame;
    this.name = name;
    this.coroutine = coroutine;
  }

  @Override
  public boolean isGcType() {
    return true;
  }

  @Override
  public boolean weakrefable() {
    return true;
  }

  /** _PyGen_Finalize does something only for a started, unfinished generator. */
  @Override
  public boolean hasFinalizer() {
    return state == State.SUSPENDED;
  }

  @Override
  public void traverse(Visitor v) {
    if (frame != null && state != State.RUNNING) {
      frame.traverse(v);
    }
    if (state != State.RUNNING) {
      visit(v, excState.value);
      excState.traverseTracebacks(v);
    }
  }

  /** Drops gi_exc_state's reference. */
  public void releaseExcState(Heap heap) {
    PyObject o = excState.value;
    excState.value = null;
    heap.xdecref(o);
    excState.releaseTracebacks(heap);
  }

  @Override
  public void clear(Heap heap) {
    Frame f = frame;
    if (f != null && state != State.RUNNING) {
      frame = null;
      state = State.COMPLETED;
      f.previous = null;
      f.releaseSlots(heap);
    }
    releaseExcState(heap);
  }

  @Override
  public void releaseContents(Heap heap) {
    clear(heap);
  }

  @Override
  public String toString() {
    return "<" + (coroutine ? "coroutine" : "generator") + " object " + name + ">";
  }
}
