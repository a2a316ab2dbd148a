package io.lifeline.interpreter.builtins;

import io.lifeline.interpreter.bytecode.BinaryOp;
import io.lifeline.interpreter.bytecode.CompareOp;
import io.lifeline.interpreter.object.NativeFn;
import io.lifeline.interpreter.object.PyByteArray;
import io.lifeline.interpreter.object.PyBytes;
import io.lifeline.interpreter.object.PyDict;
import io.lifeline.interpreter.object.PyFloat;
import io.lifeline.interpreter.object.PyInstance;
import io.lifeline.interpreter.object.PyInt;
import io.lifeline.interpreter.object.PyList;
import io.lifeline.interpreter.object.PyNativeFunction;
import io.lifeline.interpreter.object.PyObject;
import io.lifeline.interpreter.object.PySet;
import io.lifeline.interpreter.object.PyStr;
import io.lifeline.interpreter.object.PyTuple;
import io.lifeline.interpreter.object.PyType;
import io.lifeline.interpreter.vm.Interp;
import io.lifeline.interpreter.vm.Policies;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * The special methods of the built-in types called directly ({@code int.__add__(x, y)}, {@code (5).__lt__(4.5)},
 * {@code object.__eq__(a, b)}, {@code super().__eq__(other)}): typeobject.c's slot wrappers over each type's own
 * slot, so an operand the slot does not take gives NotImplemented rather than the operator's fallback. The model
 * keeps them outside the types' dicts (made on first lookup, one immortal object per type and name, so
 * {@code int.__add__ is int.__add__}); the object protocol never consults them, it dispatches on the operands.
 * None holds a reference beyond its call.
 */
final class SlotWrappers {
  /** A wrapper's body: {@code self} is an instance of the wrapper's type, {@code a} the arguments after it. */
  @FunctionalInterface
  private interface Body {
    PyObject call(Interp in, PyObject self, PyObject[] a);
  }

  private final Interp in;
  private final Map<PyType, Map<String, PyNativeFunction>> made = new IdentityHashMap<>();

  private SlotWrappers(Interp in) {
    this.in = in;
  }

  static void install(Interp in) {
    in.slotWrappers = new SlotWrappers(in)::find;
  }

  private PyObject find(PyType t, String name) {
    Map<String, PyNativeFunction> m = made.computeIfAbsent(t, x -> new HashMap<>());
    if (m.containsKey(name)) {
      return m.get(name);
    }
    Body b = body(t, name);
    PyNativeFunction f = null;
    if (b != null) {
      f = new PyNativeFunction(in.types.builtinFunction, t.name + "." + name, checked(t, name, b), true);
      f.owner = t;
      f.immortal = true;
    }
    m.put(name, f);
    return f;
  }

  /** wrapperdescr_call's self check and check_num_args, in CPython's words or PyPy's. */
  private NativeFn checked(PyType t, String name, Body b) {
    int[] arity = arity(name);
    return (i, a, k) -> {
      boolean pypy = pypy(i);
      if (a.length == 0) {
        throw i.error("TypeError", "descriptor '" + name + "' of '" + t.name + "' object needs an argument");
      }
      if (!a[0].type.isSubtypeOf(t)) {
        throw i.error("TypeError", pypy ? "'" + t.name + "' object expected, got '" + a[0].type.name + "' instead"
            : "descriptor '" + name + "' requires a '" + t.name + "' object but received a '" + a[0].type.name + "'");
      }
      int n = a.length - 1;
      if (n < arity[0] || n > arity[1]) {
        throw i.error("TypeError", arityMessage(pypy, name, arity, n));
      }
      PyObject[] rest = new PyObject[n];
      System.arraycopy(a, 1, rest, 0, n);
      return b.call(i, a[0], rest);
    };
  }

