package io.lifeline.interpreter.object;

import io.lifeline.interpreter.memory.Heap;

/**
 * An instance of a class made by a {@code class} statement. In 3.11 its attributes live inline (managed dict
 * values): they are not a separate object and are not counted by {@code gc.collect()}. In 3.10, and for
 * exceptions in every version, the attribute dict is an object of its own ({@link #dictObject}): made by
 * the first attribute store (a GC allocation), tracked once it holds a container, counted by the collector,
 * and released by subtype_dealloc after the slots.
 *
 * <p>Dealloc order is subtype_dealloc's: {@code __del__} (PEP 442, once), weakref callbacks newest first, the
 * attributes in insertion order, then the reference to the class.
 */
public class PyInstance extends PyContainer {
  /**
   * The attributes. Inline storage, never registered with the heap, unless {@link #dictObject}: then a
   * registered dict owned by this instance, null until the first attribute is stored. Null with __slots__.
   */
  public PyDict attrs;
  /**
   * Whether {@link #attrs} is an object of its own (3.10 instance dicts, exception dicts, and a 3.11+ instance
   * whose {@code __dict__} was read: its inline values then move into a dict object, as
   * _PyObject_GetManagedDict's make_dict_from_instance_attributes does).
   */
  public boolean dictObject;
  /**
   * For an instance of a class deriving from a built-in container or value ({@link PyType#builtinBase}): the
   * built-in object holding its items or value, owned; released after the attributes, as subtype_dealloc calls
   * the base's tp_dealloc after clearing the instance dict. Null otherwise, and until {@code __new__} made it.
   */
  public PyObject builtin;
  /** __slots__ values, bases' first; each owned. */
  public final PyObject[] slots;
  private static final PyObject[] NO_SLOTS = new PyObject[0];

  public PyInstance(PyType type) {
    this(type, false);
  }

  public PyInstance(PyType type, boolean dictObject) {
    super(type);
    this.dictObject = dictObject;
    attrs = type.instancesHaveDict && !dictObject ? new PyDict(null) : null;
    if (attrs != null) {
      attrs.sharedKeys = type.sharedKeys;
      attrs.useInlineValues();
    }
    int n = type.totalSlots();
    slots = n == 0 ? NO_SLOTS : new PyObject[n];
  }

  /** Whether attributes can be stored outside __slots__. */
  public boolean hasDict() {
    return dictObject ? type.instancesHaveDict : attrs != null;
  }

  @Override
  public boolean weakrefable() {
    return type.instancesWeakrefable;
  }

  @Override
  public boolean hasFinalizer() {
    return type.lookupDel() != null;
  }

  /** subtype_traverse: each class's slots from the most derived up, then the attributes, then the class. */
  @Override
  public void traverse(Visitor v) {
    for (PyType t : slots.length == 0 ? java.util.List.<PyType>of() : type.mro) {
      for (int i = 0; i < t.ownSlots.length; i++) {
        visit(v, slots[t.slotOffset + i]);
      }
    }
    if (dictObject) {
      visit(v, attrs);
    } else if (attrs != null) {
      attrs.traverse(v);
    }
    visit(v, builtin);
    visit(v, type);
  }

  /**
   * subtype_clear / clear_slots: slots class by class from the most derived, in member order; then the
   * attributes (a dict object is released as a whole: Py_CLEAR of the dict pointer).
   */
  @Override
  public void clear(Heap heap) {
    clearOwn(heap);
    if (builtin != null) {
      builtin.clear(heap);
    }
  }

  /** The slots and the attributes, as subtype_clear and subtype_dealloc release them before the base's part. */
  private void clearOwn(Heap heap) {
    for (PyType t : slots.length == 0 ? java.util.List.<PyType>of() : type.mro) {
      for (int i = 0; i < t.ownSlots.length; i++) {
        int at = t.slotOffset + i;
        PyObject o = slots[at];
        slots[at] = null;
        heap.xdecref(o);
      }
    }
    if (dictObject) {
      PyDict d = attrs;
      attrs = null;
      heap.xdecref(d);
    } else if (attrs != null) {
      attrs.clear(heap);
    }
  }

  @Override
  public void releaseContents(Heap heap) {
    clearOwn(heap);
    PyObject b = builtin;
    builtin = null;
    heap.xdecref(b);
    heap.decref(type);
  }
}
