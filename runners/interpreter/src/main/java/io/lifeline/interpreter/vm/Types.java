package io.lifeline.interpreter.vm;

import io.lifeline.interpreter.compiler.Constants;
import io.lifeline.interpreter.object.PyBool;
import io.lifeline.interpreter.object.PyDict;
import io.lifeline.interpreter.object.PyFloat;
import io.lifeline.interpreter.object.PyInt;
import io.lifeline.interpreter.object.PyNone;
import io.lifeline.interpreter.object.PyObject;
import io.lifeline.interpreter.object.PyStr;
import io.lifeline.interpreter.object.PyTuple;
import io.lifeline.interpreter.object.PyType;
import io.lifeline.interpreter.object.PyType.Layout;
import java.math.BigInteger;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The built-in types and singletons of one interpreter (all immortal, like CPython's static types), the
 * exception hierarchy, and the compiler's factory for constants.
 */
public final class Types implements Constants {
  public final PyType type;
  /** {@code types.GenericAlias} ({@code list[int]}), made by the builtins when they are installed. */
  public PyType genericAlias;
  public final PyType object;
  public final PyType noneType;
  public final PyType intType;
  public final PyType boolType;
  public final PyType floatType;
  public final PyType str;
  public final PyType tuple;
  public final PyType list;
  public final PyType dict;
  public final PyType range;
  public final PyType function;
  public final PyType builtinFunction;
  public final PyType method;
  public final PyType cell;
  public final PyType code;
  public final PyType module;
  public final PyType weakref;
  public final PyType frame;
  /** PEP 667's f_locals of function frames (3.13 model). */
  public final PyType frameLocalsProxy;
  public final PyType traceback;
  public final PyType generator;
  public final PyType iterator;
  /** The built-in iterator types by name, made on first use (builtins/IteratorNames). */
  public final java.util.Map<String, PyType> namedIterators = new java.util.HashMap<>();
  public final PyType superType;
  public final PyType coroutine;
  public final PyType asyncGenerator;
  public final PyType callableIterator;
  public final PyType asyncGenASend;
  public final PyType asyncGenAThrow;
  public final PyType asyncGenWrappedValue;
  public final PyType property;
  public final PyType staticmethod;
  public final PyType classmethod;
  /** A read-only view of a mapping: a class's {@code __dict__}, {@code types.MappingProxyType}. */
  public final PyType mappingproxy;
  public final PyType enumerate;
  public final PyType zip;
  public final PyType reversed;
  public final PyType map;
  public final PyType memberDescriptor;
  public final PyType filter;
  public final PyType slice;
  public final PyType set;
  public final PyType frozensetType;
  public final PyType bytes;
  public final PyType bytearray;
  private final PyType[] dictViews = new PyType[3];
  public final PyNone none;
  public final PyBool trueObj;
  public final PyBool falseObj;
  private final io.lifeline.interpreter.object.PySentinel notImplemented;
  private final io.lifeline.interpreter.object.PySentinel ellipsis;
  /** Exception types by name, in hierarchy order. */
  public final Map<String, PyType> exceptions = new LinkedHashMap<>();
  /** The two exception types every generator close or exhaustion tests for, without a lookup by name. */
  public final PyType stopIteration;
  /** BaseException, which type_call and raise check a class against. */
  public final PyType baseException;
  public final PyType generatorExit;
  private final Map<Object, PyObject> interned = new HashMap<>();
  private final PyInt[] smallInts = new PyInt[262];
  /** {@link #latin1Str}'s strings by character, the empty string last. */
  private final PyObject[] latin1Strs = new PyObject[257];

  public Types() {
    type = new PyType(null, "type", new PyType[0], new PyDict(null), false, Layout.BUILTIN);
    type.type = type;
    type.immortal = true;
    type.dict.immortal = true;
    object = builtin("object", null, Layout.INSTANCE);
    type.base = object;
    type.bases = new PyType[] {object};
    type.mro.add(object);
    type.epoch.bump(); // type's MRO changed after construction
    noneType = builtin("NoneType", object, Layout.BUILTIN);
    intType = builtin("int", object, Layout.BUILTIN);
    boolType = builtin("bool", intType, Layout.BUILTIN);
    floatType = builtin("float", object, Layout.BUILTIN);
    str = builtin("str", object, Layout.BUILTIN);
    tuple = builtin("tuple", object, Layout.BUILTIN);
    list = builtin("list", object, Layout.BUILTIN);
    dict = builtin("dict", object, Layout.BUILTIN);
    range = builtin("range", object, Layout.BUILTIN);
    function = builtin("function", object, Layout.BUILTIN);
    builtinFunction = builtin("builtin_function_or_method", object, Layout.BUILTIN);
    method = builtin("method", object, Layout.BUILTIN);
    cell = builtin("cell", object, Layout.BUILTIN);
    code = builtin("code", object, Layout.BUILTIN);
    module = builtin("module", object, Layout.BUILTIN);
    weakref = builtin("weakref.ReferenceType", object, Layout.BUILTIN);
    frame = builtin("frame", object, Layout.BUILTIN);
    frameLocalsProxy = builtin("FrameLocalsProxy", object, Layout.BUILTIN);
    traceback = builtin("traceback", object, Layout.BUILTIN);
    generator = builtin("generator", object, Layout.BUILTIN);
    iterator = builtin("iterator", object, Layout.BUILTIN);
    superType = builtin("super", object, Layout.BUILTIN);
    coroutine = builtin("coroutine", object, Layout.BUILTIN);
    asyncGenerator = builtin("async_generator", object, Layout.BUILTIN);
    callableIterator = builtin("callable_iterator", object, Layout.BUILTIN);
    asyncGenASend = builtin("async_generator_asend", object, Layout.BUILTIN);
    asyncGenAThrow = builtin("async_generator_athrow", object, Layout.BUILTIN);
    asyncGenWrappedValue = builtin("async_generator_wrapped_value", object, Layout.BUILTIN);
    property = builtin("property", object, Layout.BUILTIN);
    staticmethod = builtin("staticmethod", object, Layout.BUILTIN);
    classmethod = builtin("classmethod", object, Layout.BUILTIN);
    mappingproxy = builtin("mappingproxy", object, Layout.BUILTIN);
    enumerate = builtin("enumerate", object, Layout.BUILTIN);
    zip = builtin("zip", object, Layout.BUILTIN);
    reversed = builtin("reversed", object, Layout.BUILTIN);
    map = builtin("map", object, Layout.BUILTIN);
    memberDescriptor = builtin("member_descriptor", object, Layout.BUILTIN);
    filter = builtin("filter", object, Layout.BUILTIN);
    slice = builtin("slice", object, Layout.BUILTIN);
    set = builtin("set", object, Layout.BUILTIN);
    frozensetType = builtin("frozenset", object, Layout.BUILTIN);
    bytes = builtin("bytes", object, Layout.BUILTIN);
    bytearray = builtin("bytearray", object, Layout.BUILTIN);
    dictViews[0] = builtin("dict_keys", object, Layout.BUILTIN);
    dictViews[1] = builtin("dict_values", object, Layout.BUILTIN);
    dictViews[2] = builtin("dict_items", object, Layout.BUILTIN);
    none = new PyNone(noneType);
    trueObj = new PyBool(boolType, true);
    falseObj = new PyBool(boolType, false);
    notImplemented = new io.lifeline.interpreter.object.PySentinel(
        builtin("NotImplementedType", object, Layout.BUILTIN), "NotImplemented");
    ellipsis = new io.lifeline.interpreter.object.PySentinel(builtin("ellipsis", object, Layout.BUILTIN), "Ellipsis");
    exceptionHierarchy();
    stopIteration = exception("StopIteration");
    baseException = exception("BaseException");
    generatorExit = exception("GeneratorExit");
  }

  private PyType builtin(String name, PyType base, Layout layout) {
    PyType t = new PyType(type, name, base, new PyDict(null), false, layout);
    t.immortal = true;
    t.dict.immortal = true;
    return t;
  }

  private void exceptionHierarchy() {
    exc("BaseException", object);
    exc("Exception", "BaseException");
    exc("GeneratorExit", "BaseException");
    exc("KeyboardInterrupt", "BaseException");
    exc("SystemExit", "BaseException");
    exc("StopIteration", "Exception");
    exc("StopAsyncIteration", "Exception");
    exc("ArithmeticError", "Exception");
    exc("ZeroDivisionError", "ArithmeticError");
    exc("OverflowError", "ArithmeticError");
    exc("LookupError", "Exception");
    exc("KeyError", "LookupError");
    exc("IndexError", "LookupError");
    exc("ValueError", "Exception");
    exc("TypeError", "Exception");
    exc("AttributeError", "Exception");
    exc("NameError", "Exception");
    exc("UnboundLocalError", "NameError");
    exc("RuntimeError", "Exception");
    exc("RecursionError", "RuntimeError");
    exc("NotImplementedError", "RuntimeError");
    exc("AssertionError", "Exception");
    exc("MemoryError", "Exception");
    exc("ReferenceError", "Exception");
    exc("ImportError", "Exception");
    exc("ModuleNotFoundError", "ImportError");
    exc("SyntaxError", "Exception");
    exc("UnicodeError", "ValueError");
    exc("UnicodeEncodeError", "UnicodeError");
    exc("UnicodeDecodeError", "UnicodeError");
    exc("UnicodeTranslateError", "UnicodeError");
    exc("FloatingPointError", "ArithmeticError");
    exc("BufferError", "Exception");
    exc("EOFError", "Exception");
    exc("SystemError", "Exception");
    exc("IndentationError", "SyntaxError");
    exc("TabError", "IndentationError");
    exc("OSError", "Exception");
    for (String os : new String[] {"BlockingIOError", "ChildProcessError", "ConnectionError", "FileExistsError",
        "FileNotFoundError", "InterruptedError", "IsADirectoryError", "NotADirectoryError", "PermissionError",
        "ProcessLookupError", "TimeoutError"}) {
      exc(os, "OSError");
    }
    for (String conn : new String[] {"BrokenPipeError", "ConnectionAbortedError", "ConnectionRefusedError",
        "ConnectionResetError"}) {
      exc(conn, "ConnectionError");
    }
    exc("Warning", "Exception");
    for (String w : new String[] {"BytesWarning", "DeprecationWarning", "FutureWarning", "ImportWarning",
        "PendingDeprecationWarning", "ResourceWarning", "RuntimeWarning", "SyntaxWarning", "UnicodeWarning",
        "UserWarning"}) {
      exc(w, "Warning");
    }
  }

  private void exc(String name, String base) {
    exc(name, exceptions.get(base));
  }

  private void exc(String name, PyType base) {
    exceptions.put(name, builtin(name, base, Layout.EXCEPTION));
  }

  public PyType exception(String name) {
    PyType t = exceptions.get(name);
    if (t == null) {
      throw new IllegalArgumentException("no exception type " + name);
    }
    return t;
  }

  public PyType dictView(io.lifeline.interpreter.object.PyDictView.Kind kind) {
    return dictViews[kind.ordinal()];
  }

  public PyObject notImplemented() {
    return notImplemented;
  }

  /** The Ellipsis singleton ({@code ...}). */
  public PyObject ellipsis() {
    return ellipsis;
  }

  /** The small int {@code v} (-5..256): the same immortal object as the compiler's constant for it. */
  public PyInt smallInt(int v) {
    PyInt i = smallInts[v + 5];
    if (i == null) {
      i = (PyInt) immortal(new PyInt(intType, v));
      smallInts[v + 5] = i;
    }
    return i;
  }

  public PyBool bool(boolean b) {
    return b ? trueObj : falseObj;
  }

  // ---------------------------------------------------------------- Constants for the compiler

  @Override
  public PyObject constant(Object value) {
    if (value == null || value instanceof Enum<?>) {
      return none;
    }
    if (value instanceof Long l && l >= -5 && l <= 256) {
      return smallInt(l.intValue());
    }
    if (value instanceof java.util.List<?> items) {
      PyObject cached = interned.get(value);
      if (cached == null) {
        PyObject[] objs = new PyObject[items.size()];
        for (int i = 0; i < objs.length; i++) {
          objs[i] = constant(items.get(i));
        }
        cached = tuple(objs);
        interned.put(java.util.List.copyOf(items), cached);
      }
      return cached;
    }
    if (value instanceof Boolean b) {
      return bool(b);
    }
    Object key = value instanceof Double d ? new DoubleKey(Double.doubleToRawLongBits(d)) : value;
    PyObject o = interned.get(key);
    if (o == null) {
      o = immortal(make(value));
      interned.put(key, o);
    }
    return o;
  }

  /**
   * {@link #constant} of the empty str or a str of one character below 256 (the strings CPython keeps as
   * singletons), found by the character instead of by hashing the string: str operations make them often.
   */
  public PyObject latin1Str(String s) {
    int i = s.isEmpty() ? 256 : s.charAt(0);
    PyObject o = latin1Strs[i];
    if (o == null) {
      o = constant(s);
      latin1Strs[i] = o;
    }
    return o;
  }

  /** Distinguishes -0.0 from 0.0 and a float from an equal int. */
  private record DoubleKey(long bits) {}

  private PyObject make(Object value) {
    if (value instanceof io.lifeline.interpreter.compiler.EllipsisValue) {
      return ellipsis;
    }
    if (value instanceof io.lifeline.interpreter.compiler.BytesValue b) {
      return new io.lifeline.interpreter.object.PyBytes(bytes, b.bytes());
    }
    if (value instanceof Long l) {
      return new PyInt(intType, l);
    }
    if (value instanceof BigInteger b) {
      return new PyInt(intType, b);
    }
    if (value instanceof Double d) {
      return new PyFloat(floatType, d);
    }
    return new PyStr(str, (String) value);
  }

  private static PyObject immortal(PyObject o) {
    o.immortal = true;
    return o;
  }

  @Override
  public PyObject tuple(PyObject[] items) {
    return immortal(new PyTuple(tuple, items));
  }

  @Override
  public PyObject frozenset(PyObject[] items) {
    io.lifeline.interpreter.object.PySet first = new io.lifeline.interpreter.object.PySet(frozensetType);
    for (PyObject item : items) {
      first.add(NO_HEAP, item);
    }
    // compile.c's merge_consts_recursive rebuilds a frozenset constant from its own iteration order.
    io.lifeline.interpreter.object.PySet s = new io.lifeline.interpreter.object.PySet(frozensetType);
    for (int i = 0; i < first.tableSize(); i++) {
      if (first.isActive(i)) {
        s.add(NO_HEAP, first.keys[i]);
      }
    }
    return immortal(s);
  }

  /** Constants are immortal, so building them needs no heap. */
  private static final io.lifeline.interpreter.memory.Heap NO_HEAP = null;

  @Override
  public PyType codeType() {
    return code;
  }
}
