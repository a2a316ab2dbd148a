package io.lifeline.interpreter.object;

import io.lifeline.interpreter.memory.Heap;
import java.util.ArrayList;

/** A list owning its items. list_dealloc and list.clear release the last item first. */
public final class PyList extends PyContainer {
  public final ArrayList<PyObject> items;

  /** Takes ownership of the references in {@code items}. */
  public PyList(PyType type, ArrayList<PyObject> items) {
    super(type);
    this.items = items;
  }

  /** 56 bytes plus a pointer per item (charged at its largest: Heap.grew). */
  @Override
  public long sizeEstimate() {
    return 56L + 8L * items.size();
  }

  /** list_traverse visits the items last first; the collector's re-append order depends on it. */
  @Override
  public void traverse(Visitor v) {
    for (int i = items.size() - 1; i >= 0; i--) {
      visit(v, items.get(i));
    }
  }

  /** list_clear: detaches the items first, then releases them last-first (_list_clear). */
  @Override
  public void clear(Heap heap) {
    PyObject[] old = items.toArray(new PyObject[0]);
    items.clear();
    for (int i = old.length - 1; i >= 0; i--) {
      heap.xdecref(old[i]);
    }
  }

  @Override
  public void releaseContents(Heap heap) {
    clear(heap);
  }
}
