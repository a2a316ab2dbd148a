package io.lifeline.interpreter.vm;

import io.lifeline.interpreter.object.AttrCache;
import io.lifeline.interpreter.bytecode.BinaryOp;
import io.lifeline.interpreter.bytecode.CompareOp;
import io.lifeline.interpreter.memory.Heap;
import io.lifeline.interpreter.object.DictKey;
import io.lifeline.interpreter.object.PyBaseException;
import io.lifeline.interpreter.object.PyBool;
import io.lifeline.interpreter.object.PyBoundMethod;
import io.lifeline.interpreter.object.PyDict;
import io.lifeline.interpreter.object.PyFloat;
import io.lifeline.interpreter.object.PyFrameObject;
import io.lifeline.interpreter.object.PyFunction;
import io.lifeline.interpreter.object.PyGenerator;
import io.lifeline.interpreter.object.PyInstance;
import io.lifeline.interpreter.object.PyInt;
import io.lifeline.interpreter.object.PyIterator;
import io.lifeline.interpreter.object.PyList;
import io.lifeline.interpreter.object.PyModule;
import io.lifeline.interpreter.object.PyNativeFunction;
import io.lifeline.interpreter.object.PyNone;
import io.lifeline.interpreter.object.PyObject;
import io.lifeline.interpreter.object.PyRange;
import io.lifeline.interpreter.object.PySlotDescriptor;
import io.lifeline.interpreter.object.PyStr;
import io.lifeline.interpreter.object.PyTuple;
import io.lifeline.interpreter.object.PyType;
import io.lifeline.interpreter.object.PyWeakref;
import io.lifeline.interpreter.object.Slots;
import java.math.BigInteger;
import java.util.ArrayList;

/**
 * The abstract object protocol (Objects/abstract.c, object.c): attributes, calls, arithmetic, comparison,
 * truth, str/repr, iteration and subscripts. Arguments are borrowed; results are new references.
 */
public final class Ops implements io.lifeline.interpreter.object.UserHashing {
  private final Interp in;
  private final Heap heap;

  private final Numbers numbers;
  private final Comparisons comparisons;

  Ops(Interp in) {
    this.in = in;
    this.heap = in.heap;
    this.numbers = new Numbers(in, this);
    this.comparisons = new Comparisons(in, this);
  }

  // ---------------------------------------------------------------- Attributes

  /** PyObject_GetAttr. */
  public PyObject getattr(PyObject o, String name) {
    PyObject r = getattrOrNull(o, name);
    return r != null ? r : missingAttr(o, name);
  }

  /**
   * PyObject_GetAttr for a name operand ({@code PyCode.nameKey}): an instance of a class (not an exception)
   * goes straight to the generic lookup, since none of the special cases before it can apply.
   */
  public PyObject getattr(PyObject o, PyStr name) {
    if (o.getClass() != PyInstance.class || name.value.equals("__class__") || o.type.getattributeHook) {
      return getattr(o, name.value);
    }
    PyObject r = genericGetattr(o, name.value, name);
    return r != null ? r : missingAttr(o, name.value);
  }

  /**
   * {@link #getattr(PyObject, PyStr)} at a LOAD_ATTR with its inline cache: an instance of the cached type at the
   * cached epoch has the attribute in its dict or not at all; a lookup that finds the name on no class of an
   * instance's type fills the cache.
   */
  public PyObject getattr(PyObject o, PyStr name, AttrCache c) {
    if (o.getClass() == PyInstance.class && !o.type.getattributeHook) {
      PyType t = o.type;
      int epoch = t.epoch.value();
      if (c.type == t && c.epoch == epoch) {
        PyObject v;
        if (c.slot >= 0) {
          v = ((PyInstance) o).slots[c.slot];
        } else {
          PyDict attrs = ((PyInstance) o).attrs;
          v = attrs == null ? null : attrs.getAttr(name, c);
        }
        return v != null ? heap.incref(v) : missingAttr(o, name.value);
      }
      PyObject typeAttr = name.value.equals("__class__") ? t : t.lookup(name);
      if ((typeAttr == null || typeAttr instanceof PySlotDescriptor) && t.epoch.value() == epoch) {
        c.type = t;
        c.epoch = epoch;
        c.slot = typeAttr == null ? -1 : ((PySlotDescriptor) typeAttr).index;
      }
    }
    return getattr(o, name);
  }

