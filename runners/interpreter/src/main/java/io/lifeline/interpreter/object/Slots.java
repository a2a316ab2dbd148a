package io.lifeline.interpreter.object;

import io.lifeline.interpreter.vm.Interp;

/**
 * A type's slot table (PyTypeObject's tp_call, tp_iter, tp_iternext, tp_repr, tp_str, nb_bool, sq_length,
 * sq_contains, mp_subscript, mp_ass_subscript, tp_richcompare, tp_hash, tp_getattro, tp_setattro): how the abstract object protocol
 * ({@code vm.Ops}) reaches a type's behaviour, so that adding a type never edits that protocol. A built-in type's
 * slots are filled where the type is defined; a type made later (a class, a module's type) starts with the slots
 * of its solid base, the first built-in type on its MRO ({@link PyType}), as inherit_slots copies them.
 *
 * <p>Arguments are borrowed; results are new references. A null slot means the type lacks the operation, and the
 * protocol raises CPython's TypeError for it (or falls back to the generic behaviour named at the slot).
 */
public final class Slots {
  /** tp_call: {@code args} holds the positional arguments followed by the values of {@code kwnames}. */
  @FunctionalInterface
  public interface Call {
    PyObject call(Interp in, PyObject self, PyObject[] args, PyTuple kwnames);
  }

  /** A yes/no question about one object (nb_bool, callable()). */
  @FunctionalInterface
  public interface Test {
    boolean test(Interp in, PyObject self);
  }

  /** sq_length / mp_length. */
  @FunctionalInterface
  public interface Len {
    long len(Interp in, PyObject self);
  }

  /** An operation of one object with a new reference as result (tp_iter). */
  @FunctionalInterface
  public interface Unary {
    PyObject apply(Interp in, PyObject self);
  }

  /** tp_iternext: the next item, or null when exhausted (StopIteration consumed). */
  @FunctionalInterface
  public interface Next {
    PyObject next(Interp in, PyObject self);
  }

  /** tp_repr and tp_str, as Java text. */
  @FunctionalInterface
  public interface Text {
    String text(Interp in, PyObject self);
  }

  /** sq_contains. */
  @FunctionalInterface
  public interface Contains {
    boolean contains(Interp in, PyObject self, PyObject item);
  }

  /** mp_subscript. */
  @FunctionalInterface
  public interface GetItem {
    PyObject get(Interp in, PyObject self, PyObject key);
  }

  /** mp_ass_subscript with a value: the container takes its own reference to {@code value}. */
  @FunctionalInterface
  public interface SetItem {
    void set(Interp in, PyObject self, PyObject key, PyObject value);
  }

  /** mp_ass_subscript without a value (deletion). */
  @FunctionalInterface
  public interface DelItem {
    void delete(Interp in, PyObject self, PyObject key);
  }

  /**
   * tp_richcompare for one side: {@code self}'s method {@code dunder} ({@code __lt__}..., or the reflected one)
   * called with {@code other}; null when the type has no such method.
   */
  @FunctionalInterface
  public interface RichCompare {
    PyObject compare(Interp in, PyObject self, PyObject other, String dunder);
  }

  /** A check that raises a guest exception when it fails (tp_hash's PyObject_HashNotImplemented). */
  @FunctionalInterface
  public interface Check {
    void check(Interp in, PyObject self);
  }

  /** tp_getattro without the AttributeError: a new reference, or null when {@code self} has no such attribute. */
  @FunctionalInterface
  public interface GetAttr {
    PyObject get(Interp in, PyObject self, String name);
  }

  /** tp_setattro: the object takes its own reference to {@code value}. */
  @FunctionalInterface
  public interface SetAttr {
    void set(Interp in, PyObject self, String name, PyObject value);
  }

  /** tp_setattro with a null value: raises AttributeError when there is nothing to delete. */
  @FunctionalInterface
  public interface DelAttr {
    void delete(Interp in, PyObject self, String name);
  }

  public Call call;
  /** callable(): whether {@link #call} would find something to call. */
  public Test callable;
  /** nb_bool (or sq_length's zero test); null: always true. */
  public Test truthy;
  public Len len;
  public Unary iter;
  /** Null: the type's {@code __next__}, if any, is called (the generic iterator protocol). */
  public Next next;
  /** Null: the default {@code <NAME object at ADDRESS>}. */
  public Text repr;
  /** Null: the repr. */
  public Text str;
  /** Null: membership by iteration. */
  public Contains contains;
  public GetItem getitem;
  public SetItem setitem;
  public DelItem delitem;
  /** Null: only the built-in orderings and identity apply (vm.Comparisons). */
  public RichCompare richcompare;
  /** Null: hashable by the default hash. */
  public Check checkHashable;
  /** Null: PyObject_GenericGetAttr. */
  public GetAttr getattr;
  public SetAttr setattr;
  public DelAttr delattr;

  /** Fills every slot this table lacks from {@code base} (inherit_slots). */
  public void inheritFrom(Slots base) {
    call = call != null ? call : base.call;
    callable = callable != null ? callable : base.callable;
    truthy = truthy != null ? truthy : base.truthy;
    len = len != null ? len : base.len;
    iter = iter != null ? iter : base.iter;
    next = next != null ? next : base.next;
    repr = repr != null ? repr : base.repr;
    str = str != null ? str : base.str;
    contains = contains != null ? contains : base.contains;
    getitem = getitem != null ? getitem : base.getitem;
    setitem = setitem != null ? setitem : base.setitem;
    delitem = delitem != null ? delitem : base.delitem;
    richcompare = richcompare != null ? richcompare : base.richcompare;
    checkHashable = checkHashable != null ? checkHashable : base.checkHashable;
    getattr = getattr != null ? getattr : base.getattr;
    setattr = setattr != null ? setattr : base.setattr;
    delattr = delattr != null ? delattr : base.delattr;
  }
}
