package io.lifeline.interpreter.object;

/** A member descriptor for one {@code __slots__} name: the index of the slot in its instances. */
public final class PySlotDescriptor extends PyObject {
  public final String name;
  public final int index;

  public PySlotDescriptor(PyType type, String name, int index) {
    super(type);
    this.name = name;
    this.index = index;
  }
}