  /** The end of a failed PyObject_GetAttr: an instance's {@code __getattr__}, else AttributeError. */
  private PyObject missingAttr(PyObject o, String name) {
    if (o instanceof PyInstance inst && name.equals("__dict__")) {
      PyDict d = in.dictObjectOf(inst);
      if (d != null) {
        return heap.incref(d);
      }
    } else if (o instanceof PyInstance && Unmodelled.isInstanceAttribute(name)) {
      throw in.unsupported("an instance's " + name);
    }
    PyObject wrapper = slotWrapper(o, name);
    if (wrapper != null) {
      return wrapper;
    }
    PyObject hook = o instanceof PyInstance ? o.type.lookup("__getattr__") : null;
    if (hook != null) {
      PyStr n = in.newStr(name);
      try {
        return call(hook, new PyObject[] {o, n}, null);
      } finally {
        heap.decref(n);
      }
    }
    PyType builtinType = o instanceof PyType t ? t : o.type;
    if (!builtinType.heapType && Unmodelled.isTypeAttribute(builtinType.name, name)) {
      throw in.unsupported(builtinType.name + "." + name);
    }
    if (o instanceof PyType t) {
      throw in.error("AttributeError", "type object '" + t.name + "' has no attribute '" + name + "'");
    }
    if (o instanceof PyModule m) {
      throw in.error("AttributeError", "module '" + m.name + "' has no attribute '" + name + "'");
    }
    throw in.error("AttributeError", "'" + o.type.name + "' object has no attribute '" + name + "'");
  }

  /**
   * A special method of a built-in type on the MRO that the model keeps outside the type's dict
   * ({@link Interp#slotWrappers}, typeobject.c's slot wrappers such as {@code int.__add__}): unbound through a class
   * (its own MRO first, then its metatype's), bound through anything else; null if there is none.
   */
  private PyObject slotWrapper(PyObject o, String name) {
    if (!name.startsWith("__")) {
      return null;
    }
    if (name.equals("__hash__") && (o instanceof PyType t ? t : o.type).heapType
        && unhashableClass(o instanceof PyType t ? t : o.type)) {
      return heap.incref(in.none()); // type_new's __hash__ = None for a class defining __eq__ only
    }
    if (o instanceof PyType t) {
      PyObject w = slotWrapperOnMro(t, name);
      if (w != null) {
        return heap.incref(w);
      }
    }
    PyObject w = slotWrapperOnMro(o.type, name);
    return w == null ? null : in.newMethod(w, o);
  }

  /** The first built-in type's slot wrapper {@code name} on {@code t}'s MRO (borrowed), or null. */
  public PyObject slotWrapperOnMro(PyType t, String name) {
    for (PyType b : t.mro) {
      if (!b.heapType) {
        PyObject w = in.slotWrappers.apply(b, name);
        if (w != null) {
          return w;
        }
      }
    }
    return null;
  }

  /** Like getattr but returns null instead of raising AttributeError (no __getattr__ hook): the type's slot. */
  public PyObject getattrOrNull(PyObject o, String name) {
    if (o.type.getattributeHook && o instanceof PyInstance) {
      return getattributeHook(o, name);
    }
    if (name.equals("__class__")) {
      return heap.incref(o.type);
    }
    Slots.GetAttr g = o.type.slots.getattr;
    return g != null ? g.get(in, o, name) : genericGetattr(o, name, null);
  }

  /**
   * slot_tp_getattr_hook: a class's {@code __getattribute__}; its AttributeError is a miss (null), after which
   * the caller tries {@code __getattr__}.
   */
  private PyObject getattributeHook(PyObject o, String name) {
    PyStr n = in.newStr(name);
    try {
      return call(o.type.lookup("__getattribute__"), new PyObject[] {o, n}, null);
    } catch (PyException e) {
      if (e.value.type.isSubtypeOf(in.types.exception("AttributeError"))) {
        heap.decref(e.value);
        return null;
      }
      throw e;
    } finally {
      heap.decref(n);
    }
  }

