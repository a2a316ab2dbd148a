package io.lifeline.interpreter.builtins;

import io.lifeline.interpreter.memory.Heap;
import io.lifeline.interpreter.object.NativeFn;
import io.lifeline.interpreter.object.PyDict;
import io.lifeline.interpreter.object.PyFloat;
import io.lifeline.interpreter.object.PyFunction;
import io.lifeline.interpreter.object.PyInstance;
import io.lifeline.interpreter.object.PyInt;
import io.lifeline.interpreter.object.PyList;
import io.lifeline.interpreter.object.PyNativeFunction;
import io.lifeline.interpreter.object.PyNone;
import io.lifeline.interpreter.object.PyObject;
import io.lifeline.interpreter.object.PyRange;
import io.lifeline.interpreter.object.PyStr;
import io.lifeline.interpreter.object.PyTuple;
import io.lifeline.interpreter.object.PyType;
import io.lifeline.interpreter.vm.Interp;
import io.lifeline.interpreter.vm.PyException;
import io.lifeline.scenario.EventLimits;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/** The builtins module: functions, constructors of the built-in types, and the exception types. */
public final class Builtins {
  private Builtins() {}

  public static void install(Interp in) {
    BuiltinTypes.install(in);
    PyDict b = in.builtins;
    Heap heap = in.heap;
    for (PyType t : new PyType[] {in.types.object, in.types.type, in.types.intType, in.types.boolType,
        in.types.floatType, in.types.str, in.types.tuple, in.types.list, in.types.dict, in.types.range,
        in.types.set, in.types.frozensetType, in.types.bytes, in.types.bytearray, in.types.slice}) {
      b.put(heap, in.key(t.name), t);
    }
    in.types.exceptions.forEach((name, t) -> b.put(heap, in.key(name), t));
    for (String alias : new String[] {"EnvironmentError", "IOError"}) {
      b.put(heap, in.key(alias), in.types.exception("OSError"));
    }
    b.put(heap, in.key("NotImplemented"), in.types.notImplemented());
    b.put(heap, in.key("Ellipsis"), in.types.ellipsis());
    for (PyObject sentinel : new PyObject[] {in.types.notImplemented(), in.types.ellipsis()}) {
      sentinel.type.slots.repr = (i, o) -> o.toString();
    }
    b.put(heap, in.key("__name__"), in.key("builtins"));

    OutputBuiltins.install(in);
    ObjectBuiltins.install(in);
    DirBuiltin.install(in);
    IterableBuiltins.install(in);
    ClassBuiltins.install(in);
    NumberBuiltins.install(in);
    ClassBuiltins.descriptors(in);
    IteratorBuiltins.install(in);
    Codecs.install(in);
    ExecBuiltins.install(in);
    fn(in, "globals", (i, a, k) -> heap.incref(i.current.globals));
    // a class body run in a __prepare__ mapping: that mapping (PyEval_GetLocals)
    fn(in, "locals", (i, a, k) -> i.current.mappingLocals != null ? heap.incref(i.current.mappingLocals)
        : i.policies.flocals() == io.lifeline.interpreter.vm.Policies.FLocals.PROXY
        && io.lifeline.interpreter.vm.FrameLocals.isProxied(i.current)
        ? io.lifeline.interpreter.vm.FrameLocals.snapshot(i, i.current) : heap.incref(i.vm.fastToLocals(i.current)));

    Constructors.install(in);
    Methods.install(in);
    MemoryViewType.install(in, in.builtins);
    BuiltinSubclasses.install(in);
    SlotWrappers.install(in);
  }

  /** The codec of str.encode/bytes.decode(a[1] = encoding, a[2] = errors); only errors='strict' is modelled. */
  static java.nio.charset.Charset codec(Interp in, PyObject[] a) {
    if (a.length > 2 && !((PyStr) a[2]).value.equals("strict")) {
      throw in.unsupported("the error handler '" + ((PyStr) a[2]).value + "'");
    }
    return charset(in, a.length > 1 ? ((PyStr) a[1]).value : "utf-8");
  }