  private static String arityMessage(boolean pypy, String name, int[] arity, int n) {
    if (!pypy) {
      int want = n < arity[0] ? arity[0] : arity[1];
      return "expected " + want + " argument" + (want == 1 ? "" : "s") + ", got " + n;
    }
    if (n < arity[0]) {
      return name + "() missing 1 required positional argument: 'other'";
    }
    int max = arity[1] + 1;
    return name + "() takes " + max + " positional argument" + (max == 1 ? "" : "s") + " but " + (n + 1)
        + " were given";
  }

  private static int[] arity(String name) {
    return switch (name) {
      case "__pow__", "__rpow__" -> new int[] {1, 2};
      case "__round__" -> new int[] {0, 1};
      default -> unary(name) ? new int[] {0, 0} : new int[] {1, 1};
    };
  }

  private static boolean unary(String name) {
    return switch (name) {
      case "__neg__", "__pos__", "__abs__", "__invert__", "__bool__", "__int__", "__float__", "__index__",
          "__hash__", "__trunc__", "__floor__", "__ceil__", "__repr__", "__str__" -> true;
      default -> false;
    };
  }

  private static boolean pypy(Interp in) {
    return in.policies.reclaim() == Policies.Reclaim.TRACING;
  }

  private Body body(PyType t, String name) {
    var ty = in.types;
    if (t == ty.object) {
      return ObjectSlots.body(name);
    }
    CompareOp cmp = compareOp(name);
    if (t == ty.intType && (name.equals("__repr__") || name.equals("__str__"))) {
      return (i, self, a) -> i.newStr(((PyInt) storage(self)).toBig().toString()); // long_to_decimal_string
    }
    if (t == ty.intType || t == ty.boolType || t == ty.floatType) {
      return cmp != null ? compare(cmp, o -> t == ty.floatType ? isNumber(o) : o instanceof PyInt)
          : NumberSlots.body(t == ty.floatType, name);
    }
    if (t == ty.str || t == ty.bytes || t == ty.list || t == ty.tuple) {
      return cmp != null ? compare(cmp, o -> sameKind(t, o)) : SequenceSlots.body(t, name);
    }
    if (t == ty.dict) {
      if (cmp != null) {
        return compare(cmp, o -> (cmp == CompareOp.EQ || cmp == CompareOp.NE) && o instanceof PyDict);
      }
      return binary(name, BinaryOp.OR, o -> o instanceof PyDict);
    }
    if (t == ty.set || t == ty.frozensetType) {
      if (cmp != null) {
        return compare(cmp, o -> o instanceof PySet);
      }
      if (name.equals("__hash__") && t == ty.frozensetType) {
        return (i, self, a) -> i.newInt(PySet.hash(storage(self)));
      }
      for (BinaryOp op : new BinaryOp[] {BinaryOp.OR, BinaryOp.AND, BinaryOp.SUB, BinaryOp.XOR}) {
        Body b = binary(name, op, o -> o instanceof PySet);
        if (b != null) {
          return b;
        }
      }
    }
    return null;
  }

  static CompareOp compareOp(String name) {
    for (CompareOp op : CompareOp.values()) {
      if (op.dunder.equals(name)) {
        return op;
      }
    }
    return null;
  }

  /** A rich comparison slot: {@code accepts} says which other operands (by their storage) it compares. */
  static Body compare(CompareOp op, java.util.function.Predicate<PyObject> accepts) {
    return (i, self, a) -> accepts.test(storage(a[0])) ? i.ops.compare(op, storage(self), storage(a[0]))
        : i.types.notImplemented();
  }

  /** {@code op}'s slot as {@code __op__} or {@code __rop__} when {@code name} is one of them, else null. */
  static Body binary(String name, BinaryOp op, java.util.function.Predicate<PyObject> accepts) {
    boolean reflected = name.equals("__r" + op.dunder.substring(2));
    if (!reflected && !name.equals(op.dunder)) {
      return null;
    }
    return (i, self, a) -> {
      PyObject x = storage(self);
      PyObject y = storage(a[0]);
      if (!accepts.test(y)) {
        return i.types.notImplemented();
      }
      return reflected ? i.ops.binaryOp(op, y, x) : i.ops.binaryOp(op, x, y);
    };
  }

