package io.lifeline.interpreter.object;

import io.lifeline.interpreter.memory.Heap;

/**
 * An object implemented natively over owned references (enumerate, zip, itertools, operator.itemgetter): {@link #refs} are
 * what it owns, released in index order when it dies; {@link #step} produces the next item.
 */
public final class PyNativeIterator extends PyObject {
  /** Produces the next item (new reference) or null when exhausted. */
  @FunctionalInterface
  public interface Step {
    PyObject next(PyNativeIterator self);
  }

  public final PyObject[] refs;
  public final Step step;
  public long counter;

  public PyNativeIterator(PyType type, PyObject[] refs, Step step) {
    super(type);
    this.refs = refs;
    this.step = step;
  }

  @Override
  public boolean isGcType() {
    return true;
  }

  @Override
  public void traverse(Visitor v) {
    for (PyObject o : refs) {
      visit(v, o);
    }
  }

  @Override
  public void clear(Heap heap) {
    for (int i = 0; i < refs.length; i++) {
      PyObject o = refs[i];
      refs[i] = null;
      heap.xdecref(o);
    }
  }

  @Override
  public void releaseContents(Heap heap) {
    clear(heap);
  }
}