  static java.nio.charset.Charset charset(Interp in, String name) {
    return switch (name.toLowerCase().replace("_", "-")) {
      case "utf-8", "utf8" -> java.nio.charset.StandardCharsets.UTF_8;
      case "ascii", "us-ascii" -> java.nio.charset.StandardCharsets.US_ASCII;
      case "latin-1", "latin1", "iso-8859-1" -> java.nio.charset.StandardCharsets.ISO_8859_1;
      default -> throw in.unsupported("the '" + name + "' codec");
    };
  }

  static void fn(Interp in, String name, NativeFn f) {
    in.builtins.put(in.heap, in.key(name), new PyNativeFunction(in.types.builtinFunction, name, f, false));
  }

  static void ctor(Interp in, PyType t, NativeFn f) {
    t.dict.put(in.heap, in.key("__new__"), new PyNativeFunction(in.types.builtinFunction, t.name, f, false));
  }

  static PyObject newInt(Interp in, PyObject[] a, PyTuple k) {
    if (a.length == 0) {
      return in.newInt(0);
    }
    PyObject v = a[0];
    PyObject converted = userConversion(in, v, "__int__", "__index__", PyInt.class);
    if (converted != null) {
      return converted;
    }
    v = BuiltinSubclasses.storage(v);
    if (v instanceof PyInt i) {
      return in.newInt(i.toBig());
    }
    if (v instanceof PyFloat f) {
      if (Double.isNaN(f.value) || Double.isInfinite(f.value)) { // float___trunc___impl's errors
        throw in.error(Double.isNaN(f.value) ? "ValueError" : "OverflowError",
            Double.isNaN(f.value) ? "cannot convert float NaN to integer" : "cannot convert float infinity to integer");
      }
      return in.newInt(new java.math.BigDecimal(f.value).toBigInteger());
    }
    if (v instanceof PyStr s) {
      PyObject baseArg = a.length > 1 ? a[1] : Args.keyword(a, k, "base");
      int base = baseArg == null ? 10 : (int) ((PyInt) baseArg).small;
      BigInteger parsed = NumberMethods.parseInt(s.value, base);
      if (parsed == null) {
        throw in.error("ValueError", "invalid literal for int() with base " + base + ": " + PyStr.repr(s.value));
      }
      return in.newInt(parsed);
    }
    byte[] raw = io.lifeline.interpreter.object.PyByteArray.bytesLike(v);
    if (raw != null && !(v instanceof io.lifeline.interpreter.object.PyMemoryView)) {
      // _PyLong_FromBytes: the bytes' text parsed as a str is, the error showing their repr
      PyObject baseArg = a.length > 1 ? a[1] : Args.keyword(a, k, "base");
      int base = baseArg == null ? 10 : (int) ((PyInt) baseArg).small;
      BigInteger parsed = NumberMethods.parseInt(new String(raw, java.nio.charset.StandardCharsets.ISO_8859_1), base);
      if (parsed == null) {
        throw in.error("ValueError", "invalid literal for int() with base " + base + ": " + in.ops.reprOf(v));
      }
      return in.newInt(parsed);
    }
    throw in.error("TypeError", "int() argument must be a string, a bytes-like object or a real number, not '"
        + v.type.name + "'");
  }

  static PyObject newFloat(Interp in, PyObject[] a, PyTuple k) {
    if (a.length == 0) {
      return in.newFloat(0);
    }
    PyObject v = a[0];
    PyObject converted = userConversion(in, v, "__float__", "__index__", PyObject.class);
    if (converted != null) {
      if (converted instanceof PyFloat) {
        return converted;
      }
      try {
        return in.newFloat(io.lifeline.interpreter.vm.Ops.toDouble(converted));
      } finally {
        in.heap.decref(converted);
      }
    }
    v = BuiltinSubclasses.storage(v);
    if (v instanceof PyInt || v instanceof PyFloat) {
      return in.newFloat(io.lifeline.interpreter.vm.Ops.toDouble(v));
    }
    if (v instanceof PyStr s) {
      String t = s.value.strip().toLowerCase();
      String u = t.startsWith("+") || t.startsWith("-") ? t.substring(1) : t;
      try {
        if (!u.matches("inf|infinity|nan|([0-9](_?[0-9])*)?\\.?([0-9](_?[0-9])*)?(e[+-]?[0-9](_?[0-9])*)?")
            || u.matches("\\.?(e.*)?")) {
          throw new NumberFormatException(t);
        }
        return in.newFloat(u.equals("inf") || u.equals("infinity") ? (t.startsWith("-") ? Double.NEGATIVE_INFINITY
            : Double.POSITIVE_INFINITY) : u.equals("nan") ? Double.NaN : Double.parseDouble(t.replace("_", "")));
      } catch (NumberFormatException e) {
        throw in.error("ValueError", "could not convert string to float: " + PyStr.repr(s.value));
      }
    }
    throw in.error("TypeError", "float() argument must be a string or a real number, not '" + v.type.name + "'");
  }

