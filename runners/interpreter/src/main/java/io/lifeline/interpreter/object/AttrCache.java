package io.lifeline.interpreter.object;

/**
 * The inline cache of one LOAD_ATTR or STORE_ATTR instruction (what CPython 3.11's LOAD_ATTR_INSTANCE_VALUE and
 * STORE_ATTR_INSTANCE_VALUE check by type version), unless {@link #slot} says otherwise: the instruction's name is on no class of {@link #type}'s MRO,
 * and for STORE_ATTR the type has no {@code __setattr__} written in Python, as of type epoch {@link #epoch}. Every
 * change to a type's namespace moves the epoch, so while instances of exactly {@link #type} come by at that epoch
 * the attribute is in the instance dict or nowhere, and the type lookups can be skipped. Caches no reference.
 * Only the VM's attribute access (vm.Ops) and the instance dict ({@link PyDict}) read and fill it.
 */
public final class AttrCache {
  public PyType type;
  public int epoch;
  /**
   * The entry position at which the last instance's dict held the name: instances that store their attributes in
   * one order hold it at the same position, which {@link PyDict#getAttr} and {@link PyDict#putAttr} check first.
   */
  public int position;
  /**
   * Or, when not -1: the name is a {@code __slots__} member of {@link #type} (found on its MRO as that type's
   * member descriptor, as of {@link #epoch}), kept at this index of an instance's slots: CPython 3.11's
   * LOAD_ATTR_SLOT and STORE_ATTR_SLOT.
   */
  public int slot = -1;
}