  /** PyObject_GenericGetAttr, what a type's getattr slot falls back to. New reference or null. */
  public PyObject genericGetattr(PyObject o, String name) {
    return genericGetattr(o, name, null);
  }

  /**
   * PyObject_GenericGetAttr: a slot or property on the type, then the instance's attributes, then the type's
   * attribute (bound if a function or a classmethod). New reference or null. {@code key} is the name's
   * interned str when the caller has it (its hash is kept), else null.
   */
  private PyObject genericGetattr(PyObject o, String name, PyStr key) {
    PyObject typeAttr = key != null ? o.type.lookup(key) : o.type.lookup(name);
    if (typeAttr instanceof io.lifeline.interpreter.object.PySlotDescriptor sd && o instanceof PyInstance si) {
      PyObject v = si.slots[sd.index];
      return v == null ? null : heap.incref(v);
    }
    if (typeAttr != null && !(typeAttr instanceof PyFunction) && Descriptors.isData(typeAttr)) {
      return Descriptors.get(in, typeAttr, o, o.type);
    }
    if (o instanceof PyInstance inst && inst.attrs != null) {
      PyObject v = key != null ? inst.attrs.get(key) : inst.attrs.getStr(name);
      if (v != null) {
        return heap.incref(v);
      }
    }
    PyObject attr = typeAttr;
    if (attr == null) {
      return null;
    }
    if (attr instanceof PyFunction || (attr instanceof PyNativeFunction nf && nf.isMethod)) {
      return in.newMethod(attr, o);
    }
    if (Descriptors.hasGet(attr)) {
      return Descriptors.get(in, attr, o, o.type);
    }
    if (attr.type.slots.descrGet != null) {
      return attr.type.slots.descrGet.get(in, attr, o, o.type);
    }
    return bindDescriptor(attr, o.type);
  }

  /** staticmethod and classmethod found on a type (tp_descr_get); anything else as is. */
  public PyObject bindDescriptor(PyObject attr, PyType owner) {
    if (attr instanceof io.lifeline.interpreter.object.PyDescriptor d) {
      switch (d.kind) {
        case STATICMETHOD: return heap.incref(d.func);
        case CLASSMETHOD: return in.newMethod(d.func, owner);
        default: return heap.incref(attr);
      }
    }
    return heap.incref(attr);
  }

  /** PyObject_SetAttr: the object takes its own reference to {@code v}; the old value dies inside. */
  public void setattr(PyObject o, String name, PyObject v) {
    Slots.SetAttr s = o.type.slots.setattr;
    if (s == null) {
      if (name.equals("__class__")) {
        ClassAssignment.set(in, o, v);
      }
      throw in.error("AttributeError", "'" + o.type.name + "' object has no attribute '" + name + "'");
    }
    s.set(in, o, name, v);
  }

  /**
   * PyObject_SetAttr for a name operand ({@code PyCode.nameKey}, an interned str): an instance of a class (not
   * an exception) goes straight to its {@code __setattr__} or the generic store.
   */
  public void setattr(PyObject o, PyStr name, PyObject v) {
    if (o.getClass() != PyInstance.class) {
      setattr(o, name.value, v);
      return;
    }
    PyInstance inst = (PyInstance) o;
    if (!callSetattrHook(inst, name.value, v)) {
      genericSetattr(inst, name.value, name, v);
    }
  }

  /**
   * {@link #setattr(PyObject, PyStr, PyObject)} at a STORE_ATTR with its inline cache: an instance of the cached
   * type at the cached epoch stores into its dict directly; a completed store on an instance whose type has no
   * Python {@code __setattr__} and the name on no class fills the cache.
   */
  public void setattr(PyObject o, PyStr name, PyObject v, AttrCache c) {
    if (o.getClass() != PyInstance.class) {
      setattr(o, name.value, v);
      return;
    }
    PyInstance inst = (PyInstance) o;
    PyType t = o.type;
    if (c.type == t && c.epoch == t.epoch.value()) {
      if (c.slot >= 0) {
        PyObject old = inst.slots[c.slot];
        inst.slots[c.slot] = heap.incref(v);
        heap.xdecref(old);
        return;
      }
      if (inst.hasDict()) {
        in.instanceDict(inst).putAttr(heap, name, heap.incref(v), c);
        return;
      }
    }
    int epoch = t.epoch.value();
    PyObject typeAttr = setattrHook(t) == null ? t.lookup(name) : t;
    boolean plain = typeAttr == null || typeAttr instanceof PySlotDescriptor;
    setattr(o, name, v);
    if (plain) {
      // After the store, which refuses names the model does not model (__class__, __dict__); an epoch that
      // moved meanwhile (a __del__ run by the store changed a class) leaves an entry that never matches.
      c.type = t;
      c.epoch = epoch;
      c.slot = typeAttr == null ? -1 : ((PySlotDescriptor) typeAttr).index;
    }
  }