  static PyObject newDict(Interp in, PyObject[] a, PyTuple k) {
    PyDict d = in.newDict();
    try {
      updateDict(in, "dict", d, a, k, 0);
    } catch (PyException e) {
      in.heap.decref(d);
      throw e;
    }
    return d;
  }

  /**
   * dict(...) and dict.update(...): merges the mapping or iterable of pairs at a[first] (if any positional
   * argument is there), then the keyword arguments, like dict_update_arg then PyDict_Merge of the kwargs.
   */
  static void updateDict(Interp in, String name, PyDict d, PyObject[] a, PyTuple k, int first) {
    int npos = Args.positional(a, k);
    if (npos - first > 1) {
      throw in.error("TypeError", name + " expected at most 1 argument, got " + (npos - first));
    }
    if (npos - first == 1) {
      PyObject arg = a[first];
      if (arg.type.builtinBase == in.types.dict && arg.type.lookup("__iter__") == in.types.dict.dict.getStr("__iter__")) {
        arg = BuiltinSubclasses.storage(arg); // dict_merge's fast path: a dict whose tp_iter is dict_iter
      } else if (!(arg instanceof PyDict) && BuiltinSubclasses.mergeKeys(in, d, arg)) {
        arg = null;
      }
      if (arg == null) {
        // merged through keys() and subscripts
      } else if (arg instanceof PyDict src) {
        boolean clone = d.size() == 0 && src.copiesTracking(true) && in.heap.isTracked(src);
        for (PyDict.Entry e : src.entries()) {
          d.put(in.heap, in.heap.incref(e.key), in.heap.incref(e.value));
        }
        if (clone) {
          in.heap.track(d);
        }
      } else {
        List<PyObject> pairs = in.ops.toList(arg);
        try {
          for (int n = 0; n < pairs.size(); n++) {
            putPair(in, d, pairs.get(n), n);
          }
        } finally {
          pairs.forEach(in.heap::decref);
        }
      }
    }
    for (int i = 0; k != null && i < k.size(); i++) {
      d.put(in.heap, in.heap.incref(k.items[i]), in.heap.incref(a[npos + i]));
    }
  }

  static void putPair(Interp in, PyDict d, PyObject pair, int n) {
    List<PyObject> kv = in.ops.toList(pair);
    try {
      if (kv.size() != 2) {
        throw in.error("ValueError", "dictionary update sequence element #" + n + " has length " + kv.size()
            + "; 2 is required");
      }
      in.ops.checkHashable(kv.get(0));
      d.put(in.heap, in.heap.incref(kv.get(0)), in.heap.incref(kv.get(1)));
    } finally {
      kv.forEach(in.heap::decref);
    }
  }

  /** slice(stop) or slice(start, stop[, step]): new references to the bounds, None for those not given. */
  static PyObject newSlice(Interp in, PyObject[] a, PyTuple k) {
    Args.count(in, "slice", a, k, 1, 3);
    PyObject none = in.none();
    PyObject start = a.length == 1 ? none : a[0];
    PyObject stop = a.length == 1 ? a[0] : a[1];
    PyObject step = a.length == 3 ? a[2] : none;
    return in.heap.register(new io.lifeline.interpreter.object.PySlice(in.types.slice, in.heap.incref(start),
        in.heap.incref(stop), in.heap.incref(step)));
  }

