package io.lifeline.interpreter.object;

/** A traceback entry. tb_dealloc releases tb_next before tb_frame, so inner frames die first. */
public final class PyTraceback extends PyContainer {
  public PyObject next;
  public PyFrameObject frame;
  public final int lineno;
  /** The index of the instruction that raised (tb_lasti is twice it, CPython's code units being 2 bytes). */
  public final int lasti;

  public PyTraceback(PyType type, PyObject next, PyFrameObject frame, int lineno, int lasti) {
    super(type);
    this.lasti = lasti;
    this.next = next;
    this.frame = frame;
    this.lineno = lineno;
  }

  @Override
  protected void fields(Refs refs) {
    next = refs.field(next);
    frame = refs.field(frame);
  }
}