  /** The {@code __setattr__} written in Python that a class has (its own or inherited), or null. */
  private static PyFunction setattrHook(PyType t) {
    return t.heapType && t.lookup("__setattr__") instanceof PyFunction f ? f : null;
  }

  /** Calls the class's {@code __setattr__} if it has one written in Python; false if it has none. */
  public boolean callSetattrHook(PyInstance inst, String name, PyObject v) {
    PyFunction setter = setattrHook(inst.type);
    if (setter == null) {
      return false;
    }
    PyStr n = in.newStr(name);
    try {
      heap.decref(call(setter, new PyObject[] {inst, n, v}, null));
    } finally {
      heap.decref(n);
    }
    return true;
  }

  /** PyObject_GenericSetAttr for instances: properties, slots, then the attribute dict. */
  public void genericSetattr(PyInstance inst, String name, PyObject v) {
    genericSetattr(inst, name, null, v);
  }

  /** {@code key} is the name's interned str, or null to intern the name only when it is stored in the dict. */
  private void genericSetattr(PyInstance inst, String name, PyStr key, PyObject v) {
    if (Unmodelled.isInstanceAttribute(name)) {
      if (name.equals("__class__") && v != null) {
        ClassAssignment.set(in, inst, v);
        return;
      }
      throw in.unsupported("assignment to an instance's " + name);
    }
    PyObject o = inst;
    PyObject typeAttr = key != null ? o.type.lookup(key) : o.type.lookup(name);
    if (typeAttr != null && !(typeAttr instanceof PyFunction) && Descriptors.set(in, typeAttr, o, name, v)) {
      return;
    }
    {
      if (typeAttr instanceof io.lifeline.interpreter.object.PySlotDescriptor sd) {
        PyObject old = inst.slots[sd.index];
        inst.slots[sd.index] = heap.incref(v);
        heap.xdecref(old);
        return;
      }
      if (!inst.hasDict()) {
        throw in.error("AttributeError", "'" + o.type.name + "' object has no attribute '" + name + "'"
            + (in.policies.wording().atLeast(Policies.Wording.CPYTHON_313)
                ? " and no __dict__ for setting new attributes" : ""));
      }
      in.instanceDict(inst).put(heap, key != null ? key : in.key(name), heap.incref(v));
    }
  }

  /** PyObject_DelAttr: the type's slot; AttributeError when the object has no such attribute. */
  public void delattr(PyObject o, String name) {
    Slots.DelAttr d = o.type.slots.delattr;
    if (d == null) {
      throw in.error("AttributeError", "'" + o.type.name + "' object has no attribute '" + name + "'");
    }
    d.delete(in, o, name);
  }

  // ---------------------------------------------------------------- Calls

  /**
   * PyObject_Vectorcall: calls with borrowed arguments (the caller keeps them until this returns).
   * {@code args} holds the positional arguments followed by the values of {@code kwnames}.
   */
  public PyObject call(PyObject callable, PyObject[] args, PyTuple kwnames) {
    if (callable instanceof PyFunction fn) {
      // function's tp_call, without the megamorphic slot call (function cannot be subclassed): __init__, the
      // special methods and callbacks come this way, as CPython's CALL_PY_EXACT_ARGS skips tp_call
      return in.vm.callFunction(fn, args, kwnames);
    }
    Slots.Call c = callable.type.slots.call;
    if (c == null) {
      throw in.error("TypeError", "'" + callable.type.name + "' object is not callable");
    }
    return c.call(in, callable, args, kwnames);
  }