  static PyObject newRange(Interp in, PyObject[] a, PyTuple k) {
    Args.count(in, "range", a, k, 1, 3);
    long[] v = new long[a.length];
    for (int i = 0; i < a.length; i++) {
      java.math.BigInteger n = io.lifeline.interpreter.vm.Indices.requireIndex(in, a[i]);
      if (n.bitLength() >= 64) {
        throw in.unsupported("a range beyond 64-bit integers");
      }
      v[i] = n.longValue();
    }
    long start = a.length == 1 ? 0 : v[0];
    long stop = a.length == 1 ? v[0] : v[1];
    long step = a.length == 3 ? v[2] : 1;
    if (step == 0) {
      throw in.error("ValueError", "range() arg 3 must not be zero");
    }
    return in.heap.register(new PyRange(in.types.range, start, stop, step));
  }

  /**
   * PyNumber_Long/PyNumber_Float through a class's {@code first} special method, else its {@code second}: the
   * result (new reference) when it is a {@code want}, null when the class has neither; a TypeError otherwise.
   */
  static PyObject userConversion(Interp in, PyObject v, String first, String second, Class<?> want) {
    if (!(v instanceof PyInstance) || !v.type.heapType) {
      return null;
    }
    String name = v.type.lookup(first) != null ? first : v.type.lookup(second) != null ? second : null;
    PyObject base = BuiltinSubclasses.storage(v);
    if (base != v && (name == null || !(v.type.lookup(name) instanceof io.lifeline.interpreter.object.PyFunction))) {
      return null; // the built-in base's nb_int/nb_float: the caller converts the instance's storage
    }
    if (name == null) {
      return null;
    }
    PyObject r = in.ops.callSpecial(v, name);
    if (!want.isInstance(r) || !(r instanceof PyInt || r instanceof PyFloat)) {
      in.heap.decref(r);
      throw in.error("TypeError", name + " returned non-" + (first.equals("__float__") ? "float" : "int")
          + " (type " + r.type.name + ")");
    }
    return r;
  }

  /** round(x, ndigits): half to even on the exact value of x, as double_round does with dtoa. */
  static PyObject roundTo(Interp in, PyObject x, int ndigits) {
    if (x instanceof PyInt n) {
      return ndigits >= 0 ? in.heap.incref(x) : in.newInt(new java.math.BigDecimal(n.toBig())
          .setScale(ndigits, java.math.RoundingMode.HALF_EVEN).toBigInteger());
    }
    if (x instanceof PyFloat f) {
      if (Double.isNaN(f.value) || Double.isInfinite(f.value)) {
        return in.heap.incref(x);
      }
      return in.newFloat(new java.math.BigDecimal(f.value).setScale(ndigits, java.math.RoundingMode.HALF_EVEN)
          .doubleValue());
    }
    throw in.error("TypeError", "type " + x.type.name + " doesn't define __round__ method");
  }

  /** min()/max(): of one iterable or of several arguments, with the keywords key and default (min_max). */
  static PyObject extreme(Interp in, PyObject[] a, PyTuple k, io.lifeline.interpreter.bytecode.CompareOp op,
      String name) {
    int npos = Args.positional(a, k);
    for (int x = 0; k != null && x < k.size(); x++) {
      String kw = ((PyStr) k.items[x]).value;
      if (!kw.equals("key") && !kw.equals("default")) {
        throw in.error("TypeError", in.policies.wording().atLeast(io.lifeline.interpreter.vm.Policies.Wording.CPYTHON_313)
            ? name + "() got an unexpected keyword argument '" + kw + "'"
            : "'" + kw + "' is an invalid keyword argument for " + name + "()");
      }
    }
    PyObject key = Args.keyword(a, k, "key");
    key = key == in.none() ? null : key;
    PyObject dflt = Args.keyword(a, k, "default");
    if (npos == 0) {
      throw in.error("TypeError", name + " expected at least 1 argument, got 0");
    }
    if (dflt != null && npos > 1) {
      throw in.error("TypeError", "Cannot specify a default for " + name + "() with multiple positional arguments");
    }
    ArrayList<PyObject> items = npos == 1 ? in.ops.toList(a[0]) : new ArrayList<>();
    for (int x = 0; npos > 1 && x < npos; x++) {
      items.add(in.heap.incref(a[x]));
    }
    ArrayList<PyObject> keys = new ArrayList<>();
    try {
      if (items.isEmpty()) {
        if (dflt != null) {
          return in.heap.incref(dflt);
        }
        throw in.error("ValueError", name + (in.policies.wording().atLeast(io.lifeline.interpreter.vm.Policies.Wording.CPYTHON_312)
            ? "() iterable argument is empty" : "() arg is an empty sequence"));
      }
      for (PyObject x : items) {
        keys.add(key == null ? in.heap.incref(x) : in.ops.call(key, new PyObject[] {x}, null));
      }
      int best = 0;
      for (int x = 1; x < items.size(); x++) {
        PyObject r = in.ops.compare(op, keys.get(x), keys.get(best));
        boolean better;
        try {
          better = in.ops.truthy(r);
        } finally {
          in.heap.decref(r);
        }
        if (better) {
          best = x;
        }
      }
      return in.heap.incref(items.get(best));
    } finally {
      for (int i = keys.size() - 1; i >= 0; i--) {
        in.heap.decref(keys.get(i));
      }
      for (int i = items.size() - 1; i >= 0; i--) {
        in.heap.decref(items.get(i));
      }
    }
  }

