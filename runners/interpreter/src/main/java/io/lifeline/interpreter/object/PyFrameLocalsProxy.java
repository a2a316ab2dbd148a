package io.lifeline.interpreter.object;

/**
 * PEP 667 (3.13): frame.f_locals of a function frame, a mapping that reads and writes the frame's variables
 * in place (Objects/frameobject.c, FrameLocalsProxy). It owns the frame object and nothing else, so it keeps no
 * local alive; as long as it lives, the frame object does (and with it, after the function returned, the
 * frame's locals).
 */
public final class PyFrameLocalsProxy extends PyHolder<PyFrameObject> {
  /** {@code frame} becomes {@link #ref}. */
  public PyFrameLocalsProxy(PyType type, PyFrameObject frame) {
    super(type, frame);
  }
}
