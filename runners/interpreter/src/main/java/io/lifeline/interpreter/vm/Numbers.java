package io.lifeline.interpreter.vm;

import io.lifeline.interpreter.object.AttrCache;
import io.lifeline.interpreter.bytecode.BinaryOp;
import io.lifeline.interpreter.bytecode.CompareOp;
import io.lifeline.interpreter.object.DictKey;
import io.lifeline.interpreter.object.PyBaseException;
import io.lifeline.interpreter.object.PyBool;
import io.lifeline.interpreter.object.PyBoundMethod;
import io.lifeline.interpreter.object.PyByteArray;
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
import io.lifeline.interpreter.object.Slots;
import java.math.BigInteger;
import java.util.ArrayList;

/**
 * The number protocol (Objects/abstract.c's PyNumber_*): binary operators with their reflected and in-place forms,
 * unary minus, plus and invert, and the set operators. Arguments are borrowed; results are new references.
 */
final class Numbers extends VmPart {
  Numbers(Interp in, Ops ops) {
    super(in, ops);
  }

  public PyObject binaryOp(BinaryOp op, PyObject a, PyObject b) {
    if (a instanceof PyInt x && b instanceof PyInt y) {
      return Arith.intOp(in, op.base(), x, y);
    }
    if (op.inplace()) {
      if (a instanceof PyList l && op == BinaryOp.IADD) {
        ops.extendList(l, b);
        return heap.incref(a);
      }
      if (a instanceof PyByteArray ba && op == BinaryOp.IADD && PyByteArray.bytesLike(b) != null) {
        if (ba.exports > 0 && in.policies.reclaim() != Policies.Reclaim.TRACING && PyByteArray.bytesLike(b).length > 0) {
          throw in.error("BufferError", "Existing exports of data: object cannot be re-sized");
        }
        ba.replace(ba.size(), ba.size(), PyByteArray.bytesLike(b)); // bytearray_iconcat: in place
        return heap.incref(a);
      }
      PyObject done = inplaceContainer(op, a, b);
      if (done != null) {
        return done;
      }
      PyObject r = userMethod(a, op.dunder, b);
      if (r != null) {
        return r;
      }
      op = op.base();
    }
    PyObject r = nativeBinary(op, a, b);
    if (r == null) {
      r = userMethod(a, op.dunder, b);
    }
    if (r == null) {
      r = userMethod(b, "__r" + op.dunder.substring(2), a);
    }
    if (r != null) {
      return r;
    }
    PyObject inherited = Comparisons.storage(a) != a || Comparisons.storage(b) != b
        ? nativeBinary(op, Comparisons.storage(a), Comparisons.storage(b)) : null;
    if (inherited != null) {
      return inherited; // the built-in base's nb_* slot, inherited by a class that does not define the operator
    }
    if (op == BinaryOp.MUL && (repeated(a, b) || repeated(b, a))) {
      return repeat(a instanceof PyInstance ? b : a, a instanceof PyInstance ? a : b);
    }
    if (op == BinaryOp.ADD && concatenates(Comparisons.storage(a)) && !in.policies.isPypy()) {
      throw concatError(a, b);
    }
    if (op == BinaryOp.MUL && !in.policies.isPypy()
        && (concatenates(Comparisons.storage(a)) || concatenates(Comparisons.storage(b)))) {
      // PyNumber_Multiply's sequence_repeat: the left operand's sq_repeat first, refusing a count without __index__
      PyObject count = concatenates(Comparisons.storage(a)) ? b : a;
      throw in.error("TypeError", "can't multiply sequence by non-int of type '" + count.type.name + "'");
    }
    throw in.error("TypeError", "unsupported operand type(s) for " + op.symbol + ": '" + a.type.name
        + "' and '" + b.type.name + "'");
  }

  private static boolean concatenates(PyObject a) {
    return a instanceof PyStr || a instanceof PyList || a instanceof PyTuple
        || a instanceof io.lifeline.interpreter.object.PyBytes || a instanceof PyByteArray;
  }

  /** PyNumber_Add's last resort, the left operand's sq_concat, refusing the right one (PyPy has no such step). */
  private PyException concatError(PyObject a, PyObject b) {
    String left = Comparisons.storage(a).type.name;
    boolean bytes = Comparisons.storage(a) instanceof io.lifeline.interpreter.object.PyBytes
        || Comparisons.storage(a) instanceof PyByteArray;
    return in.error("TypeError", bytes ? "can't concat " + b.type.name + " to " + left
        : "can only concatenate " + left + " (not \"" + b.type.name + "\") to " + left);
  }