  static PyObject anyAll(Interp in, PyObject[] a, PyTuple k, boolean any) {
    Args.count(in, any ? "any" : "all", a, k, 1, 1);
    PyObject it = in.ops.iter(a[0]);
    try {
      PyObject x;
      while ((x = in.ops.next(it)) != null) {
        boolean t;
        try {
          t = in.ops.truthy(x);
        } finally {
          in.heap.decref(x);
        }
        if (t == any) {
          return in.types.bool(any);
        }
      }
      return in.types.bool(!any);
    } finally {
      in.heap.decref(it);
    }
  }

  /**
   * __build_class__(func, name, *bases, metaclass=..., **kwds): the metaclass (explicit or the bases' most derived),
   * the namespace ({@code __prepare__}'s when the metaclass defines it), the body run in it, then the class: made
   * here directly when the metaclass customizes nothing of its creation (taking the namespace as the class dict),
   * else by calling the metaclass with (name, bases, namespace, **kwds).
   */
  static PyObject buildClass(Interp in, PyObject[] a, PyTuple k) {
    int npos = Args.positional(a, k);
    PyFunction body = (PyFunction) a[0];
    PyStr name = (PyStr) a[1];
    PyTuple origBases = mroEntries(in, a, npos);
    if (origBases != null) {
      try {
        return buildClass(in, body, name, origBases, a, k);
      } finally {
        in.heap.decref(origBases);
      }
    }
    return buildClass(in, body, name, null, a, k);
  }

  /** update_bases' first step: null when no base defines {@code __mro_entries__}, else the bases as a tuple. */
  private static PyTuple mroEntries(Interp in, PyObject[] a, int npos) {
    boolean any = false;
    for (int i = 2; i < npos; i++) {
      any |= !(a[i] instanceof PyType) && a[i].type.lookup("__mro_entries__") != null;
    }
    if (!any) {
      return null;
    }
    PyObject[] orig = new PyObject[npos - 2];
    for (int i = 2; i < npos; i++) {
      orig[i - 2] = in.heap.incref(a[i]);
    }
    return in.newTuple(orig);
  }

  private static PyObject buildClass(Interp in, PyFunction body, PyStr name, PyTuple origBases, PyObject[] a,
      PyTuple k) {
    PyObject metaArg = Args.keyword(a, k, "metaclass");
    int npos = Args.positional(a, k);
    java.util.List<PyObject> keep = new java.util.ArrayList<>();
    PyType[] bases;
    try {
      bases = origBases == null ? basesOf(in, a, 2, npos) : entries(in, origBases, keep);
    } catch (PyException e) {
      keep.forEach(in.heap::decref);
      throw e;
    }
    try {
      return buildClass(in, body, name, origBases, bases, metaArg, a, k);
    } finally {
      keep.forEach(in.heap::decref);
    }
  }

  /** The classes the bases stand for: each {@code __mro_entries__(orig_bases)} result's items (kept alive). */
  private static PyType[] entries(Interp in, PyTuple orig, java.util.List<PyObject> keep) {
    java.util.List<PyObject> out = new java.util.ArrayList<>();
    for (PyObject b : orig.items) {
      if (b instanceof PyType || b.type.lookup("__mro_entries__") == null) {
        out.add(b);
        continue;
      }
      PyObject r = in.ops.callSpecial(b, "__mro_entries__", orig);
      keep.add(r);
      if (!(r instanceof PyTuple t)) {
        throw in.error("TypeError", "__mro_entries__ must return a tuple");
      }
      out.addAll(java.util.Arrays.asList(t.items));
    }
    return basesOf(in, out.toArray(new PyObject[0]), 0, out.size());
  }

