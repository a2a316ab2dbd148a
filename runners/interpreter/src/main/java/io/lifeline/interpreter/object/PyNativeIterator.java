package io.lifeline.interpreter.object;

/**
 * An object implemented natively over owned references (enumerate, zip, itertools, operator.itemgetter): {@link #refs} are
 * what it owns, released in index order when it dies; {@link #step} produces the next item.
 */
public final class PyNativeIterator extends PyContainer {
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
  protected void fields(Refs r) {
    for (int i = 0; i < refs.length; i++) {
      refs[i] = r.field(refs[i]);
    }
  }
}
