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
  public interface Call<T extends PyObject> {
    PyObject call(Interp in, T self, PyObject[] args, PyTuple kwnames);
  }

  /** A yes/no question about one object (nb_bool, callable()). */
  @FunctionalInterface
  public interface Test<T extends PyObject> {
    boolean test(Interp in, T self);
  }

  /** sq_length / mp_length. */
  @FunctionalInterface
  public interface Len<T extends PyObject> {
    long len(Interp in, T self);
  }

  /** An operation of one object with a new reference as result (tp_iter). */
  @FunctionalInterface
  public interface Unary<T extends PyObject> {
    PyObject apply(Interp in, T self);
  }

  /** tp_iternext: the next item, or null when exhausted (StopIteration consumed). */
  @FunctionalInterface
  public interface Next<T extends PyObject> {
    PyObject next(Interp in, T self);
  }

  /** tp_repr and tp_str, as Java text. */
  @FunctionalInterface
  public interface Text<T extends PyObject> {
    String text(Interp in, T self);
  }

  /** sq_contains. */
  @FunctionalInterface
  public interface Contains<T extends PyObject> {
    boolean contains(Interp in, T self, PyObject item);
  }

  /** mp_subscript. */
  @FunctionalInterface
  public interface GetItem<T extends PyObject> {
    PyObject get(Interp in, T self, PyObject key);
  }

  /** mp_ass_subscript with a value: the container takes its own reference to {@code value}. */
  @FunctionalInterface
  public interface SetItem<T extends PyObject> {
    void set(Interp in, T self, PyObject key, PyObject value);
  }

  /** mp_ass_subscript without a value (deletion). */
  @FunctionalInterface
  public interface DelItem<T extends PyObject> {
    void delete(Interp in, T self, PyObject key);
  }

  /**
   * tp_richcompare for one side: {@code self}'s method {@code dunder} ({@code __lt__}..., or the reflected one)
   * called with {@code other}; null when the type has no such method.
   */
  @FunctionalInterface
  public interface RichCompare<T extends PyObject> {
    PyObject compare(Interp in, T self, PyObject other, String dunder);
  }

  /** A check that raises a guest exception when it fails (tp_hash's PyObject_HashNotImplemented). */
  @FunctionalInterface
  public interface Check<T extends PyObject> {
    void check(Interp in, T self);
  }

  /** tp_getattro without the AttributeError: a new reference, or null when {@code self} has no such attribute. */
  @FunctionalInterface
  public interface GetAttr<T extends PyObject> {
    PyObject get(Interp in, T self, String name);
  }

  /** tp_descr_get: {@code self} found on {@code owner}'s MRO, read through {@code obj}; a new reference. */
  @FunctionalInterface
  public interface DescrGet<T extends PyObject> {
    PyObject get(Interp in, T self, PyObject obj, PyType owner);
  }

  /** tp_setattro: the object takes its own reference to {@code value}. */
  @FunctionalInterface
  public interface SetAttr<T extends PyObject> {
    void set(Interp in, T self, String name, PyObject value);
  }

  /** tp_setattro with a null value: raises AttributeError when there is nothing to delete. */
  @FunctionalInterface
  public interface DelAttr<T extends PyObject> {
    void delete(Interp in, T self, String name);
  }

  public Call<PyObject> call;
  /** callable(): whether {@link #call} would find something to call. */
  public Test<PyObject> callable;
  /** nb_bool (or sq_length's zero test); null: always true. */
  public Test<PyObject> truthy;
  public Len<PyObject> len;
  public Unary<PyObject> iter;
  /** Null: the type's {@code __next__}, if any, is called (the generic iterator protocol). */
  public Next<PyObject> next;
  /** Null: the default {@code <NAME object at ADDRESS>}. */
  public Text<PyObject> repr;
  /** Null: the repr. */
  public Text<PyObject> str;
  /** Null: membership by iteration. */
  public Contains<PyObject> contains;
  public GetItem<PyObject> getitem;
  public SetItem<PyObject> setitem;
  public DelItem<PyObject> delitem;
  /** Null: only the built-in orderings and identity apply (vm.Comparisons). */
  public RichCompare<PyObject> richcompare;
  /** Null: hashable by the default hash. */
  public Check<PyObject> checkHashable;
  /** Null: PyObject_GenericGetAttr. */
  public GetAttr<PyObject> getattr;
  public SetAttr<PyObject> setattr;
  public DelAttr<PyObject> delattr;
  /** Null: a native object found on a class is returned as is when read through an instance. */
  public DescrGet<PyObject> descrGet;

  /** Fills every slot this table lacks from {@code base} (inherit_slots). */
  public void inheritFrom(Slots base) {
    merge(base, false);
  }

  /** Copies into this table every slot {@code from} has, or only those this table lacks. */
  private void merge(Slots from, boolean override) {
    call = pick(call, from.call, override);
    callable = pick(callable, from.callable, override);
    truthy = pick(truthy, from.truthy, override);
    len = pick(len, from.len, override);
    iter = pick(iter, from.iter, override);
    next = pick(next, from.next, override);
    repr = pick(repr, from.repr, override);
    str = pick(str, from.str, override);
    contains = pick(contains, from.contains, override);
    getitem = pick(getitem, from.getitem, override);
    setitem = pick(setitem, from.setitem, override);
    delitem = pick(delitem, from.delitem, override);
    richcompare = pick(richcompare, from.richcompare, override);
    checkHashable = pick(checkHashable, from.checkHashable, override);
    getattr = pick(getattr, from.getattr, override);
    setattr = pick(setattr, from.setattr, override);
    delattr = pick(delattr, from.delattr, override);
    descrGet = pick(descrGet, from.descrGet, override);
  }

  private static <F> F pick(F own, F other, boolean override) {
    if (other == null) {
      return own;
    }
    return override || own == null ? other : own;
  }

  /** A slot table for a type whose instances are {@code T}s; see {@link Table}. */
  public static <T extends PyObject> Table<T> of(Class<T> instances) {
    return new Table<>();
  }

  /**
   * The slots a type defines, declared once as a constant in the type's own file (as a {@code PyType_Spec}'s slot
   * array is): each function receives self as the type's object class {@code T}, so it states only what it does,
   * and {@link #fill} puts them in a type's table. A function written for any object ({@code ? super T}) fits too.
   * The functions take the interpreter as an argument, so one table serves every interpreter.
   */
  public static final class Table<T extends PyObject> {
    private final Slots slots = new Slots();

    private Table() {}

    /** Sets each slot this table defines in {@code type}'s table, keeping the others. */
    public void fill(PyType type) {
      type.slots.merge(slots, true);
    }

    public Table<T> call(Call<? super T> f) {
      slots.call = widen(f);
      return this;
    }

    public Table<T> callable(Test<? super T> f) {
      slots.callable = widen(f);
      return this;
    }

    public Table<T> truthy(Test<? super T> f) {
      slots.truthy = widen(f);
      return this;
    }

    public Table<T> len(Len<? super T> f) {
      slots.len = widen(f);
      return this;
    }

    public Table<T> iter(Unary<? super T> f) {
      slots.iter = widen(f);
      return this;
    }

    public Table<T> next(Next<? super T> f) {
      slots.next = widen(f);
      return this;
    }

    public Table<T> repr(Text<? super T> f) {
      slots.repr = widen(f);
      return this;
    }

    public Table<T> str(Text<? super T> f) {
      slots.str = widen(f);
      return this;
    }

    public Table<T> contains(Contains<? super T> f) {
      slots.contains = widen(f);
      return this;
    }

    public Table<T> getitem(GetItem<? super T> f) {
      slots.getitem = widen(f);
      return this;
    }

    public Table<T> setitem(SetItem<? super T> f) {
      slots.setitem = widen(f);
      return this;
    }

    public Table<T> delitem(DelItem<? super T> f) {
      slots.delitem = widen(f);
      return this;
    }

    public Table<T> richcompare(RichCompare<? super T> f) {
      slots.richcompare = widen(f);
      return this;
    }

    public Table<T> checkHashable(Check<? super T> f) {
      slots.checkHashable = widen(f);
      return this;
    }

    public Table<T> getattr(GetAttr<? super T> f) {
      slots.getattr = widen(f);
      return this;
    }

    public Table<T> setattr(SetAttr<? super T> f) {
      slots.setattr = widen(f);
      return this;
    }

    public Table<T> delattr(DelAttr<? super T> f) {
      slots.delattr = widen(f);
      return this;
    }

    /**
     * A function of a T as a function of any object: the type's instances are all Ts, and the lambda casts self to
     * T on entry (ClassCastException otherwise), as the hand-written casts did; no wrapper, so no extra call.
     */
    @SuppressWarnings("unchecked")
    private static <F> F widen(Object f) {
      return (F) f;
    }
  }
}