  /**
   * An instance's special method {@code dunder} called with {@code other}: its result (a new reference), or null
   * when {@code self} is no instance, has no such method, or the method returned NotImplemented (released).
   */
  private PyObject userMethod(PyObject self, String dunder, PyObject other) {
    if (!(self instanceof PyInstance) && self.type.lookup(dunder) == null) {
      return null; // a native type of a module (deque) defines its number slots as methods
    }
    PyObject r = ops.callSpecial(self, dunder, other);
    if (r != null && r != in.types.notImplemented()) {
      return r;
    }
    heap.xdecref(r);
    return null;
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
    if ((a instanceof PyByteArray || b instanceof PyByteArray) && op == BinaryOp.ADD
        && PyByteArray.bytesLike(a) != null && PyByteArray.bytesLike(b) != null) {
      return concatBytes(a, PyByteArray.bytesLike(a), PyByteArray.bytesLike(b));
    }
    if (a instanceof PyStr x && op == BinaryOp.MOD) {
      return in.newStr(Formatter.percent(in, x.value, b));
    }
    if (a instanceof io.lifeline.interpreter.object.PyBytes x && op == BinaryOp.MOD) {
      return in.newBytes(Formatter.percentBytes(in, x.value, b));
    }
    if (op == BinaryOp.MUL && (a instanceof PyInt || b instanceof PyInt)) {
      PyObject r = repetition(a, b);
      if (r != null) {
        return r;
      }
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
    if ((isSetLikeView(a) || isSetLikeView(b))
        && (op == BinaryOp.OR || op == BinaryOp.AND || op == BinaryOp.SUB || op == BinaryOp.XOR)) {
      return viewSetOp(op, a, b);
    }
    if (a instanceof PyDict x && b instanceof PyDict y && op == BinaryOp.OR) {
      // dict_or (3.9+): a copy of the left operand updated from the right one
      PyDict out = in.newDict();
      mergeDict(out, x);
      mergeDict(out, y);
      return out;
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

  /** Whether {@code seq * count} is sequence repetition with a count that has only {@code __index__}. */
  private boolean repeated(PyObject seq, PyObject count) {
    return (seq instanceof PyStr || seq instanceof PyList || seq instanceof PyTuple
        || seq instanceof io.lifeline.interpreter.object.PyBytes) && count instanceof PyInstance
        && count.type.lookup("__index__") != null;
  }

  /**
   * sq_repeat of str, bytes and tuple, and int * sequence (int.__mul__ is NotImplemented; the sequence's sq_repeat
   * takes the count); null for other operands.
   */
  private PyObject repetition(PyObject a, PyObject b) {
    if (a instanceof PyInt && (b instanceof PyStr || b instanceof PyList
        || b instanceof io.lifeline.interpreter.object.PyTuple || b instanceof io.lifeline.interpreter.object.PyBytes)) {
      return nativeBinary(BinaryOp.MUL, b, a);
    }
    if (!(b instanceof PyInt n)) {
      return null;
    }
    if (a instanceof PyStr x) {
      int len = x.value.length();
      int count = in.allocationLength(n, len, 49);
      if ((long) len * count > Integer.MAX_VALUE) {
        throw in.memoryError();
      }
      return in.newStr(x.value.repeat(count));
    }
    if (a instanceof io.lifeline.interpreter.object.PyBytes) {
      return repeatBytes(a, n);
    }
    return a instanceof io.lifeline.interpreter.object.PyTuple x ? repeatTuple(x, n) : null;
  }

  /** tuple_repeat: an exact tuple once is itself; empty is the empty tuple; else the items n times, each owned. */
  private PyObject repeatTuple(io.lifeline.interpreter.object.PyTuple x, PyInt n) {
    int count = in.allocationLength(n, 8L * x.items.length, 40);
    if (count == 1 && x.type == in.types.tuple) {
      return heap.incref(x);
    }
    if ((long) x.items.length * count > Integer.MAX_VALUE - 8) {
      throw in.memoryError();
    }
    PyObject[] items = new PyObject[x.items.length * count];
    for (int c = 0; c < items.length; c++) {
      items[c] = heap.incref(x.items[c % x.items.length]);
    }
    return in.newTuple(items);
  }

  /** bytes_repeat: the bytes n times (empty for n <= 0). */
  private PyObject repeatBytes(PyObject bytes, PyInt n) {
    byte[] x = ((io.lifeline.interpreter.object.PyBytes) bytes).value;
    int count = in.allocationLength(n, x.length, 33);
    if ((long) x.length * count > Integer.MAX_VALUE - 8) {
      throw in.memoryError();
    }
    byte[] out = new byte[x.length * count];
    for (int c = 0; c < count; c++) {
      System.arraycopy(x, 0, out, c * x.length, x.length);
    }
    return in.newBytes(out);
  }

  /** sequence_repeat: the count through PyNumber_Index, then the sequence's own repetition. */
  private PyObject repeat(PyObject seq, PyObject count) {
    PyObject n = in.newInt(Indices.requireIndex(in, count));
    try {
      return binaryOp(BinaryOp.MUL, seq, n);
    } finally {
      heap.decref(n);
    }
  }

  /**
   * dict |= dict (dict_ior) and set |= &= -= ^= set (set_ior...): the left operand changed in place and returned;
   * null for any other operands.
   */
  /** bytearray + bytes-like is a bytearray (bytearray_concat); bytes + bytearray is bytes (bytes_concat). */
  private PyObject concatBytes(PyObject left, byte[] x, byte[] y) {
    heap.reserve(57L + x.length + y.length);
    byte[] out = java.util.Arrays.copyOf(x, x.length + y.length);
    System.arraycopy(y, 0, out, x.length, y.length);
    return left instanceof PyByteArray ? heap.register(new PyByteArray(in.types.bytearray, out)) : in.newBytes(out);
  }

  private PyObject inplaceContainer(BinaryOp op, PyObject a, PyObject b) {
    if (a instanceof PyList l && op == BinaryOp.IMUL && b instanceof PyInt n) {
      // list_inplace_repeat: the same list, cleared (items released last first) for a count below 1
      int count = in.allocationLength(n, 8L * l.items.size(), 56);
      if (count < 1) {
        l.clear(heap);
      } else {
        if ((long) l.items.size() * count > Integer.MAX_VALUE - 8) {
          throw in.memoryError();
        }
        ArrayList<PyObject> once = new ArrayList<>(l.items);
        for (int i = 1; i < count; i++) {
          once.forEach(o -> l.items.add(heap.incref(o)));
        }
        heap.grew(l);
      }
      return heap.incref(a);
    }
    if (a instanceof PyDict d && b instanceof PyDict other && op == BinaryOp.IOR) {
      mergeDict(d, other);
      return heap.incref(a);
    }
    if (a instanceof io.lifeline.interpreter.object.PySet x && b instanceof io.lifeline.interpreter.object.PySet y
        && a.type == in.types.set) {
      switch (op) {
        case IOR -> x.merge(heap, y);
        case ISUB -> y.keysSnapshot().forEach(key -> x.discard(heap, key));
        case IAND -> x.keysSnapshot().stream().filter(key -> !y.contains(key)).forEach(key -> x.discard(heap, key));
        case IXOR -> y.keysSnapshot().forEach(key -> {
          if (!x.discard(heap, key)) {
            x.add(heap, key);
          }
        });
        default -> {
          return null;
        }
      }
      return heap.incref(a);
    }
    return null;
  }

  /** PyDict_Merge of a dict into another: each key and value stored with new references, in insertion order. */
  private void mergeDict(PyDict into, PyDict from) {
    for (PyDict.Entry e : from.entries()) {
      into.put(heap, heap.incref(e.key), heap.incref(e.value));
    }
  }

  private static boolean isSetLikeView(PyObject o) {
    return o instanceof io.lifeline.interpreter.object.PyDictView v
        && v.kind != io.lifeline.interpreter.object.PyDictView.Kind.VALUES;
  }

  /** dictviews_or/and/sub/xor: both operands as new sets (the left one first), then the set operation. */
  private PyObject viewSetOp(BinaryOp op, PyObject a, PyObject b) {
    io.lifeline.interpreter.object.PySet x = heap.register(new io.lifeline.interpreter.object.PySet(in.types.set));
    io.lifeline.interpreter.object.PySet y = null;
    try {
      updateSet(x, a);
      y = heap.register(new io.lifeline.interpreter.object.PySet(in.types.set));
      updateSet(y, b);
      return setOp(op, x, y);
    } finally {
      heap.decref(x);
      if (y != null) {
        heap.decref(y);
      }
    }
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
    PyObject it = ops.iter(iterable);
    try {
      PyObject x;
      while ((x = ops.next(it)) != null) {
        try {
          ops.checkHashable(x);
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
    PyObject r = v instanceof PyInstance ? ops.callSpecial(v, "__neg__") : null;
    if (r == null && Comparisons.storage(v) != v) {
      return negate(Comparisons.storage(v));
    }
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
    PyObject r = v instanceof PyInstance ? ops.callSpecial(v, "__pos__") : null;
    if (r != null) {
      return r; // a subclass's own __pos__ (Counter's) comes first
    }
    if (Comparisons.storage(v) != v) {
      return positive(Comparisons.storage(v)); // int_pos of a subclass's instance: a plain int
    }
    throw in.error("TypeError", "bad operand type for unary +: '" + v.type.name + "'");
  }

  public PyObject invert(PyObject v) {
    if (v instanceof PyInt i) {
      return in.newInt(i.toBig().not());
    }
    PyObject r = v instanceof PyInstance ? ops.callSpecial(v, "__invert__") : null;
    if (r != null) {
      return r;
    }
    if (Comparisons.storage(v) != v) {
      return invert(Comparisons.storage(v));
    }
    throw in.error("TypeError", "bad operand type for unary ~: '" + v.type.name + "'");
  }
}
