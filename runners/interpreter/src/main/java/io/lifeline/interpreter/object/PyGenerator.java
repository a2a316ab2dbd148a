package io.lifeline.interpreter.object;

import io.lifeline.interpreter.memory.Heap;

/**
 * A generator or coroutine: owns its suspended frame. gen_dealloc clears weakrefs first, then finalizes
 * (close() if suspended, PEP 442), then clears the frame in index order.
 */
public final class PyGenerator extends PyContainer implements Weakrefable {
  /** gi_frame_state. */
  public enum State { CREATED, SUSPENDED, RUNNING, COMPLETED }

  public Frame frame;
  public State state = State.CREATED;
  public final String name;
  /** gi_qualname: the function's __qualname__ when the generator was made. */
  public String qualname;
  public final boolean coroutine;
  /** Made by a function decorated with types.coroutine (CO_ITERABLE_COROUTINE): awaitable. */
  public boolean iterableCoroutine;
  /** An async generator (CO_ASYNC_GENERATOR): driven through asend/athrow awaitables. */
  public boolean asyncGen;
  /** ag_hooks_inited: the first __anext__/asend/athrow/aclose called the firstiter hook and took the finalizer. */
  public boolean hooksInited;
  /** ag_origin_or_finalizer (owned): sys.get_asyncgen_hooks()'s finalizer when the hooks were inited, or null. */
  public PyObject finalizer;
  /** ag_closed: aclose() was called, or the generator finished. */
  public boolean closed;
  /** ag_running_async: an asend/athrow of it is being awaited. */
  public boolean runningAsync;
  /** gi_exc_state: the exception being handled inside this generator while it is suspended. */
  public final ExcState excState = new ExcState();

  public PyGenerator(PyType type, Frame frame, String name, boolean coroutine) {
    super(type);
    this.frame = frame;
    this.name = name;
    this.coroutine = coroutine;
  }

  /**
   * 3.10/3.11 (close() throws into a generator that never started): _PyGen_Finalize closes a generator
   * function's generator that has not finished, started or not, so the collector finalizes an unstarted one
   * too (closing it clears its frame and the arguments it owns).
   */
  public boolean finalizesUnstarted;

  /**
   * _PyGen_Finalize does something only for an unfinished generator: it closes a suspended one (and, where
   * {@link #finalizesUnstarted}, an unstarted generator) and warns that an unstarted coroutine was never awaited.
   */
  @Override
  public boolean hasFinalizer() {
    return state == State.SUSPENDED || (state == State.CREATED && (finalizesUnstarted || coroutine));
  }

  @Override
  public void traverse(Visitor v) {
    if (finalizer != null) {
      v.visit(finalizer);
    }
    if (frame != null && state != State.RUNNING) {
      frame.traverse(v);
    }
    if (state != State.RUNNING) {
      excState.traverse(v);
    }
  }

  /** Drops gi_exc_state's references. */
  public void releaseExcState(Heap heap) {
    excState.clear(heap);
  }

  /** gen_dealloc: an async generator's finalizer hook is released before its frame is cleared. */
  public void releaseFinalizer(Heap heap) {
    PyObject fin = finalizer;
    if (fin != null) {
      finalizer = null;
      heap.decref(fin);
    }
  }

  @Override
  public void clear(Heap heap) {
    releaseFinalizer(heap);
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
    return "<" + (asyncGen ? "async_generator" : coroutine ? "coroutine" : "generator") + " object " + name + ">";
  }
}