  /** Calls {@code o.name(args...)} looked up on the type (special method lookup); null if absent. */
  public PyObject callSpecial(PyObject o, String name, PyObject... args) {
    PyObject m = o.type.lookup(name);
    if (m == null) {
      return null;
    }
    PyObject[] full = new PyObject[args.length + 1];
    full[0] = o;
    System.arraycopy(args, 0, full, 1, args.length);
    return call(m, full, null);
  }

  /** callable(o). */
  public boolean isCallable(PyObject o) {
    Slots.Test t = o.type.slots.callable;
    return t != null && t.test(in, o);
  }

  // ---------------------------------------------------------------- Truth, str, repr

  /**
   * PyObject_IsTrue: True, False and None answer before any slot, as in Objects/object.c (a conditional jump's
   * condition is nearly always a comparison's bool, and the slot call is megamorphic); otherwise the type's truth
   * slot, true when it has none.
   */
  public boolean truthy(PyObject o) {
    if (o instanceof PyBool b) {
      return b.value();
    }
    if (o instanceof PyNone) {
      return false;
    }
    Slots.Test t = o.type.slots.truthy;
    return t == null || t.test(in, o);
  }

  /** str(o) as Java text: the type's str slot, else its repr. */
  public String strOf(PyObject o) {
    Slots.Text t = o.type.slots.str;
    return t != null ? t.text(in, o) : reprOf(o);
  }

  /** The text of {@code r} (released here), which a {@code what} method returned: TypeError unless a str. */
  public String textOf(PyObject r, String what) {
    try {
      if (!(r instanceof PyStr s)) {
        throw in.error("TypeError", what + " returned non-string (type " + r.type.name + ")");
      }
      return s.value;
    } finally {
      heap.decref(r);
    }
  }

  /** repr(o) as Java text: the type's repr slot, else object_repr's default. */
  public String reprOf(PyObject o) {
    Slots.Text t = o.type.slots.repr;
    return t != null ? t.text(in, o) : defaultRepr(o);
  }

  /** ascii(o) as Java text: the repr with non-ASCII characters escaped. */
  public String asciiOf(PyObject o) {
    return Containers.asciiOf(reprOf(o));
  }

  /** object_repr: {@code <MODULE.NAME object at ADDRESS>}. */
  public String defaultRepr(PyObject o) {
    String mod = o.type.heapType ? "__main__." : "";
    return "<" + mod + o.type.name + " object at " + address(o) + ">";
  }

  /** format(value, spec): __format__ of instances, the format mini-language for int, float and str. */
  public PyObject format(PyObject v, String spec) {
    if (v instanceof PyInstance && v.type.heapType && v.type.lookup("__format__") != null) {
      PyStr s = in.newStr(spec);
      try {
        PyObject r = callSpecial(v, "__format__", s);
        if (!(r instanceof PyStr)) {
          heap.decref(r);
          throw in.error("TypeError", "__format__ must return a str");
        }
        return r;
      } finally {
        heap.decref(s);
      }
    }
    if (spec.isEmpty()) {
      return in.newStr(strOf(v));
    }
    return in.newStr(FormatSpec.parse(in, spec, v.type.name).apply(in, this, Comparisons.storage(v)));
  }

  public static String address(PyObject o) {
    return "0x" + Long.toHexString(0x7f0000000000L + System.identityHashCode(o) * 16L);
  }

  // ---------------------------------------------------------------- Numbers and comparison (Numbers, Comparisons)

  public PyObject binaryOp(BinaryOp op, PyObject a, PyObject b) {
    return numbers.binaryOp(op, a, b);
  }

  public void updateSet(io.lifeline.interpreter.object.PySet set, PyObject iterable) {
    numbers.updateSet(set, iterable);
  }

  public static double toDouble(PyObject o) {
    return Numbers.toDouble(o);
  }

  public PyObject negate(PyObject v) {
    return numbers.negate(v);
  }

  public PyObject positive(PyObject v) {
    return numbers.positive(v);
  }

  public PyObject invert(PyObject v) {
    return numbers.invert(v);
  }

