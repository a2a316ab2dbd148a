package io.lifeline.interpreter.object;

/** A range object: holds only machine integers. */
public final class PyRange extends PyObject {
  public final long start;
  public final long stop;
  public final long step;

  public PyRange(PyType type, long start, long stop, long step) {
    super(type);
    this.start = start;
    this.stop = stop;
    this.step = step;
  }

  public long length() {
    if (step > 0 && start < stop) {
      return (stop - start + step - 1) / step;
    }
    if (step < 0 && start > stop) {
      return (start - stop - step - 1) / -step;
    }
    return 0;
  }

  @Override
  public String toString() {
    return step == 1 ? "range(" + start + ", " + stop + ")" : "range(" + start + ", " + stop + ", " + step + ")";
  }
}