  static boolean isNumber(PyObject o) {
    return o instanceof PyInt || o instanceof PyFloat;
  }

  private boolean sameKind(PyType t, PyObject o) {
    var ty = in.types;
    return t == ty.str ? o instanceof PyStr : t == ty.bytes ? o instanceof PyBytes
        : t == ty.list ? o instanceof PyList : o instanceof PyTuple;
  }

  static PyObject storage(PyObject o) {
    return o instanceof PyInstance pi && pi.builtin != null ? pi.builtin : o;
  }

  /** A builtin function of the namespace called with these arguments (its result). */
  static PyObject callBuiltin(Interp in, String name, PyObject... args) {
    return in.ops.call(in.builtins.getStr(name), args, null);
  }

  /** The numbers' slots other than comparison (longobject.c, floatobject.c, boolobject.c). */
  private static final class NumberSlots {
    static Body body(boolean isFloat, String name) {
      java.util.function.Predicate<PyObject> accepts = isFloat ? SlotWrappers::isNumber : o -> o instanceof PyInt;
      for (BinaryOp op : BinaryOp.values()) {
        if (op.inplace() || (isFloat && (op == BinaryOp.LSHIFT || op == BinaryOp.RSHIFT || op == BinaryOp.AND
            || op == BinaryOp.OR || op == BinaryOp.XOR))) {
          continue;
        }
        Body b = op == BinaryOp.POW ? null : binary(name, op, accepts);
        if (b != null) {
          return b;
        }
      }
      return switch (name) {
        case "__pow__", "__rpow__", "__divmod__", "__rdivmod__" -> (i, self, a) -> {
          PyObject x = storage(self);
          PyObject y = storage(a[0]);
          if (!accepts.test(y)) {
            return i.types.notImplemented();
          }
          boolean r = name.startsWith("__r");
          String fn = name.contains("pow") ? "pow" : "divmod";
          return a.length == 2 ? callBuiltin(i, fn, r ? y : x, r ? x : y, a[1]) : callBuiltin(i, fn, r ? y : x, r ? x : y);
        };
        case "__neg__" -> (i, self, a) -> i.ops.negate(storage(self));
        case "__pos__" -> (i, self, a) -> i.ops.positive(storage(self));
        case "__invert__" -> isFloat ? null : (i, self, a) -> i.ops.invert(storage(self));
        case "__abs__", "__hash__", "__float__", "__repr__", "__str__", "__format__" -> (i, self, a) -> {
          String fn = name.substring(2, name.length() - 2);
          return a.length == 1 ? callBuiltin(i, fn, storage(self), a[0]) : callBuiltin(i, fn, storage(self));
        };
        case "__bool__" -> (i, self, a) -> i.types.bool(i.ops.truthy(storage(self)));
        case "__int__", "__trunc__" -> (i, self, a) -> callBuiltin(i, "int", storage(self));
        case "__floor__", "__ceil__" -> (i, self, a) -> {
          PyObject x = storage(self);
          if (!(x instanceof PyFloat f)) {
            return callBuiltin(i, "int", x);
          }
          double d = name.equals("__floor__") ? Math.floor(f.value) : Math.ceil(f.value);
          if (Double.isNaN(d) || Double.isInfinite(d)) {
            return callBuiltin(i, "int", x);
          }
          return i.newInt(new BigDecimal(d).toBigInteger());
        };
        case "__round__" -> (i, self, a) -> a.length == 1 ? callBuiltin(i, "round", storage(self), a[0])
            : callBuiltin(i, "round", storage(self));
        default -> null;
      };
    }
  }