  private static PyObject buildClass(Interp in, PyFunction body, PyStr name, PyTuple origBases, PyType[] bases,
      PyObject metaArg, PyObject[] a, PyTuple k) {
    if (metaArg != null && !(metaArg instanceof PyType)) {
      throw in.unsupported("a metaclass that is not a class");
    }
    PyType meta = metaclass(in, metaArg, bases);
    PyTuple names = ClassHooks.keywordNames(in, k);
    PyObject[] kwValues = ClassHooks.keywordValues(a, k);
    // what __prepare__ and the metaclass see: the bases as written (none: an empty tuple, not object)
    PyType[] given = origBases != null || Args.positional(a, k) > 2 ? bases : new PyType[0];
    try {
      PyObject ns = ClassNamespace.prepare(in, meta, name, given, kwValues, names);
      try {
        in.vm.runClassBody(body, ns);
        if (origBases != null) {
          ClassNamespace.store(in, ns, "__orig_bases__", origBases);
        }
      } catch (PyException e) {
        in.heap.decref(ns);
        throw e;
      }
      if (createsPlainly(in, meta)) {
        return typeNew(in, meta, name.value, bases, ClassNamespace.asDict(in, ns), kwValues, names);
      }
      PyObject[] args = new PyObject[3 + kwValues.length];
      args[0] = name;
      args[1] = in.newTuple(java.util.Arrays.stream(given).map(in.heap::incref).toArray(PyObject[]::new));
      args[2] = ns;
      System.arraycopy(kwValues, 0, args, 3, kwValues.length);
      try {
        return in.ops.call(meta, args, names);
      } finally {
        in.heap.decref(args[1]);
        in.heap.decref(ns);
      }
    } finally {
      in.heap.xdecref(names);
    }
  }

  /** The bases {@code a[from..to)} as classes ({@code object} when there are none), checked. Borrowed. */
  static PyType[] basesOf(Interp in, PyObject[] a, int from, int to) {
    PyType[] bases = new PyType[Math.max(1, to - from)];
    bases[0] = in.types.object;
    for (int i = from; i < to; i++) {
      if (!(a[i] instanceof PyType b)) {
        throw in.error("TypeError", "bases must be types");
      }
      if (!b.heapType && b.layout == PyType.Layout.BUILTIN && !BuiltinSubclasses.derivable(in, b)) {
        throw in.unsupported("subclassing built-in type '" + b.name + "'");
      }
      bases[i - from] = b;
    }
    return bases;
  }

  /** Whether the metaclass leaves class creation to type_new: no Python __new__, __init__ or __call__ on it. */
  private static boolean createsPlainly(Interp in, PyType meta) {
    if (meta.type != in.types.type) {
      return false;
    }
    for (PyType t : meta.mro) {
      if (t.heapType && (t.dict.getStr("__new__") != null || t.dict.getStr("__init__") != null
          || t.dict.getStr("__call__") != null)) {
        return false;
      }
    }
    return true;
  }

