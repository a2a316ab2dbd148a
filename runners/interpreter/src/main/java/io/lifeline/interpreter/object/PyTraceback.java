package io.lifeline.interpreter.object;

/** A traceback entry. tb_dealloc releases tb_next before tb_frame, so inner frames die first. */
public final class PyTraceback extends PyPairHolder<PyObject, PyFrameObject> {
  public final int lineno;

  public PyTraceback(PyType type, PyObject next, PyFrameObject frame, int lineno) {
    super(type, next, frame);
    this.lineno = lineno;
  }

  /** tb_next, or null for the innermost entry. */
  public PyObject next() {
    return first;
  }

  /** tb_frame. */
  public PyFrameObject frame() {
    return second;
  }
}
