package io.lifeline.interpreter.object;

import io.lifeline.interpreter.memory.Heap;

/**
 * An instance of a class made by a {@code class} statement. Its attributes live inline (3.11's managed dict
 * values): they are not a separate object and are not counted by {@code gc.collect()}.
 *
 * <p>Dealloc order is subtype_dealloc's: {@code __del__} (PEP 442, once), weakref callbacks newest first, the
 * attributes in insertion order, then the reference to the class.
 */
public class PyInstance extends PyObject {
  /** Inline attribute storage; never registered with the heap as an object of its own. Null with __slots__. */
  public PyDict attrs;
  /** __slots__ values, bases' first; each owned. */
  public final PyObject[] slots;

  public PyInstance(PyType type) {
    super(type);
    attrs = type.instancesHaveDict ? new PyDict(null) : null;
    slots = new PyObject[type.totalSlots()];
  }

  @Override
  public boolean isGcType() {
    return true;
  }

  @Override
  public boolean weakrefable() {
    return type.instancesWeakrefable;
  }

  @Override
  public boolean hasFinalizer() {
    return type.lookup("__del__") != null;
  }

  /** subtype_traverse: each class's slots from the most derived up, then the attributes, then the class. */
  @Override
  public void traverse(Visitor v) {
    for (PyType t : slots.length == 0 ? java.util.List.<PyType>of() : type.mro) {
      for (int i = 0; i < t.ownSlots.length; i++) {
        visit(v, slots[t.slotOffset + i]);
      }
    }
    if (attrs != null) {
      attrs.traverse(v);
    }
    visit(v, type);
  }

  /** subtype_clear / clear_slots: slots class by class from the most derived, in member order; then attributes. */
  @Override
  public void clear(Heap heap) {
    for (PyType t : slots.length == 0 ? java.util.List.<PyType>of() : type.mro) {
      for (int i = 0; i < t.ownSlots.length; i++) {
        int at = t.slotOffset + i;
        PyObject o = slots[at];
        slots[at] = null;
        heap.xdecref(o);
      }
    }
    if (attrs != null) {
      attrs.clear(heap);
    }
  }

  @Override
  public void releaseContents(Heap heap) {
    clear(heap);
    heap.decref(type);
  }
}
