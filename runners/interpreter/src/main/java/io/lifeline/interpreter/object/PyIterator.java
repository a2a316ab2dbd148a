package io.lifeline.interpreter.object;

import io.lifeline.interpreter.memory.Heap;

/**
 * The built-in sequence iterators (list, tuple, str, dict keys, range). Owns the sequence (none for range);
 * releases it when exhausted, like listiter_next.
 */
public final class PyIterator extends PyObject {
  public PyObject seq;
  public int index;
  /** For range iterators: current value, step and the number of items left. */
  public long next;
  public long step;
  public long remaining;
  /** For dict iterators: a snapshot of the entries at creation. */
  public java.util.List<PyDict.Entry> entries;
  /** For dict iterators: what each step yields. */
  public PyDictView.Kind dictKind = PyDictView.Kind.KEYS;

  public PyIterator(PyType type, PyObject seq) {
    super(type);
    this.seq = seq;
  }

  @Override
  public boolean isGcType() {
    return seq != null;
  }

  @Override
  public void traverse(Visitor v) {
    visit(v, seq);
  }

  @Override
  public void clear(Heap heap) {
    PyObject s = seq;
    seq = null;
    heap.xdecref(s);
  }

  @Override
  public void releaseContents(Heap heap) {
    clear(heap);
  }
}