  /**
   * type_new: makes a heap type of metatype {@code meta} that owns {@code ns} (stolen) and its bases (borrowed
   * here), with a C3 MRO; takes {@code __qualname__} and {@code __classcell__} out of the namespace, sets the
   * {@code __class__} cell for zero-argument super(), registers the class with its bases, then calls
   * {@code __set_name__} and the parent's {@code __init_subclass__} with the class keywords.
   */
  static PyType typeNew(Interp in, PyType meta, String name, PyType[] bases, PyDict ns, PyObject[] kwValues,
      PyTuple kwNames) {
    boolean exception = false;
    for (PyType b : bases) {
      exception |= b.layout == PyType.Layout.EXCEPTION;
    }
    for (String dunder : UNMODELLED_DUNDERS) {
      if (ns.getStr(dunder) != null && !BuiltinSubclasses.consults(in, bases, dunder)) {
        in.heap.decref(ns);
        throw in.unsupported("defining " + dunder + " in a class");
      }
    }
    ClassHooks.implicitClassmethods(in, ns);
    String[] slots = slotNames(in, ns);
    PyType.Layout layout = exception ? PyType.Layout.EXCEPTION : PyType.Layout.INSTANCE;
    PyObject cell = ns.pop(in.heap, in.key("__classcell__"));
    PyObject qualname = ns.pop(in.heap, in.key("__qualname__"));
    PyType cls;
    try {
      for (PyType b : bases) {
        in.heap.incref(b);
      }
      cls = in.heap.register(new PyType(in.heap.incref(meta), name, bases, ns, true, layout));
    } catch (IllegalArgumentException mroError) {
      in.heap.decref(meta);
      for (PyType b : bases) {
        in.heap.decref(b);
      }
      in.heap.decref(ns);
      in.heap.xdecref(cell);
      in.heap.xdecref(qualname);
      throw in.error("TypeError", mroError.getMessage());
    }
    cls.qualname = qualname instanceof PyStr q ? q.value : null;
    for (PyType t : cls.mro) {
      cls.getattributeHook |= t.heapType && t.dict.getStr("__getattribute__") != null;
    }
    in.heap.xdecref(qualname);
    for (PyType b : cls.bases) {
      b.subclasses.add(cls);
    }
    if (slots != null) {
      installSlots(in, cls, slots);
    } else {
      for (PyType b : cls.bases) {
        cls.slotOffset = Math.max(cls.slotOffset, b.totalSlots());
      }
    }
    if (cell instanceof io.lifeline.interpreter.object.PyCell c) {
      PyObject old = c.ref;
      c.ref = in.heap.incref(cls);
      in.heap.xdecref(old);
    }
    in.heap.xdecref(cell);
    if (cls.dict.getStr("__eq__") != null && cls.dict.getStr("__hash__") == null) {
      // type_ready_set_hash: __eq__ without __hash__ leaves tp_hash uninherited, so __hash__ = None is stored
      cls.dict.put(in.heap, in.key("__hash__"), in.heap.incref(in.none()));
    }
    try {
      ClassHooks.setNames(in, cls);
      ClassHooks.initSubclass(in, cls, kwValues, kwNames);
    } catch (io.lifeline.interpreter.vm.PyException e) {
      in.heap.decref(cls);
      throw e;
    }
    return cls;
  }

  /**
   * Special methods the object protocol here does not consult: defining one would be silently ignored. (The copy
   * protocol's __copy__, __deepcopy__, __reduce__, __reduce_ex__, __getstate__ and __setstate__ are consulted by
   * copy.py, like CPython's Lib/copy.py.)
   */
  static final String[] UNMODELLED_DUNDERS = {"__missing__", "__length_hint__", "__bytes__", "__complex__", "__fspath__", "__buffer__", "__sizeof__"};

  /**
   * _PyType_CalculateMetaclass: the explicit metaclass or the most derived of the bases' metaclasses. A
   * metaclass is a class deriving from type.
   */
  static PyType metaclass(Interp in, PyObject explicit, PyType[] bases) {
    PyType winner = explicit instanceof PyType t ? t : in.types.type;
    if (explicit != null && !(explicit instanceof PyType mt && mt.isSubtypeOf(in.types.type))) {
      throw in.unsupported("a metaclass that is not a subclass of type");
    }
    for (PyType b : bases) {
      PyType bm = b.type;
      if (bm.isSubtypeOf(winner)) {
        winner = bm;
      } else if (!winner.isSubtypeOf(bm)) {
        throw in.error("TypeError", "metaclass conflict: the metaclass of a derived class must be a (non-strict) "
            + "subclass of the metaclasses of all its bases");
      }
    }
    return winner;
  }

  /** The names in a class body's __slots__ (a str or an iterable of str), or null when it has none. */
  static String[] slotNames(Interp in, PyDict ns) {
    PyObject decl = ns.getStr("__slots__");
    if (decl == null) {
      return null;
    }
    java.util.List<String> names = new java.util.ArrayList<>();
    if (decl instanceof PyStr s) {
      names.add(s.value);
    } else {
      for (PyObject o : in.ops.toList(decl)) {
        if (!(o instanceof PyStr s)) {
          in.heap.decref(o);
          throw in.error("TypeError", "__slots__ items must be strings, not '" + o.type.name + "'");
        }
        names.add(s.value);
        in.heap.decref(o);
      }
    }
    return names.toArray(new String[0]);
  }