  public PyObject compare(CompareOp op, PyObject a, PyObject b) {
    return comparisons.compare(op, a, b);
  }

  /** Native comparison of built-in values. */
  public boolean compareBool(CompareOp op, PyObject a, PyObject b) {
    return comparisons.compareBool(op, a, b);
  }

  /** ==, with user __eq__ for instances. */
  public boolean equal(PyObject a, PyObject b) {
    return comparisons.equal(a, b);
  }

  /** The items of a tuple or list (a copy for a list). */
  public static PyObject[] items(PyObject o) {
    return o instanceof PyTuple t ? t.items : ((PyList) o).items.toArray(new PyObject[0]);
  }

  // ---------------------------------------------------------------- Hashing

  /** Raises TypeError for unhashable keys (the type's hash slot says which: lists, dicts, sets, some classes). */
  public void checkHashable(PyObject key) {
    Slots.Check c = key.type.slots.checkHashable;
    if (c != null) {
      c.check(in, key);
    }
  }

  /** Whether instances of the class {@code t} are unhashable (__eq__ without __hash__, or __hash__ = None). */
  public boolean unhashableClass(PyType t) {
    return ClassHash.of(in, t) == ClassHash.UNHASHABLE;
  }

  @Override
  public Long userHash(PyObject o) {
    return ClassHash.call(in, o);
  }

  @Override
  public Boolean userEquals(PyObject a, PyObject b) {
    boolean user = (a.type.slots.richcompare != null && a.type.heapType && a.type.lookup("__eq__") != null)
        || (b.type.slots.richcompare != null && b.type.heapType && b.type.lookup("__eq__") != null);
    if (!user && (Comparisons.storage(a) != a || Comparisons.storage(b) != b)) {
      return DictKey.keyEquals(Comparisons.storage(a), Comparisons.storage(b)); // the built-in base's tp_richcompare
    }
    return user ? equal(a, b) : null;
  }

  // ---------------------------------------------------------------- Subscripts

  /** PyObject_GetItem: the type's subscript slot. */
  public PyObject getitem(PyObject c, PyObject k) {
    Slots.GetItem g = c.type.slots.getitem;
    if (g == null) {
      throw in.error("TypeError", "'" + c.type.name + "' object is not subscriptable");
    }
    return g.get(in, c, k);
  }

  /** container[k] = v; the container takes its own reference to v, the old value dies inside. */
  public void setitem(PyObject c, PyObject k, PyObject v) {
    Slots.SetItem s = c.type.slots.setitem;
    if (s == null) {
      if (k instanceof io.lifeline.interpreter.object.PySlice) {
        throw in.unsupported("slice assignment to " + c.type.name);
      }
      throw in.error("TypeError", "'" + c.type.name + "' object does not support item assignment");
    }
    s.set(in, c, k, v);
  }

  /** del container[k]. */
  public void delitem(PyObject c, PyObject k) {
    Slots.DelItem d = c.type.slots.delitem;
    if (d == null) {
      throw in.error("TypeError", "'" + c.type.name + "' object doesn't support item deletion");
    }
    d.delete(in, c, k);
  }

  /** PySequence_Contains: the type's slot, else iteration. */
  public boolean contains(PyObject c, PyObject item) {
    Slots.Contains s = c.type.slots.contains;
    return s != null ? s.contains(in, c, item) : containsByIteration(c, item);
  }

  /** _PySequence_IterSearch: an item of {@code c}'s iteration equal to {@code item}. */
  public boolean containsByIteration(PyObject c, PyObject item) {
    PyObject it = iter(c);
    try {
      PyObject x;
      while ((x = next(it)) != null) {
        boolean eq;
        try {
          eq = equal(x, item);
        } finally {
          heap.decref(x);
        }
        if (eq) {
          return true;
        }
      }
      return false;
    } finally {
      heap.decref(it);
    }
  }

  /** PyObject_Size: the type's length slot. */
  public long len(PyObject o) {
    Slots.Len l = o.type.slots.len;
    if (l == null) {
      throw in.error("TypeError", "object of type '" + o.type.name + "' has no len()");
    }
    return l.len(in, o);
  }

  // ---------------------------------------------------------------- Iteration

