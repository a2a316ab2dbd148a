package io.lifeline.interpreter.object;

import io.lifeline.interpreter.memory.Heap;

/**
 * A frame object (PyFrameObject), created lazily for tracebacks and sys._getframe(). While its interpreter
 * frame runs, it only points at it; once the frame exits while this object is referenced, it owns the
 * frame (take_ownership) and with it the frame's locals. frame_dealloc then releases the function, f_locals,
 * the locals in index order, and f_back (3.11); for a 3.10 frame ({@link Frame#eager}) the locals, the value
 * stack, f_back, f_globals, then f_locals.
 */
public final class PyFrameObject extends PyContainer implements Weakrefable {
  public Frame frame;
  /** Owned; set when this object takes ownership of an exited frame. */
  public PyFrameObject back;

  public PyFrameObject(PyType type, Frame frame) {
    super(type);
    this.frame = frame;
  }

  /**
   * Visits the references of the frame this object points at while someone else (the running call, a generator)
   * owns it; nothing once this object owns the frame ({@link #traverse} covers it then) or has none. PyPy's
   * tracing collector marks through it (memory.TracingCollector), since in PyPy the frame object is the frame.
   */
  public void traverseForeignFrame(Visitor v) {
    if (frame != null && !ownsFrame()) {
      frame.traverse(v);
    }
  }

  public boolean ownsFrame() {
    return frame != null && frame.owner == Frame.Owner.FRAME_OBJECT;
  }

  @Override
  public void traverse(Visitor v) {
    visit(v, back);
    if (ownsFrame()) {
      frame.traverse(v);
    }
  }

  /** frame_tp_clear: releases the owned frame's locals and value stack (f_locals and f_back stay). */
  @Override
  public void clear(Heap heap) {
    if (ownsFrame()) {
      frame.clearLocalsAndStack(heap);
    }
  }

  @Override
  public void releaseContents(Heap heap) {
    if (ownsFrame() && frame.eager) {
      Frame f = frame;
      f.clearLocalsAndStack(heap);
      PyObject b = back;
      back = null;
      heap.xdecref(b);
      f.releaseSlots(heap);
      return;
    }
    if (ownsFrame()) {
      Frame f = frame;
      PyObject fn = f.func;
      f.func = null;
      heap.xdecref(fn);
      PyObject l = f.locals;
      f.locals = null;
      heap.xdecref(l);
      f.releaseSlots(heap);
    }
    PyObject b = back;
    back = null;
    heap.xdecref(b);
  }
}