  /**
   * type_new for __slots__: member names sorted, one member descriptor each in the class dict; instances
   * have no attribute dict unless a base has one or '__dict__' is listed, and accept weakrefs only if a base does
   * or '__weakref__' is listed.
   */
  static void installSlots(Interp in, PyType cls, String[] declared) {
    java.util.List<String> names = new java.util.ArrayList<>(java.util.Arrays.asList(declared));
    boolean weakref = names.remove("__weakref__");
    boolean dict = names.remove("__dict__");
    java.util.Collections.sort(names);
    for (String n : names) {
      if (cls.dict.getStr(n) != null && !(cls.dict.getStr(n) instanceof io.lifeline.interpreter.object.PySlotDescriptor)) {
        throw in.error("ValueError", "'" + n + "' in __slots__ conflicts with class variable");
      }
    }
    int offset = 0;
    boolean baseDict = false;
    boolean baseWeakref = false;
    for (PyType b : cls.bases) {
      offset = Math.max(offset, b.totalSlots());
      baseDict |= b.heapType && b.instancesHaveDict;
      baseWeakref |= b.heapType && b.instancesWeakrefable;
    }
    cls.slotOffset = offset;
    cls.ownSlots = names.toArray(new String[0]);
    if (dict && baseDict) {
      throw in.error("TypeError", "__dict__ slot disallowed: we already got one");
    }
    cls.instancesHaveDict = baseDict || dict;
    cls.instancesWeakrefable = weakref || baseWeakref;
    for (int i = 0; i < cls.ownSlots.length; i++) {
      cls.dict.put(in.heap, in.key(cls.ownSlots[i]), in.heap.register(
          new io.lifeline.interpreter.object.PySlotDescriptor(in.types.memberDescriptor, cls.ownSlots[i], offset + i)));
    }
  }

  /** super() reads the calling frame's first argument and its __class__ cell (super_init_without_args). */
  static PyObject superNew(Interp in, PyObject[] a, PyTuple k) {
    PyType type;
    PyObject obj;
    if (a.length == 2) {
      type = (PyType) a[0];
      obj = a[1];
    } else if (a.length == 0) {
      io.lifeline.interpreter.object.Frame f = in.current;
      if (f == null || f.code.argcount == 0) {
        throw in.error("RuntimeError", "super(): no arguments");
      }
      obj = f.localsplus[0];
      if (obj instanceof io.lifeline.interpreter.object.PyCell c && f.code.cell2arg.length > 0
          && java.util.Arrays.stream(f.code.cell2arg).anyMatch(x -> x == 0)) {
        obj = c.ref;
      }
      int idx = java.util.Arrays.asList(f.code.freevars).indexOf("__class__");
      if (idx < 0) {
        throw in.error("RuntimeError", "super(): __class__ cell not found");
      }
      PyObject cell = f.localsplus[f.code.nlocalsplus() - f.code.freevars.length + idx];
      PyObject t = ((io.lifeline.interpreter.object.PyCell) cell).ref;
      if (!(t instanceof PyType tt) || obj == null) {
        throw in.error("RuntimeError", "super(): empty __class__ cell");
      }
      type = tt;
    } else {
      throw in.error("TypeError", "super() takes 0 or 2 arguments");
    }
    if (!(obj instanceof PyType ot && ot.isSubtypeOf(type)) && !obj.type.isSubtypeOf(type)) {
      // supercheck (a 3.11 comprehension's super() finds its iterator `.0` as the first argument)
      throw in.error("TypeError", in.policies.wording().atLeast(io.lifeline.interpreter.vm.Policies.Wording.CPYTHON_313)
          ? "super(type, obj): obj (" + (obj instanceof PyType ot ? "type " + ot.name : "instance of " + obj.type.name)
              + ") is not an instance or subtype of type (" + type.name + ")."
          : "super(type, obj): obj must be an instance or subtype of type");
    }
    return in.heap.register(new io.lifeline.interpreter.object.PySuper(in.types.superType, in.heap.incref(type),
        in.heap.incref(obj)));
  }

}