  /** str, bytes, list and tuple: concatenation, repetition, formatting, hashing (unicodeobject.c, listobject.c...). */
  private static final class SequenceSlots {
    static Body body(PyType t, String name) {
      return switch (name) {
        case "__add__" -> (i, self, a) -> {
          PyObject x = storage(self);
          PyObject y = storage(a[0]);
          boolean ok = x instanceof PyBytes ? PyByteArray.bytesLike(y) != null : x.getClass() == y.getClass();
          if (ok) {
            return i.ops.binaryOp(BinaryOp.ADD, x, y);
          }
          if (pypy(i)) {
            return i.types.notImplemented();
          }
          throw i.error("TypeError", x instanceof PyBytes ? "can't concat " + a[0].type.name + " to " + t.name
              : "can only concatenate " + t.name + " (not \"" + a[0].type.name + "\") to " + t.name);
        };
        case "__mul__", "__rmul__" -> (i, self, a) -> {
          PyObject y = storage(a[0]);
          if (!(y instanceof PyInt) && a[0].type.lookup("__index__") == null) {
            if (pypy(i)) {
              return i.types.notImplemented();
            }
            throw i.error("TypeError", "'" + a[0].type.name + "' object cannot be interpreted as an integer");
          }
          return i.ops.binaryOp(BinaryOp.MUL, storage(self), a[0]);
        };
        case "__mod__" -> t == null || t.name.equals("list") || t.name.equals("tuple") ? null
            : (i, self, a) -> i.ops.binaryOp(BinaryOp.MOD, storage(self), a[0]);
        case "__rmod__" -> t.name.equals("list") || t.name.equals("tuple") ? null
            : (i, self, a) -> i.types.notImplemented();
        case "__hash__" -> t.name.equals("list") ? null : (i, self, a) -> callBuiltin(i, "hash", storage(self));
        case "__repr__", "__str__" -> (i, self, a) -> callBuiltin(i, name.substring(2, 5).equals("rep") ? "repr"
            : "str", storage(self));
        case "__format__" -> (i, self, a) -> callBuiltin(i, "format", storage(self), a[0]);
        case "__iadd__", "__imul__" -> !t.name.equals("list") ? null : (i, self, a) -> {
          PyObject x = storage(self);
          PyObject r = i.ops.binaryOp(name.equals("__iadd__") ? BinaryOp.IADD : BinaryOp.IMUL, x, a[0]);
          i.heap.decref(r);
          return i.heap.incref(self);
        };
        default -> null;
      };
    }
  }

  /** object's own slots (typeobject.c's object_richcompare, object_repr, object_str, object_format). */
  private static final class ObjectSlots {
    static Body body(String name) {
      CompareOp cmp = compareOp(name);
      if (cmp == CompareOp.EQ) {
        return (i, self, a) -> self == a[0] ? i.types.bool(true) : i.types.notImplemented();
      }
      if (cmp == CompareOp.NE) {
        return ObjectSlots::notEqual;
      }
      if (cmp != null) {
        return (i, self, a) -> i.types.notImplemented();
      }
      return switch (name) {
        case "__repr__" -> (i, self, a) -> i.newStr(i.ops.defaultRepr(self));
        case "__str__" -> (i, self, a) -> callBuiltin(i, "repr", self);
        case "__hash__" -> (i, self, a) -> i.newInt(PySet.identityHash(self));
        case "__format__" -> (i, self, a) -> {
          if (!(a[0] instanceof PyStr spec)) {
            throw i.error("TypeError", "__format__() argument must be str, not " + a[0].type.name);
          }
          if (!spec.value.isEmpty()) {
            throw i.error("TypeError", "unsupported format string passed to " + self.type.name + ".__format__");
          }
          return callBuiltin(i, "str", self);
        };
        default -> null;
      };
    }

    /** object.__ne__: the type's own {@code __eq__}, inverted unless NotImplemented. */
    private static PyObject notEqual(Interp i, PyObject self, PyObject[] a) {
      PyObject eq = self.type.lookup("__eq__");
      if (eq == null) {
        eq = i.ops.slotWrapperOnMro(self.type, "__eq__");
      }
      PyObject r = i.ops.call(eq, new PyObject[] {self, a[0]}, null);
      if (r == i.types.notImplemented()) {
        return r;
      }
      try {
        return i.types.bool(!i.ops.truthy(r));
      } finally {
        i.heap.decref(r);
      }
    }
  }
}
