package io.lifeline.interpreter.vm;

import io.lifeline.interpreter.bytecode.AttrCache;
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
import io.lifeline.interpreter.object.PyStr;
import io.lifeline.interpreter.object.PyTuple;
import io.lifeline.interpreter.object.PyType;
import io.lifeline.interpreter.object.PyWeakref;
import java.math.BigInteger;
import java.util.ArrayList;

/**
 * The abstract object protocol (Objects/abstract.c, object.c): attributes, calls, arithmetic, comparison,
 * truth, str/repr, iteration and subscripts. Arguments are borrowed; results are new references.
 */
public final class Ops implements io.lifeline.interpreter.object.UserHashing {
  private final Interp in;
  private final Heap heap;

  Ops(Interp in) {
    this.in = in;
    this.heap = in.heap;
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
    if (o.getClass() != PyInstance.class || name.value.equals("__class__")) {
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
    if (o.getClass() == PyInstance.class) {
      PyType t = o.type;
      int epoch = t.epoch.value();
      if (c.type == t && c.epoch == epoch) {
        PyDict attrs = ((PyInstance) o).attrs;
        PyObject v = attrs == null ? null : attrs.get(name);
        return v != null ? heap.incref(v) : missingAttr(o, name.value);
      }
      if (!name.value.equals("__class__") && t.lookup(name) == null && t.epoch.value() == epoch) {
        c.type = t;
        c.epoch = epoch;
      }
    }
    return getattr(o, name);
  }

  /** The end of a failed PyObject_GetAttr: an instance's {@code __getattr__}, else AttributeError. */
  private PyObject missingAttr(PyObject o, String name) {
    if (o instanceof PyInstance && Unmodelled.isInstanceAttribute(name)) {
      throw in.unsupported("an instance's __dict__");
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

  /** Like getattr but returns null instead of raising AttributeError (no __getattr__ hook). */
  public PyObject getattrOrNull(PyObject o, String name) {
    if (name.equals("__class__")) {
      return heap.incref(o.type);
    }
    if (o instanceof PyType t) {
      return typeAttr(t, name);
    }
    if (o instanceof PyModule m) {
      return heap.xincref(m.dict.getStr(name));
    }
    if (o instanceof io.lifeline.interpreter.object.PySuper sup) {
      PyObject attr = sup.lookup(name);
      if (attr instanceof PyFunction || (attr instanceof PyNativeFunction nf && nf.isMethod)) {
        return sup.obj instanceof PyType ? heap.incref(attr) : in.newMethod(attr, sup.obj);
      }
      if (attr != null) {
        return heap.incref(attr);
      }
    }
    PyObject special = specialAttr(o, name);
    if (special != null) {
      return special;
    }
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
    if (typeAttr instanceof io.lifeline.interpreter.object.PyDescriptor d
        && d.kind == io.lifeline.interpreter.object.PyDescriptor.Kind.PROPERTY) {
      return call(d.func, new PyObject[] {o}, null);
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
    return bindDescriptor(attr, o.type);
  }

  /** staticmethod and classmethod found on a type (tp_descr_get); anything else as is. */
  private PyObject bindDescriptor(PyObject attr, PyType owner) {
    if (attr instanceof io.lifeline.interpreter.object.PyDescriptor d) {
      switch (d.kind) {
        case STATICMETHOD: return heap.incref(d.func);
        case CLASSMETHOD: return in.newMethod(d.func, owner);
        default: return heap.incref(attr);
      }
    }
    return heap.incref(attr);
  }

  private PyObject typeAttr(PyType t, String name) {
    switch (name) {
      case "__name__":
        return in.newStr(t.name);
      case "__qualname__":
        return in.newStr(t.name);
      case "__mro__": {
        PyObject[] items = new PyObject[t.mro.size()];
        for (int i = 0; i < items.length; i++) {
          items[i] = heap.incref(t.mro.get(i));
        }
        return in.newTuple(items);
      }
      case "__bases__":
        PyObject[] bs = new PyObject[t.bases.length];
        for (int i = 0; i < bs.length; i++) {
          bs[i] = heap.incref(t.bases[i]);
        }
        return in.newTuple(bs);
      default:
        break;
    }
    PyObject v = t.lookup(name);
    if (v == null && t.type.heapType) {
      PyObject m = t.type.lookup(name);
      if (m instanceof PyFunction) {
        return in.newMethod(m, t);
      }
      return m == null ? null : bindDescriptor(m, t.type);
    }
    return v == null ? null : bindDescriptor(v, t);
  }

  private PyObject specialAttr(PyObject o, String name) {
    if (o instanceof PyBaseException e) {
      switch (name) {
        case "args": return heap.incref(e.args != null ? e.args : in.newTuple());
        case "__traceback__": return heap.incref(e.traceback != null ? e.traceback : in.none());
        case "__cause__": return heap.incref(e.cause != null ? e.cause : in.none());
        case "__context__": return heap.incref(e.context != null ? e.context : in.none());
        case "__suppress_context__": return in.types.bool(e.suppressContext);
        case "value":
          if (e.type.isSubtypeOf(in.types.exception("StopIteration"))) {
            return heap.incref(e.args != null && e.args.size() > 0 ? e.args.items[0] : in.none());
          }
          return null;
        default: return null;
      }
    }
    if (o instanceof io.lifeline.interpreter.object.PySlice sl) {
      switch (name) {
        case "start": return heap.incref(sl.start);
        case "stop": return heap.incref(sl.stop);
        case "step": return heap.incref(sl.step);
        default: return null;
      }
    }
    if (o instanceof PyFunction f) {
      switch (name) {
        case "__name__": return in.newStr(f.name);
        case "__qualname__": return in.newStr(f.qualname);
        default: return null;
      }
    }
    if (o instanceof PyBoundMethod m) {
      switch (name) {
        case "__self__": return heap.incref(m.self);
        case "__func__": return heap.incref(m.func);
        default: return null;
      }
    }
    if (o instanceof PyGenerator g) {
      switch (name) {
        case "gi_frame":
          if (g.frame == null || g.state == PyGenerator.State.COMPLETED) {
            return in.none();
          }
          return heap.incref(in.frameObject(g.frame));
        case "gi_running", "cr_running": return in.types.bool(g.state == PyGenerator.State.RUNNING);
        case "gi_suspended", "cr_suspended": return in.types.bool(g.state == PyGenerator.State.SUSPENDED);
        case "gi_yieldfrom", "cr_await": {
          PyObject yf = in.vm.yieldFrom(g);
          return heap.incref(yf == null ? in.none() : yf);
        }
        case "cr_frame":
          if (g.frame == null || g.state == PyGenerator.State.COMPLETED) {
            return in.none();
          }
          return heap.incref(in.frameObject(g.frame));
        case "gi_code", "cr_code": return g.frame == null ? in.none() : g.frame.code;
        case "__name__": return in.newStr(g.name);
        default: return null;
      }
    }
    if (o instanceof PyFrameObject f) {
      return in.vm.frameAttr(f, name);
    }
    if (o instanceof io.lifeline.interpreter.object.PyTraceback tb) {
      switch (name) {
        case "tb_next": return heap.incref(tb.next != null ? tb.next : in.none());
        case "tb_frame": return heap.incref(tb.frame);
        case "tb_lineno": return in.newInt(tb.lineno);
        default: return null;
      }
    }
    if (o instanceof io.lifeline.interpreter.bytecode.PyCode c) {
      switch (name) {
        case "co_name": return in.newStr(c.name);
        case "co_qualname": return in.newStr(c.qualname);
        case "co_firstlineno": return in.newInt(c.firstLine);
        default: return null;
      }
    }
    if (o instanceof PyWeakref w && name.equals("__callback__")) {
      return heap.incref(w.callback != null ? w.callback : in.none());
    }
    return null;
  }

  /** PyObject_SetAttr: the object takes its own reference to {@code v}; the old value dies inside. */
  public void setattr(PyObject o, String name, PyObject v) {
    if (o instanceof PyBaseException e) {
      switch (name) {
        case "__traceback__" -> {
          PyObject old = e.traceback;
          e.traceback = v instanceof PyNone ? null : heap.incref(v);
          heap.xdecref(old);
          return;
        }
        case "__cause__" -> {
          PyObject old = e.cause;
          e.cause = v instanceof PyNone ? null : heap.incref(v);
          e.suppressContext = true;
          heap.xdecref(old);
          return;
        }
        case "__context__" -> {
          PyObject old = e.context;
          e.context = v instanceof PyNone ? null : heap.incref(v);
          heap.xdecref(old);
          return;
        }
        case "args" -> {
          // BaseException_set_args: PySequence_Tuple(v), stored in the exception (not in its dict)
          PyTuple seq = v instanceof PyTuple t ? heap.incref(t) : in.newTuple(toList(v).toArray(new PyObject[0]));
          PyObject old = e.args;
          e.args = seq;
          heap.xdecref(old);
          return;
        }
        default -> { }
      }
    }
    if (o instanceof PyInstance inst) {
      if (!callSetattrHook(inst, name, v)) {
        genericSetattr(inst, name, v);
      }
      return;
    }
    if (o instanceof PyType t && t.heapType) {
      t.modifications++;
      t.dict.put(heap, in.key(name), heap.incref(v));
      return;
    }
    if (o instanceof PyModule m) {
      m.dict.put(heap, in.key(name), heap.incref(v));
      return;
    }
    throw in.error("AttributeError", "'" + o.type.name + "' object has no attribute '" + name + "'");
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
    if (c.type == t && c.epoch == t.epoch.value() && inst.hasDict()) {
      in.instanceDict(inst).put(heap, name, heap.incref(v));
      return;
    }
    int epoch = t.epoch.value();
    boolean plain = setattrHook(t) == null && t.lookup(name) == null;
    setattr(o, name, v);
    if (plain) {
      // After the store, which refuses names the model does not model (__class__, __dict__); an epoch that
      // moved meanwhile (a __del__ run by the store changed a class) leaves an entry that never matches.
      c.type = t;
      c.epoch = epoch;
    }
  }

  /** The {@code __setattr__} written in Python that a class has (its own or inherited), or null. */
  private static PyFunction setattrHook(PyType t) {
    return t.heapType && t.lookup("__setattr__") instanceof PyFunction f ? f : null;
  }

  /** Calls the class's {@code __setattr__} if it has one written in Python; false if it has none. */
  private boolean callSetattrHook(PyInstance inst, String name, PyObject v) {
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
      throw in.unsupported("assignment to an instance's " + name);
    }
    PyObject o = inst;
    PyObject typeAttr = key != null ? o.type.lookup(key) : o.type.lookup(name);
    if (typeAttr instanceof io.lifeline.interpreter.object.PyDescriptor d
        && d.kind == io.lifeline.interpreter.object.PyDescriptor.Kind.PROPERTY) {
      if (d.setter == null) {
        throw in.error("AttributeError", "can't set attribute '" + name + "'");
      }
      heap.decref(call(d.setter, new PyObject[] {o, v}, null));
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
            + (in.policies.wording().atLeast(io.lifeline.interpreter.Policies.Wording.CPYTHON_313)
                ? " and no __dict__ for setting new attributes" : ""));
      }
      in.instanceDict(inst).put(heap, key != null ? key : in.key(name), heap.incref(v));
    }
  }

  public void delattr(PyObject o, String name) {
    if (o instanceof PyInstance && Unmodelled.isInstanceAttribute(name)) {
      throw in.unsupported("deletion of an instance's " + name);
    }
    if (o instanceof PyInstance inst && o.type.lookup(name) instanceof io.lifeline.interpreter.object.PySlotDescriptor sd
        && inst.slots[sd.index] != null) {
      PyObject old = inst.slots[sd.index];
      inst.slots[sd.index] = null;
      heap.decref(old);
      return;
    }
    PyDict d = o instanceof PyInstance inst2 ? inst2.attrs
        : o instanceof PyType t && t.heapType ? t.dict : o instanceof PyModule m ? m.dict : null;
    if (o instanceof PyType t) {
      t.modifications++;
    }
    if (d == null || !d.remove(heap, in.key(name))) {
      throw in.error("AttributeError", "'" + o.type.name + "' object has no attribute '" + name + "'");
    }
  }

  // ---------------------------------------------------------------- Calls

  /**
   * PyObject_Vectorcall: calls with borrowed arguments (the caller keeps them until this returns).
   * {@code args} holds the positional arguments followed by the values of {@code kwnames}.
   */
  public PyObject call(PyObject callable, PyObject[] args, PyTuple kwnames) {
    if (callable instanceof PyFunction f) {
      return in.vm.callFunction(f, args, kwnames);
    }
    if (callable instanceof PyNativeFunction nf) {
      return nf.fn.call(in, args, kwnames);
    }
    if (callable instanceof PyBoundMethod m) {
      PyObject[] full = new PyObject[args.length + 1];
      full[0] = m.self;
      System.arraycopy(args, 0, full, 1, args.length);
      return call(m.func, full, kwnames);
    }
    if (callable instanceof PyType t) {
      return in.vm.callType(t, args, kwnames);
    }
    if (callable instanceof PyWeakref w) {
      return heap.incref(w.referent != null ? w.referent : in.none());
    }
    PyObject dunder = callable instanceof PyInstance ? callable.type.lookup("__call__") : null;
    if (dunder != null) {
      PyObject[] full = new PyObject[args.length + 1];
      full[0] = callable;
      System.arraycopy(args, 0, full, 1, args.length);
      return call(dunder, full, kwnames);
    }
    throw in.error("TypeError", "'" + callable.type.name + "' object is not callable");
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

  public boolean isCallable(PyObject o) {
    return o instanceof PyFunction || o instanceof PyNativeFunction || o instanceof PyBoundMethod
        || o instanceof PyType || (o instanceof PyInstance && o.type.lookup("__call__") != null);
  }

  // ---------------------------------------------------------------- Truth, str, repr

  public boolean truthy(PyObject o) {
    if (o instanceof PyBool b) {
      return b.value();
    }
    if (o instanceof PyNone) {
      return false;
    }
    if (o instanceof PyInt i) {
      return i.isSmall() ? i.small != 0 : i.big.signum() != 0;
    }
    if (o instanceof PyFloat f) {
      return f.value != 0;
    }
    if (o instanceof PyStr s) {
      return !s.value.isEmpty();
    }
    if (o instanceof io.lifeline.interpreter.object.PyBytes b) {
      return b.value.length > 0;
    }
    if (o instanceof PyList l) {
      return !l.items.isEmpty();
    }
    if (o instanceof PyTuple t) {
      return t.size() > 0;
    }
    if (o instanceof PyDict d) {
      return d.size() > 0;
    }
    if (o instanceof io.lifeline.interpreter.object.PySet st) {
      return st.size() > 0;
    }
    if (o instanceof PyRange r) {
      return r.length() > 0;
    }
    if (o instanceof PyInstance) {
      PyObject r = callSpecial(o, "__bool__");
      if (r == null) {
        r = callSpecial(o, "__len__");
        if (r == null) {
          return true;
        }
      }
      try {
        return truthy(r);
      } finally {
        heap.decref(r);
      }
    }
    return true;
  }

  /** str(o) as Java text. */
  public String strOf(PyObject o) {
    if (o instanceof PyStr s) {
      return s.value;
    }
    if (o instanceof PyBaseException e && !e.type.heapType || o instanceof PyBaseException e2
        && e2.type.lookup("__str__") == null) {
      PyBaseException e3 = (PyBaseException) o;
      if (e3.args == null || e3.args.size() == 0) {
        return "";
      }
      if (e3.args.size() == 1) {
        if (e3.type.isSubtypeOf(in.types.exception("KeyError"))) {
          return reprOf(e3.args.items[0]);
        }
        return strOf(e3.args.items[0]);
      }
      return reprOf(e3.args);
    }
    if (o instanceof PyInstance && o.type.lookup("__str__") != null) {
      return textOf(callSpecial(o, "__str__"), "__str__");
    }
    return reprOf(o);
  }

  private String textOf(PyObject r, String what) {
    try {
      if (!(r instanceof PyStr s)) {
        throw in.error("TypeError", what + " returned non-string (type " + r.type.name + ")");
      }
      return s.value;
    } finally {
      heap.decref(r);
    }
  }

  /** repr(o) as Java text. */
  public String reprOf(PyObject o) {
    if (o instanceof PyStr s) {
      return PyStr.repr(s.value);
    }
    if (o instanceof PyInt || o instanceof PyFloat || o instanceof PyNone || o instanceof PyRange) {
      return o.toString();
    }
    if (o instanceof io.lifeline.interpreter.object.PyBytes b) {
      return b.repr();
    }
    if (o instanceof io.lifeline.interpreter.object.PySlice sl) {
      return "slice(" + reprOf(sl.start) + ", " + reprOf(sl.stop) + ", " + reprOf(sl.step) + ")";
    }
    if (o instanceof PyInstance && o.type.heapType && o.type.lookup("__repr__") != null) {
      return textOf(callSpecial(o, "__repr__"), "__repr__");
    }
    if (o instanceof PyBaseException e) {
      String args = e.args == null || e.args.size() != 1 ? reprOf(e.args == null ? in.newTuple() : e.args)
          : "(" + reprOf(e.args.items[0]) + ")";
      return e.type.name + args;
    }
    if (o instanceof PyList l) {
      StringBuilder sb = new StringBuilder("[");
      for (int i = 0; i < l.items.size(); i++) {
        sb.append(i > 0 ? ", " : "").append(reprOf(l.items.get(i)));
      }
      return sb.append(']').toString();
    }
    if (o instanceof PyTuple t) {
      StringBuilder sb = new StringBuilder("(");
      for (int i = 0; i < t.size(); i++) {
        sb.append(i > 0 ? ", " : "").append(reprOf(t.items[i]));
      }
      return sb.append(t.size() == 1 ? ",)" : ")").toString();
    }
    if (o instanceof io.lifeline.interpreter.object.PySet st) {
      boolean frozen = st.type == in.types.frozensetType;
      if (st.size() == 0) {
        return frozen ? "frozenset()" : "set()";
      }
      StringBuilder sb = new StringBuilder(frozen ? "frozenset({" : "{");
      boolean first = true;
      for (int i = 0; i < st.tableSize(); i++) {
        if (st.isActive(i)) {
          sb.append(first ? "" : ", ").append(reprOf(st.keys[i]));
          first = false;
        }
      }
      return sb.append(frozen ? "})" : "}").toString();
    }
    if (o instanceof PyDict d) {
      StringBuilder sb = new StringBuilder("{");
      boolean first = true;
      for (PyDict.Entry e : d.entries()) {
        sb.append(first ? "" : ", ").append(reprOf(e.key)).append(": ").append(reprOf(e.value));
        first = false;
      }
      return sb.append('}').toString();
    }
    if (o instanceof io.lifeline.interpreter.object.PyDictView v) {
      java.util.ArrayList<PyObject> items = toList(v);
      try {
        StringBuilder sb = new StringBuilder(o.type.name).append("([");
        for (int i = 0; i < items.size(); i++) {
          sb.append(i > 0 ? ", " : "").append(reprOf(items.get(i)));
        }
        return sb.append("])").toString();
      } finally {
        items.forEach(heap::decref);
      }
    }
    if (o instanceof PyType t) {
      return t.heapType ? "<class '__main__." + t.name + "'>" : "<class '" + t.name + "'>";
    }
    if (o instanceof PyFunction f) {
      return "<function " + f.qualname + " at " + address(o) + ">";
    }
    if (o instanceof PyNativeFunction nf) {
      return "<built-in function " + nf.name + ">";
    }
    if (o instanceof PyModule m) {
      return "<module '" + m.name + "'" + (m == in.main ? "" : " (built-in)") + ">";
    }
    if (o instanceof PyWeakref w) {
      return w.referent == null ? "<weakref at " + address(o) + "; dead>"
          : "<weakref at " + address(o) + "; to '" + w.referent.type.name + "' at " + address(w.referent) + ">";
    }
    if (o instanceof PyGenerator g) {
      return "<" + (g.coroutine ? "coroutine" : "generator") + " object " + g.name + " at " + address(o) + ">";
    }
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
    return in.newStr(FormatSpec.parse(in, spec).apply(in, this, v));
  }

  public static String address(PyObject o) {
    return "0x" + Long.toHexString(0x7f0000000000L + System.identityHashCode(o) * 16L);
  }

  // ---------------------------------------------------------------- Numbers

  public PyObject binaryOp(BinaryOp op, PyObject a, PyObject b) {
    if (a instanceof PyInt x && b instanceof PyInt y) {
      return Arith.intOp(in, op.base(), x, y);
    }
    if (op.inplace()) {
      if (a instanceof PyList l && op == BinaryOp.IADD) {
        extendList(l, b);
        return heap.incref(a);
      }
      if (a instanceof PyInstance) {
        PyObject r = callSpecial(a, op.dunder, b);
        if (r != null && r != in.types.notImplemented()) {
          return r;
        }
        heap.xdecref(r);
      }
      op = op.base();
    }
    PyObject r = nativeBinary(op, a, b);
    if (r != null) {
      return r;
    }
    if (a instanceof PyInstance) {
      PyObject res = callSpecial(a, op.dunder, b);
      if (res != null && res != in.types.notImplemented()) {
        return res;
      }
      heap.xdecref(res);
    }
    if (b instanceof PyInstance) {
      PyObject res = callSpecial(b, "__r" + op.dunder.substring(2), a);
      if (res != null && res != in.types.notImplemented()) {
        return res;
      }
      heap.xdecref(res);
    }
    throw in.error("TypeError", "unsupported operand type(s) for " + op.symbol + ": '" + a.type.name
        + "' and '" + b.type.name + "'");
  }

  private PyObject nativeBinary(BinaryOp op, PyObject a, PyObject b) {
    if (a instanceof PyInt x && b instanceof PyInt y) {
      return Arith.intOp(in, op, x, y);
    }
    if ((a instanceof PyInt || a instanceof PyFloat) && (b instanceof PyInt || b instanceof PyFloat)) {
      return Arith.floatOp(in, op, toDouble(a), toDouble(b));
    }
    if (a instanceof PyStr x && b instanceof PyStr y && op == BinaryOp.ADD) {
      heap.reserve(49L + x.value.length() + y.value.length());
      return in.newStr(x.value + y.value);
    }
    if (a instanceof io.lifeline.interpreter.object.PyBytes x && b instanceof io.lifeline.interpreter.object.PyBytes y
        && op == BinaryOp.ADD) {
      heap.reserve(33L + x.value.length + y.value.length);
      byte[] out = java.util.Arrays.copyOf(x.value, x.value.length + y.value.length);
      System.arraycopy(y.value, 0, out, x.value.length, y.value.length);
      return in.newBytes(out);
    }
    if (a instanceof PyStr x && op == BinaryOp.MOD) {
      return in.newStr(Formatter.percent(in, x.value, b));
    }
    if (a instanceof PyStr x && b instanceof PyInt n && op == BinaryOp.MUL) {
      int len = x.value.length();
      int count = in.allocationLength(n, len, 49);
      if ((long) len * count > Integer.MAX_VALUE) {
        throw in.memoryError();
      }
      return in.newStr(x.value.repeat(count));
    }
    if (a instanceof PyList x && b instanceof PyList y && op == BinaryOp.ADD) {
      heap.reserve(56L + 8L * (x.items.size() + y.items.size()));
      ArrayList<PyObject> items = new ArrayList<>();
      x.items.forEach(o -> items.add(heap.incref(o)));
      y.items.forEach(o -> items.add(heap.incref(o)));
      return in.newList(items);
    }
    if (a instanceof PyList x && b instanceof PyInt n && op == BinaryOp.MUL) {
      int count = in.allocationLength(n, 8L * x.items.size(), 56);
      if ((long) x.items.size() * count > Integer.MAX_VALUE - 8) {
        throw in.memoryError();
      }
      ArrayList<PyObject> items = new ArrayList<>(x.items.size() * count);
      for (long i = 0; i < count; i++) {
        x.items.forEach(o -> items.add(heap.incref(o)));
      }
      return in.newList(items);
    }
    if (a instanceof io.lifeline.interpreter.object.PySet x && b instanceof io.lifeline.interpreter.object.PySet y
        && (op == BinaryOp.OR || op == BinaryOp.AND || op == BinaryOp.SUB || op == BinaryOp.XOR)) {
      return setOp(op, x, y);
    }
    if (a instanceof PyTuple x && b instanceof PyTuple y && op == BinaryOp.ADD) {
      PyObject[] items = new PyObject[x.size() + y.size()];
      for (int i = 0; i < x.size(); i++) {
        items[i] = heap.incref(x.items[i]);
      }
      for (int i = 0; i < y.size(); i++) {
        items[x.size() + i] = heap.incref(y.items[i]);
      }
      return in.newTuple(items);
    }
    return null;
  }

  /** set_or / set_and / set_sub / set_xor: a new set built the way setobject.c builds it (so in its order). */
  private PyObject setOp(BinaryOp op, io.lifeline.interpreter.object.PySet x, io.lifeline.interpreter.object.PySet y) {
    io.lifeline.interpreter.object.PySet out = heap.register(new io.lifeline.interpreter.object.PySet(x.type));
    switch (op) {
      case OR -> {
        out.merge(heap, x);
        out.merge(heap, y);
      }
      case AND -> {
        io.lifeline.interpreter.object.PySet small = x.size() <= y.size() ? x : y;
        io.lifeline.interpreter.object.PySet big = small == x ? y : x;
        if (y.size() > x.size()) {
          small = x;
          big = y;
        } else {
          small = y;
          big = x;
        }
        addAll(out, small, big, true);
      }
      case SUB -> {
        if ((x.size() >> 2) > y.size()) {
          out.merge(heap, x);
          for (int i = 0; i < y.tableSize(); i++) {
            if (y.isActive(i)) {
              out.discard(heap, y.keys[i]);
            }
          }
        } else {
          addAll(out, x, y, false);
        }
      }
      default -> {
        out.merge(heap, y);
        for (int i = 0; i < x.tableSize(); i++) {
          if (x.isActive(i) && !out.discard(heap, x.keys[i])) {
            out.add(heap, x.keys[i]);
          }
        }
      }
    }
    return out;
  }

  private void addAll(io.lifeline.interpreter.object.PySet out, io.lifeline.interpreter.object.PySet from,
      io.lifeline.interpreter.object.PySet filter, boolean keepIfIn) {
    for (int i = 0; i < from.tableSize(); i++) {
      if (from.isActive(i) && (filter == null || filter.contains(from.keys[i]) == keepIfIn)) {
        out.add(heap, from.keys[i]);
      }
    }
  }

  /** set.update: adds every item of {@code iterable}. */
  public void updateSet(io.lifeline.interpreter.object.PySet set, PyObject iterable) {
    if (iterable instanceof io.lifeline.interpreter.object.PySet other) {
      set.merge(heap, other);
      return;
    }
    PyObject it = iter(iterable);
    try {
      PyObject x;
      while ((x = next(it)) != null) {
        try {
          checkHashable(x);
          set.add(heap, x);
        } finally {
          heap.decref(x);
        }
      }
    } finally {
      heap.decref(it);
    }
  }

  public static double toDouble(PyObject o) {
    return o instanceof PyFloat f ? f.value : ((PyInt) o).toBig().doubleValue();
  }

  public PyObject negate(PyObject v) {
    if (v instanceof PyInt i) {
      return i.isSmall() && i.small != Long.MIN_VALUE ? in.newInt(-i.small) : in.newInt(i.toBig().negate());
    }
    if (v instanceof PyFloat f) {
      return in.newFloat(-f.value);
    }
    PyObject r = v instanceof PyInstance ? callSpecial(v, "__neg__") : null;
    if (r == null) {
      throw in.error("TypeError", "bad operand type for unary -: '" + v.type.name + "'");
    }
    return r;
  }

  public PyObject positive(PyObject v) {
    if (v instanceof PyInt i && !(v instanceof PyBool)) {
      return heap.incref(v);
    }
    if (v instanceof PyInt i) {
      return in.newInt(i.small);
    }
    if (v instanceof PyFloat) {
      return heap.incref(v);
    }
    throw in.error("TypeError", "bad operand type for unary +: '" + v.type.name + "'");
  }

  public PyObject invert(PyObject v) {
    if (v instanceof PyInt i) {
      return in.newInt(i.toBig().not());
    }
    throw in.error("TypeError", "bad operand type for unary ~: '" + v.type.name + "'");
  }

  // ---------------------------------------------------------------- Comparison

  public PyObject compare(CompareOp op, PyObject a, PyObject b) {
    if (a instanceof PyInt x && b instanceof PyInt y && x.isSmall() && y.isSmall()) {
      return in.types.bool(switch (op) {
        case LT -> x.small < y.small;
        case LE -> x.small <= y.small;
        case EQ -> x.small == y.small;
        case NE -> x.small != y.small;
        case GT -> x.small > y.small;
        case GE -> x.small >= y.small;
      });
    }
    if (a instanceof PyInstance || b instanceof PyInstance) {
      PyObject r = a instanceof PyInstance ? callSpecial(a, op.dunder, b) : null;
      if (r != null && r != in.types.notImplemented()) {
        return r;
      }
      heap.xdecref(r);
      r = b instanceof PyInstance ? callSpecial(b, op.reflected, a) : null;
      if (r != null && r != in.types.notImplemented()) {
        return r;
      }
      heap.xdecref(r);
      if (op == CompareOp.EQ) {
        return in.types.bool(a == b);
      }
      if (op == CompareOp.NE) {
        return in.types.bool(a != b);
      }
      throw unorderable(op, a, b);
    }
    return in.types.bool(compareBool(op, a, b));
  }

  /** Native comparison of built-in values. */
  public boolean compareBool(CompareOp op, PyObject a, PyObject b) {
    if ((op == CompareOp.EQ || op == CompareOp.NE) && (a instanceof PyInt || a instanceof PyFloat)
        && (b instanceof PyInt || b instanceof PyFloat)) {
      boolean eq = !isNaN(a) && !isNaN(b) && compareNumbers(a, b) == 0;
      return op == CompareOp.EQ ? eq : !eq;
    }
    if (op == CompareOp.EQ) {
      return equal(a, b);
    }
    if (op == CompareOp.NE) {
      return !equal(a, b);
    }
    int c;
    if ((a instanceof PyInt || a instanceof PyFloat) && (b instanceof PyInt || b instanceof PyFloat)) {
      if (isNaN(a) || isNaN(b)) {
        return false;
      }
      c = compareNumbers(a, b);
    } else if (a instanceof PyStr x && b instanceof PyStr y) {
      c = x.value.compareTo(y.value);
    } else if (a instanceof io.lifeline.interpreter.object.PyBytes x
        && b instanceof io.lifeline.interpreter.object.PyBytes y) {
      c = java.util.Arrays.compareUnsigned(x.value, y.value);
    } else if (a instanceof PyTuple || a instanceof PyList) {
      c = compareSequences(a, b, op);
    } else {
      throw unorderable(op, a, b);
    }
    return switch (op) {
      case LT -> c < 0;
      case LE -> c <= 0;
      case GT -> c > 0;
      case GE -> c >= 0;
      default -> throw new IllegalStateException();
    };
  }

  private static boolean isNaN(PyObject number) {
    return number instanceof PyFloat f && Double.isNaN(f.value);
  }

  /**
   * float_richcompare for two non-NaN numbers: exact, with no rounding of big ints to a double; -0.0 equals
   * 0.0; an infinity is beyond every int.
   */
  private static int compareNumbers(PyObject a, PyObject b) {
    if (a instanceof PyInt x && b instanceof PyInt y && x.isSmall() && y.isSmall()) {
      return Long.compare(x.small, y.small);
    }
    double da = a instanceof PyFloat f ? f.value : 0;
    double db = b instanceof PyFloat f ? f.value : 0;
    if (Double.isInfinite(da) || Double.isInfinite(db)) {
      return Double.compare(Double.isInfinite(da) ? da : 0, Double.isInfinite(db) ? db : 0);
    }
    return exact(a).compareTo(exact(b));
  }

  private static java.math.BigDecimal exact(PyObject number) {
    return number instanceof PyInt n ? new java.math.BigDecimal(n.toBig())
        : new java.math.BigDecimal(((PyFloat) number).value);
  }

  private int compareSequences(PyObject a, PyObject b, CompareOp op) {
    if (a.type != b.type) {
      throw unorderable(op, a, b);
    }
    PyObject[] x = items(a);
    PyObject[] y = items(b);
    for (int i = 0; i < Math.min(x.length, y.length); i++) {
      if (!equal(x[i], y[i])) {
        return compareBool(CompareOp.LT, x[i], y[i]) ? -1 : 1;
      }
    }
    return Integer.compare(x.length, y.length);
  }

  private PyException unorderable(CompareOp op, PyObject a, PyObject b) {
    return in.error("TypeError", "'" + op.symbol + "' not supported between instances of '" + a.type.name
        + "' and '" + b.type.name + "'");
  }

  /** ==, with user __eq__ for instances. */
  public boolean equal(PyObject a, PyObject b) {
    if (a == b) {
      return true;
    }
    if (a instanceof PyInstance || b instanceof PyInstance) {
      PyObject r = compare(CompareOp.EQ, a, b);
      try {
        return truthy(r);
      } finally {
        heap.decref(r);
      }
    }
    if ((a instanceof PyList && b instanceof PyList) || (a instanceof PyTuple && b instanceof PyTuple)) {
      PyObject[] x = items(a);
      PyObject[] y = items(b);
      if (x.length != y.length) {
        return false;
      }
      for (int i = 0; i < x.length; i++) {
        if (!equal(x[i], y[i])) {
          return false;
        }
      }
      return true;
    }
    if (a instanceof io.lifeline.interpreter.object.PySet x && b instanceof io.lifeline.interpreter.object.PySet y) {
      if (x.size() != y.size()) {
        return false;
      }
      for (int i = 0; i < x.tableSize(); i++) {
        if (x.isActive(i) && !y.contains(x.keys[i])) {
          return false;
        }
      }
      return true;
    }
    if (a instanceof PyDict x && b instanceof PyDict y) {
      if (x.size() != y.size()) {
        return false;
      }
      for (PyDict.Entry e : x.entries()) {
        PyObject v = y.get(e.key);
        if (v == null || !equal(e.value, v)) {
          return false;
        }
      }
      return true;
    }
    return DictKey.keyEquals(a, b);
  }

  private static PyObject[] items(PyObject o) {
    return o instanceof PyTuple t ? t.items : ((PyList) o).items.toArray(new PyObject[0]);
  }

  // ---------------------------------------------------------------- Hashing

  /** Raises TypeError for unhashable keys (lists, dicts, sets, classes defining __eq__ without __hash__). */
  public void checkHashable(PyObject key) {
    if (key instanceof PyList || key instanceof PyDict
        || (key instanceof io.lifeline.interpreter.object.PySet && key.type != in.types.frozensetType)
        || (key instanceof PyInstance && userHashFunction(key.type) == UNHASHABLE)) {
      throw in.error("TypeError", "unhashable type: '" + key.type.name + "'");
    }
    if (key instanceof PyTuple t) {
      for (PyObject o : t.items) {
        checkHashable(o);
      }
    }
  }

  private static final PyObject UNHASHABLE = new io.lifeline.interpreter.object.PySentinel(null, "unhashable");

  /**
   * The class's __hash__ as type_new sets it: the first class in the MRO defining __hash__ or __eq__
   * decides; __eq__ without __hash__ (or __hash__ = None) makes instances unhashable. Null means the
   * default identity hash.
   */
  private PyObject userHashFunction(PyType t) {
    for (PyType c : t.mro) {
      if (!c.heapType || c.dict == null) {
        continue;
      }
      PyObject h = c.dict.getStr("__hash__");
      if (h instanceof io.lifeline.interpreter.object.PyNone) {
        return UNHASHABLE;
      }
      if (h != null) {
        return h;
      }
      if (c.dict.getStr("__eq__") != null) {
        return UNHASHABLE;
      }
    }
    return null;
  }

  @Override
  public Long userHash(PyObject o) {
    PyObject f = o.type.heapType ? userHashFunction(o.type) : null;
    if (f == null || f == UNHASHABLE) {
      return null;
    }
    PyObject r = call(f, new PyObject[] {o}, null);
    try {
      if (!(r instanceof PyInt i)) {
        throw in.error("TypeError", "__hash__ method should return an integer");
      }
      long v = i.isSmall() ? i.small : io.lifeline.interpreter.object.PySet.intHash(i.big);
      return v == -1 ? -2 : v;
    } finally {
      heap.decref(r);
    }
  }

  @Override
  public Boolean userEquals(PyObject a, PyObject b) {
    boolean user = (a instanceof PyInstance && a.type.heapType && a.type.lookup("__eq__") != null)
        || (b instanceof PyInstance && b.type.heapType && b.type.lookup("__eq__") != null);
    return user ? equal(a, b) : null;
  }

  // ---------------------------------------------------------------- Subscripts

  public PyObject getitem(PyObject c, PyObject k) {
    if (k instanceof io.lifeline.interpreter.object.PySlice sl
        && (c instanceof PyList || c instanceof PyTuple || c instanceof PyStr)) {
      int n = (int) len(c);
      int[] idx = sliceIndices(sl, n);
      if (c instanceof PyStr s) {
        StringBuilder sb = new StringBuilder();
        for (int i : idx) {
          sb.append(s.value.charAt(i));
        }
        return in.newStr(sb.toString());
      }
      PyObject[] src = items(c);
      PyObject[] out = new PyObject[idx.length];
      for (int i = 0; i < idx.length; i++) {
        out[i] = heap.incref(src[idx[i]]);
      }
      return c instanceof PyTuple ? in.newTuple(out) : in.newList(new ArrayList<>(java.util.Arrays.asList(out)));
    }
    if (c instanceof PyList l) {
      return heap.incref(l.items.get(index(k, l.items.size(), "list")));
    }
    if (c instanceof PyTuple t) {
      return heap.incref(t.items[index(k, t.size(), "tuple")]);
    }
    if (c instanceof PyStr s) {
      int i = index(k, s.value.length(), "string");
      return in.newStr(String.valueOf(s.value.charAt(i)));
    }
    if (c instanceof io.lifeline.interpreter.object.PyBytes b) {
      if (k instanceof io.lifeline.interpreter.object.PySlice sl) {
        int[] idx = sliceIndices(sl, b.value.length);
        byte[] out = new byte[idx.length];
        for (int i = 0; i < idx.length; i++) {
          out[i] = b.value[idx[i]];
        }
        return in.newBytes(out);
      }
      return in.newInt(b.value[index(k, b.value.length, "index")] & 0xFF);
    }
    if (c instanceof PyDict d) {
      checkHashable(k);
      PyObject v = d.get(k);
      if (v == null) {
        throw new PyException(in.newException(in.types.exception("KeyError"), in.newTuple(heap.incref(k))));
      }
      return heap.incref(v);
    }
    if (c instanceof PyRange r) {
      int i = index(k, (int) r.length(), "range object");
      return in.newInt(r.start + i * r.step);
    }
    if (c instanceof io.lifeline.interpreter.object.PyFrameLocalsProxy p) {
      PyObject v = FrameLocals.get(FrameLocals.frameOf(p), k);
      if (v == null) {
        throw new PyException(in.newException(in.types.exception("KeyError"), in.newTuple(heap.incref(k))));
      }
      return heap.incref(v);
    }
    PyObject res = c instanceof PyInstance ? callSpecial(c, "__getitem__", k) : null;
    if (res == null) {
      throw in.error("TypeError", "'" + c.type.name + "' object is not subscriptable");
    }
    return res;
  }

  /**
   * list_ass_subscript with a slice. Step 1 is list_ass_slice: the new items are inserted, then the replaced ones
   * are released last first. Any other step replaces the selected items one by one in the slice's order, then
   * releases them in that order; the value must have as many items (ValueError). A value that is the list itself
   * is copied first, and the copy released last (list_dealloc: last item first).
   */
  private void assignSlice(PyList l, io.lifeline.interpreter.object.PySlice sl, PyObject v) {
    if (sliceStep(sl) != 1) {
      assignExtendedSlice(l, sl, v);
      return;
    }
    int n = l.items.size();
    int lo = (int) clampIndex(sl.start, n, 0, 0, n);
    int hi = Math.max(lo, (int) clampIndex(sl.stop, n, n, 0, n));
    ArrayList<PyObject> fresh = toList(v);
    java.util.List<PyObject> window = l.items.subList(lo, hi);
    ArrayList<PyObject> recycle = new ArrayList<>(window);
    window.clear();
    l.items.addAll(lo, fresh);
    for (int i = recycle.size() - 1; i >= 0; i--) {
      heap.decref(recycle.get(i));
    }
  }

  private void assignExtendedSlice(PyList l, io.lifeline.interpreter.object.PySlice sl, PyObject v) {
    int[] idx = sliceIndices(sl, l.items.size());
    // PySequence_Fast: a list or tuple is used as it is (the list itself as a copy), anything else is listed.
    ArrayList<PyObject> seq = v == l || !(v instanceof PyList || v instanceof PyTuple) ? toList(v) : null;
    PyObject[] items = seq != null ? seq.toArray(new PyObject[0]) : items(v);
    try {
      if (items.length != idx.length) {
        throw in.error("ValueError", "attempt to assign sequence of size " + items.length
            + " to extended slice of size " + idx.length);
      }
      PyObject[] garbage = new PyObject[idx.length];
      for (int i = 0; i < idx.length; i++) {
        garbage[i] = l.items.set(idx[i], heap.incref(items[i]));
      }
      for (PyObject g : garbage) {
        heap.decref(g);
      }
    } finally {
      if (seq != null) {
        for (int i = seq.size() - 1; i >= 0; i--) {
          heap.decref(seq.get(i));
        }
      }
    }
  }

  private long sliceStep(io.lifeline.interpreter.object.PySlice sl) {
    if (sl.step instanceof PyNone) {
      return 1;
    }
    if (!(sl.step instanceof PyInt i)) {
      throw in.error("TypeError", "slice indices must be integers or None or have an __index__ method");
    }
    return i.small;
  }

  /** PySlice_GetIndicesEx: the selected indices, in order. */
  private int[] sliceIndices(io.lifeline.interpreter.object.PySlice sl, int n) {
    long step = sliceStep(sl);
    if (step == 0) {
      throw in.error("ValueError", "slice step cannot be zero");
    }
    long start;
    long stop;
    if (step > 0) {
      start = clampIndex(sl.start, n, 0, 0, n);
      stop = clampIndex(sl.stop, n, n, 0, n);
    } else {
      start = clampIndex(sl.start, n, n - 1, -1, n - 1);
      stop = clampIndex(sl.stop, n, -1, -1, n - 1);
    }
    java.util.List<Integer> out = new ArrayList<>();
    for (long i = start; step > 0 ? i < stop : i > stop; i += step) {
      out.add((int) i);
    }
    return out.stream().mapToInt(Integer::intValue).toArray();
  }

  private long clampIndex(PyObject o, int n, long dflt, long lo, long hi) {
    if (o instanceof PyNone) {
      return dflt;
    }
    if (!(o instanceof PyInt i)) {
      throw in.error("TypeError", "slice indices must be integers or None or have an __index__ method");
    }
    long v = i.small;
    if (v < 0) {
      v += n;
    }
    return Math.max(lo, Math.min(hi, v));
  }

  private int index(PyObject k, int size, String what) {
    if (k instanceof PyInstance && k.type.heapType && k.type.lookup("__index__") != null) {
      throw in.unsupported("indexing through __index__");
    }
    if (!(k instanceof PyInt i)) {
      throw in.error("TypeError", what + " indices must be integers, not " + k.type.name);
    }
    long idx = i.isSmall() ? i.small : Long.MAX_VALUE;
    if (idx < 0) {
      idx += size;
    }
    if (idx < 0 || idx >= size) {
      throw in.error("IndexError", what + " index out of range");
    }
    return (int) idx;
  }

  /** container[k] = v; the container takes its own reference to v, the old value dies inside. */
  public void setitem(PyObject c, PyObject k, PyObject v) {
    if (k instanceof io.lifeline.interpreter.object.PySlice sl && c instanceof PyList l) {
      assignSlice(l, sl, v);
      return;
    }
    if (k instanceof io.lifeline.interpreter.object.PySlice && !(c instanceof PyInstance)) {
      throw in.unsupported("slice assignment to " + c.type.name);
    }
    if (c instanceof PyList l) {
      int i = index(k, l.items.size(), "list assignment");
      PyObject old = l.items.set(i, heap.incref(v));
      heap.decref(old);
      return;
    }
    if (c instanceof PyDict d) {
      checkHashable(k);
      d.put(heap, heap.incref(k), heap.incref(v));
      return;
    }
    if (c instanceof io.lifeline.interpreter.object.PyFrameLocalsProxy p) {
      FrameLocals.set(in, FrameLocals.frameOf(p), k, v);
      return;
    }
    PyObject res = c instanceof PyInstance ? callSpecial(c, "__setitem__", k, v) : null;
    if (res == null) {
      throw in.error("TypeError", "'" + c.type.name + "' object does not support item assignment");
    }
    heap.decref(res);
  }

  public void delitem(PyObject c, PyObject k) {
    if (c instanceof PyList l && k instanceof io.lifeline.interpreter.object.PySlice sl) {
      // list_ass_subscript: step 1 releases the deleted items last first (list_ass_slice), any other step in
      // ascending index order (a negative step is turned around first).
      boolean stepOne = sliceStep(sl) == 1;
      int[] idx = sliceIndices(sl, l.items.size());
      java.util.Set<Integer> gone = new java.util.HashSet<>();
      for (int i : idx) {
        gone.add(i);
      }
      java.util.List<PyObject> recycle = new ArrayList<>();
      ArrayList<PyObject> kept = new ArrayList<>();
      for (int i = 0; i < l.items.size(); i++) {
        (gone.contains(i) ? recycle : kept).add(l.items.get(i));
      }
      l.items.clear();
      l.items.addAll(kept);
      for (int i = 0; i < recycle.size(); i++) {
        heap.decref(recycle.get(stepOne ? recycle.size() - 1 - i : i));
      }
      return;
    }
    if (c instanceof PyList l) {
      int i = index(k, l.items.size(), "list assignment");
      PyObject old = l.items.remove(i);
      heap.decref(old);
      return;
    }
    if (c instanceof PyDict d) {
      checkHashable(k);
      if (!d.remove(heap, k)) {
        throw new PyException(in.newException(in.types.exception("KeyError"), in.newTuple(heap.incref(k))));
      }
      return;
    }
    PyObject res = c instanceof PyInstance ? callSpecial(c, "__delitem__", k) : null;
    if (res == null) {
      throw in.error("TypeError", "'" + c.type.name + "' object doesn't support item deletion");
    }
    heap.decref(res);
  }

  public boolean contains(PyObject c, PyObject item) {
    if (c instanceof io.lifeline.interpreter.object.PySet st) {
      checkHashable(item);
      return st.contains(item);
    }
    if (c instanceof PyDict d) {
      checkHashable(item);
      return d.get(item) != null;
    }
    if (c instanceof io.lifeline.interpreter.object.PyFrameLocalsProxy p) {
      return FrameLocals.get(FrameLocals.frameOf(p), item) != null;
    }
    if (c instanceof PyStr s && item instanceof PyStr x) {
      return s.value.contains(x.value);
    }
    if (c instanceof io.lifeline.interpreter.object.PyBytes b) {
      if (item instanceof PyInt n) {
        for (byte x : b.value) {
          if ((x & 0xFF) == n.small) {
            return true;
          }
        }
        return false;
      }
      if (item instanceof io.lifeline.interpreter.object.PyBytes x) {
        return new String(b.value, java.nio.charset.StandardCharsets.ISO_8859_1)
            .contains(new String(x.value, java.nio.charset.StandardCharsets.ISO_8859_1));
      }
    }
    if (c instanceof PyList || c instanceof PyTuple) {
      for (PyObject o : items(c)) {
        if (equal(o, item)) {
          return true;
        }
      }
      return false;
    }
    if (c instanceof PyInstance && c.type.lookup("__contains__") != null) {
      PyObject r = callSpecial(c, "__contains__", item);
      try {
        return truthy(r);
      } finally {
        heap.decref(r);
      }
    }
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

  public long len(PyObject o) {
    if (o instanceof PyList l) {
      return l.items.size();
    }
    if (o instanceof PyTuple t) {
      return t.size();
    }
    if (o instanceof PyStr s) {
      return s.value.length();
    }
    if (o instanceof io.lifeline.interpreter.object.PyBytes b) {
      return b.value.length;
    }
    if (o instanceof PyDict d) {
      return d.size();
    }
    if (o instanceof PyRange r) {
      return r.length();
    }
    if (o instanceof io.lifeline.interpreter.object.PyDictView v) {
      return v.dict.size();
    }
    if (o instanceof io.lifeline.interpreter.object.PySet st) {
      return st.size();
    }
    if (o instanceof io.lifeline.interpreter.object.PyFrameLocalsProxy p) {
      return FrameLocals.keys(in, FrameLocals.frameOf(p)).size();
    }
    PyObject r = o instanceof PyInstance ? callSpecial(o, "__len__") : null;
    if (r == null) {
      throw in.error("TypeError", "object of type '" + o.type.name + "' has no len()");
    }
    try {
      return ((PyInt) r).small;
    } finally {
      heap.decref(r);
    }
  }

  // ---------------------------------------------------------------- Iteration

  /** PyObject_GetIter. */
  public PyObject iter(PyObject o) {
    if (o instanceof PyList || o instanceof PyTuple || o instanceof PyStr
        || o instanceof io.lifeline.interpreter.object.PyBytes) {
      return heap.register(new PyIterator(in.types.iterator, heap.incref(o)));
    }
    if (o instanceof PyDict d) {
      PyIterator it = heap.register(new PyIterator(in.types.iterator, heap.incref(o)));
      it.entries = d.entries();
      return it;
    }
    if (o instanceof io.lifeline.interpreter.object.PyDictView v) {
      PyIterator it = heap.register(new PyIterator(in.types.iterator, heap.incref(v.dict)));
      it.entries = v.dict.entries();
      it.dictKind = v.kind;
      return it;
    }
    if (o instanceof io.lifeline.interpreter.object.PySet st) {
      PyIterator it = heap.register(new PyIterator(in.types.iterator, heap.incref(o)));
      it.remaining = st.size();
      return it;
    }
    if (o instanceof io.lifeline.interpreter.object.PyFrameLocalsProxy p) {
      PyObject keys = FrameLocals.list(in, FrameLocals.frameOf(p), 0);
      try {
        return iter(keys);
      } finally {
        heap.decref(keys);
      }
    }
    if (o instanceof PyRange r) {
      PyIterator it = heap.register(new PyIterator(in.types.iterator, null));
      it.next = r.start;
      it.step = r.step;
      it.remaining = r.length();
      return it;
    }
    if (o instanceof PyGenerator g && g.coroutine) {
      throw in.error("TypeError", "'coroutine' object is not iterable");
    }
    if (o instanceof PyIterator || o instanceof PyGenerator || o instanceof io.lifeline.interpreter.object.PyNativeIterator) {
      return heap.incref(o);
    }
    PyObject r = o instanceof PyInstance ? callSpecial(o, "__iter__") : null;
    if (r == null) {
      throw in.error("TypeError", "'" + o.type.name + "' object is not iterable");
    }
    return r;
  }

  /** The next item (new reference), or null when exhausted; StopIteration is consumed. */
  public PyObject next(PyObject it) {
    if (it instanceof PyIterator i) {
      return nextBuiltin(i);
    }
    if (it instanceof PyGenerator g) {
      return in.vm.genIterNext(g);
    }
    if (it instanceof io.lifeline.interpreter.object.PyNativeIterator n) {
      return n.step.next(n);
    }
    PyObject m = it.type.lookup("__next__");
    if (m == null) {
      throw in.error("TypeError", "'" + it.type.name + "' object is not an iterator");
    }
    try {
      return call(m, new PyObject[] {it}, null);
    } catch (PyException e) {
      if (e.value.type.isSubtypeOf(in.types.exception("StopIteration"))) {
        heap.decref(e.value);
        return null;
      }
      throw e;
    }
  }

  private PyObject nextBuiltin(PyIterator i) {
    if (i.seq == null && i.entries == null) {
      if (i.remaining > 0) {
        i.remaining--;
        long v = i.next;
        i.next += i.step;
        return in.newInt(v);
      }
      return null;
    }
    PyObject seq = i.seq;
    if (seq != null) {
      if (i.entries != null) {
        while (i.index < i.entries.size()) {
          PyDict.Entry e = i.entries.get(i.index++);
          PyObject cur = e.key == null ? null : ((PyDict) seq).get(e.key);
          if (cur != null) {
            return switch (i.dictKind) {
              case KEYS -> heap.incref(e.key);
              case VALUES -> heap.incref(cur);
              case ITEMS -> in.newTuple(heap.incref(e.key), heap.incref(cur));
            };
          }
        }
      } else if (seq instanceof PyList l && i.index < l.items.size()) {
        return heap.incref(l.items.get(i.index++));
      } else if (seq instanceof PyTuple t && i.index < t.size()) {
        return heap.incref(t.items[i.index++]);
      } else if (seq instanceof io.lifeline.interpreter.object.PySet st) {
        if (st.size() != i.remaining) {
          throw in.error("RuntimeError", "Set changed size during iteration");
        }
        while (i.index < st.tableSize()) {
          int at = i.index++;
          if (st.isActive(at)) {
            return heap.incref(st.keys[at]);
          }
        }
      } else if (seq instanceof io.lifeline.interpreter.object.PyBytes b && i.index < b.value.length) {
        return in.newInt(b.value[i.index++] & 0xFF);
      } else if (seq instanceof PyStr s && i.index < s.value.length()) {
        return in.newStr(String.valueOf(s.value.charAt(i.index++)));
      }
      i.seq = null;
      i.entries = null;
      heap.decref(seq);
    }
    return null;
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
