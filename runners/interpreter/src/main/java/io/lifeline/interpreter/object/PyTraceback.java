package io.lifeline.interpreter.object;

/** A traceback entry. tb_dealloc releases tb_next before tb_frame, so inner frames die first. */
public final class PyTraceback extends PyPairHolder<PyObject, PyFrameObject> {
  public final int lineno;
  /** The index of the instruction that raised (tb_lasti is twice it, CPython's code units being 2 bytes). */
  public final int lasti;

  public PyTraceback(PyType type, PyObject next, PyFrameObject frame, int lineno, int lasti) {
    super(type, next, frame);
    this.lasti = lasti;
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