  /** PyObject_GetIter: the type's iter slot. */
  public PyObject iter(PyObject o) {
    Slots.Unary i = o.type.slots.iter;
    if (i == null) {
      throw in.error("TypeError", "'" + o.type.name + "' object is not iterable");
    }
    return i.apply(in, o);
  }

  /**
   * iter(iterable) for a caller that holds {@code owned} to keep beside the iterator (compress's data iterator,
   * groupby's key function, sum's start): if iter raises, {@code owned} is released before the error propagates.
   */
  public PyObject iterOrRelease(PyObject iterable, PyObject owned) {
    try {
      return iter(iterable);
    } catch (RuntimeException e) {
      heap.decref(owned);
      throw e;
    }
  }

  /**
   * iter() of each of {@code args[from..from+n)}, left to right (the inputs of zip, map and zip_longest): if one
   * raises, those already taken are released, first taken first.
   */
  public PyObject[] iters(PyObject[] args, int from, int n) {
    PyObject[] its = new PyObject[n];
    try {
      for (int x = 0; x < n; x++) {
        its[x] = iter(args[from + x]);
      }
    } catch (RuntimeException e) {
      for (PyObject o : its) {
        heap.xdecref(o);
      }
      throw e;
    }
    return its;
  }

  /** The next item (new reference), or null when exhausted; StopIteration is consumed. */
  public PyObject next(PyObject it) {
    Slots.Next n = it.type.slots.next;
    if (n != null) {
      return n.next(in, it);
    }
    PyObject m = it.type.lookup("__next__");
    if (m == null) {
      throw in.error("TypeError", "'" + it.type.name + "' object is not an iterator");
    }
    try {
      return call(m, new PyObject[] {it}, null);
    } catch (PyException e) {
      if (e.value.type.isSubtypeOf(in.types.stopIteration)) {
        heap.decref(e.value);
        return null;
      }
      throw e;
    }
  }

  /** list.extend: appends new references to every item of {@code iterable}. */
  public void extendList(PyList l, PyObject iterable) {
    if (iterable instanceof PyList src) {
      heap.reserve(8L * src.items.size());
      for (PyObject o : new ArrayList<>(src.items)) {
        l.items.add(heap.incref(o));
      }
      heap.grew(l);
      return;
    }
    if (iterable instanceof PyTuple t) {
      heap.reserve(8L * t.items.length);
      for (PyObject o : t.items) {
        l.items.add(heap.incref(o));
      }
      heap.grew(l);
      return;
    }
    if (iterable instanceof PyRange r) {
      // list_extend preallocates the length hint before the first item.
      heap.reserve(8L * r.length());
    }
    PyObject it = iter(iterable);
    try {
      PyObject x;
      while ((x = next(it)) != null) {
        l.items.add(x);
        if ((l.items.size() & 4095) == 0) {
          heap.grew(l);
        }
      }
    } finally {
      heap.decref(it);
    }
    heap.grew(l);
  }

  /** Collects an iterable into a Java list of new references. */
  public ArrayList<PyObject> toList(PyObject iterable) {
    PyList tmp = in.newList(new ArrayList<>());
    try {
      extendList(tmp, iterable);
      ArrayList<PyObject> out = new ArrayList<>(tmp.items);
      tmp.items.clear();
      return out;
    } finally {
      heap.decref(tmp);
    }
  }

  public boolean isinstance(PyObject o, PyObject cls) {
    if (cls instanceof PyTuple t) {
      for (PyObject c : t.items) {
        if (isinstance(o, c)) {
          return true;
        }
      }
      return false;
    }
    if (!(cls instanceof PyType t)) {
      throw in.error("TypeError", "isinstance() arg 2 must be a type or tuple of types");
    }
    if (o.type == t) {
      return true;
    }
    PyObject hook = t.type.heapType ? t.type.lookup("__instancecheck__") : null;
    if (hook != null) {
      PyObject r = call(hook, new PyObject[] {t, o}, null);
      try {
        return truthy(r);
      } finally {
        heap.decref(r);
      }
    }
    return o.type.isSubtypeOf(t);
  }

  public BigInteger bigOf(PyObject o) {
    return ((PyInt) o).toBig();
  }
}
