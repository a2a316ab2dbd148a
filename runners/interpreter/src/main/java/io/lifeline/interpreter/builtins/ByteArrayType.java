package io.lifeline.interpreter.builtins;

import static io.lifeline.interpreter.builtins.Methods.method;

import io.lifeline.interpreter.object.PyByteArray;
import io.lifeline.interpreter.object.PyBytes;
import io.lifeline.interpreter.object.PyInt;
import io.lifeline.interpreter.object.PyList;
import io.lifeline.interpreter.object.PyObject;
import io.lifeline.interpreter.object.PySlice;
import io.lifeline.interpreter.object.PyType;
import io.lifeline.interpreter.object.Slots;
import io.lifeline.interpreter.vm.Indices;
import io.lifeline.interpreter.vm.Interp;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code bytearray} (Objects/bytearrayobject.c): its slots, its mutating methods, and the read-only methods it
 * shares with bytes (run on a bytes copy; a bytes result comes back as a bytearray). It holds no object.
 */
final class ByteArrayType {
  static final Slots.Table<PyByteArray> SLOTS = Slots.of(PyByteArray.class)
      .truthy((i, b) -> b.size() > 0)
      .len((i, b) -> b.size())
      .iter(Sequences::iter)
      .repr(ByteArrayType::repr)
      .contains((i, b, x) -> withBytes(i, b, copy -> i.ops.contains(copy, x)))
      .getitem(ByteArrayType::getitem)
      .setitem(ByteArrayType::setitem)
      .delitem(ByteArrayType::delitem)
      .richcompare(ByteArrayType::compare)
      .checkHashable(Sequences::unhashable);

  /** The bytes methods a bytearray also has; those returning bytes (or a list of them) return bytearrays. */
  private static final String[] SHARED = {"decode", "hex", "find", "count", "startswith", "endswith", "upper",
      "lower", "replace", "strip", "split", "join", "rfind", "index", "rindex", "lstrip", "rstrip", "partition",
      "rpartition", "center", "ljust", "rjust", "zfill", "removeprefix", "removesuffix"};

  private ByteArrayType() {}

  static void install(Interp in) {
    PyType t = in.types.bytearray;
    Methods.classMethod(in, t, "fromhex", (i, a, k) -> newByteArray(i,
        BytesMethods.fromHex(i, ((io.lifeline.interpreter.object.PyStr) a[1]).value)));
    Builtins.ctor(in, t, (i, a, k) -> {
      if (a.length == 0) {
        return newByteArray(i, new byte[0]);
      }
      PyObject b = i.ops.call(i.types.bytes, a, k);
      try {
        return newByteArray(i, ((PyBytes) b).value);
      } finally {
        i.heap.decref(b);
      }
    });
    method(in, t, "append", (i, a, k) -> {
      PyByteArray self = (PyByteArray) a[0];
      resize(i, self, self.size(), self.size(), new byte[] {(byte) byteValue(i, a[1])});
      return i.none();
    });
    method(in, t, "extend", (i, a, k) -> {
      PyByteArray self = (PyByteArray) a[0];
      byte[] add = bytesOf(i, a[1]);
      resize(i, self, self.size(), self.size(), add);
      return i.none();
    });
    method(in, t, "insert", (i, a, k) -> {
      PyByteArray self = (PyByteArray) a[0];
      long at = ((PyInt) a[1]).small;
      int n = self.size();
      int pos = (int) Math.max(0, Math.min(n, at < 0 ? at + n : at));
      resize(i, self, pos, pos, new byte[] {(byte) byteValue(i, a[2])});
      return i.none();
    });
    method(in, t, "pop", (i, a, k) -> {
      PyByteArray self = (PyByteArray) a[0];
      if (self.size() == 0) {
        throw i.error("IndexError", "pop from empty bytearray");
      }
      int at = a.length > 1 ? Indices.index(i, a[1], self.size(), "pop") : self.size() - 1;
      int v = self.get(at);
      resize(i, self, at, at + 1, new byte[0]);
      return i.newInt(v);
    });
    method(in, t, "remove", (i, a, k) -> {
      PyByteArray self = (PyByteArray) a[0];
      int v = byteValue(i, a[1]);
      for (int x = 0; x < self.size(); x++) {
        if (self.get(x) == v) {
          resize(i, self, x, x + 1, new byte[0]);
          return i.none();
        }
      }
      throw i.error("ValueError", "value not found in bytearray");
    });
    method(in, t, "clear", (i, a, k) -> {
      PyByteArray self = (PyByteArray) a[0];
      resize(i, self, 0, self.size(), new byte[0]);
      return i.none();
    });
    method(in, t, "reverse", (i, a, k) -> {
      PyByteArray self = (PyByteArray) a[0];
      byte[] b = self.bytes();
      for (int x = 0; x < b.length; x++) {
        self.set(x, b[b.length - 1 - x] & 0xFF);
      }
      return i.none();
    });
    method(in, t, "copy", (i, a, k) -> newByteArray(i, ((PyByteArray) a[0]).bytes()));
    for (String name : SHARED) {
      method(in, t, name, (i, a, k) -> shared(i, name, a, k));
    }
  }

  /** bytearray_repr: bytes' quoting, except that a single quote is escaped inside double quotes too. */
  private static String repr(Interp in, PyByteArray b) {
    String r = new PyBytes(in.types.bytes, b.bytes()).repr();
    if (r.startsWith("b\"")) {
      r = "b\"" + r.substring(2, r.length() - 1).replace("'", "\\'") + "\"";
    }
    return "bytearray(" + r + ")";
  }

  static PyByteArray newByteArray(Interp in, byte[] value) {
    in.heap.reserve(57L + value.length);
    return in.heap.register(new PyByteArray(in.types.bytearray, value));
  }

  /** bytes.NAME run on a bytes copy of the bytearray (arguments that are bytearrays copied too). */
  private static PyObject shared(Interp in, String name, PyObject[] a, io.lifeline.interpreter.object.PyTuple k) {
    PyObject[] args = a.clone();
    List<PyObject> made = new ArrayList<>();
    for (int x = 0; x < args.length; x++) {
      if (args[x] instanceof PyByteArray ba) {
        args[x] = in.newBytes(ba.bytes());
        made.add(args[x]);
      }
    }
    try {
      PyObject r = in.ops.call(in.types.bytes.lookup(name), args, k);
      return name.equals("decode") || name.equals("hex") ? r : asByteArrays(in, r);
    } finally {
      made.forEach(in.heap::decref);
    }
  }

  private static PyObject asByteArrays(Interp in, PyObject r) {
    if (r instanceof PyBytes b) {
      in.heap.decref(r);
      return newByteArray(in, b.value);
    }
    if (r instanceof PyList l) {
      for (int x = 0; x < l.items.size(); x++) {
        PyObject item = l.items.get(x);
        l.items.set(x, asByteArrays(in, item));
      }
    }
    if (r instanceof io.lifeline.interpreter.object.PyTuple tu) {
      for (int x = 0; x < tu.size(); x++) {
        tu.items[x] = asByteArrays(in, tu.items[x]); // partition's parts
      }
    }
    return r;
  }

  private interface BytesUse<R> {
    R apply(PyBytes copy);
  }

  private static <R> R withBytes(Interp in, PyByteArray b, BytesUse<R> use) {
    PyBytes copy = in.newBytes(b.bytes());
    try {
      return use.apply(copy);
    } finally {
      in.heap.decref(copy);
    }
  }

  private static PyObject getitem(Interp in, PyByteArray b, PyObject k) {
    if (k instanceof PySlice sl) {
      int[] idx = Indices.sliceIndices(in, sl, b.size());
      byte[] out = new byte[idx.length];
      for (int x = 0; x < idx.length; x++) {
        out[x] = (byte) b.get(idx[x]);
      }
      return newByteArray(in, out);
    }
    return in.newInt(b.get(Indices.index(in, k, b.size(), "bytearray")));
  }

  private static void setitem(Interp in, PyByteArray b, PyObject k, PyObject v) {
    if (k instanceof PySlice sl) {
      int[] idx = Indices.sliceIndices(in, sl, b.size());
      byte[] with = bytesOf(in, v);
      if (!contiguous(idx)) {
        throw in.unsupported("extended-slice assignment to a bytearray");
      }
      int lo = idx.length > 0 ? idx[0] : Math.max(0, Math.min(b.size(), startOf(in, sl, b.size())));
      resize(in, b, lo, lo + idx.length, with);
      return;
    }
    b.set(Indices.index(in, k, b.size(), "bytearray"), byteValue(in, v));
  }

  private static void delitem(Interp in, PyByteArray b, PyObject k) {
    if (k instanceof PySlice sl) {
      int[] idx = Indices.sliceIndices(in, sl, b.size());
      for (int x = idx.length - 1; x >= 0; x--) {
        resize(in, b, idx[x], idx[x] + 1, new byte[0]);
      }
      return;
    }
    int at = Indices.index(in, k, b.size(), "bytearray");
    resize(in, b, at, at + 1, new byte[0]);
  }

  private static boolean contiguous(int[] idx) {
    for (int x = 1; x < idx.length; x++) {
      if (idx[x] != idx[x - 1] + 1) {
        return false;
      }
    }
    return true;
  }

  /** Where an empty slice assignment inserts: the slice's start clamped (x[2:2] = b'..'). */
  private static int startOf(Interp in, PySlice sl, int n) {
    if (!(sl.start instanceof PyInt s)) {
      return 0;
    }
    return (int) (s.small < 0 ? s.small + n : s.small);
  }

  private static PyObject compare(Interp in, PyByteArray self, PyObject other, String dunder) {
    byte[] o = PyByteArray.bytesLike(other);
    if (o == null) {
      return null;
    }
    int c = java.util.Arrays.compareUnsigned(self.bytes(), o);
    boolean r = switch (dunder) {
      case "__eq__" -> c == 0;
      case "__ne__" -> c != 0;
      case "__lt__" -> c < 0;
      case "__le__" -> c <= 0;
      case "__gt__" -> c > 0;
      case "__ge__" -> c >= 0;
      default -> throw new IllegalArgumentException(dunder);
    };
    return in.types.bool(r);
  }

  /**
   * PyByteArray_Resize's check before any change of size: CPython refuses while a memoryview holds an export
   * (BufferError); PyPy's bytearray has no export count.
   */
  static void resize(Interp in, PyByteArray b, int lo, int hi, byte[] with) {
    if (with.length != hi - lo && b.exports > 0
        && in.policies.reclaim() != io.lifeline.interpreter.vm.Policies.Reclaim.TRACING) {
      throw in.error("BufferError", "Existing exports of data: object cannot be re-sized");
    }
    b.replace(lo, hi, with);
  }

  private static int byteValue(Interp in, PyObject v) {
    if (!(v instanceof PyInt n)) {
      throw in.error("TypeError", "'" + v.type.name + "' object cannot be interpreted as an integer");
    }
    if (!n.isSmall() || n.small < 0 || n.small > 255) {
      throw in.error("ValueError", "byte must be in range(0, 256)");
    }
    return (int) n.small;
  }

  /** The bytes of a bytes-like object or of an iterable of ints (bytearray_extend's rules). */
  private static byte[] bytesOf(Interp in, PyObject v) {
    byte[] b = PyByteArray.bytesLike(v);
    if (b != null) {
      return b;
    }
    if (v instanceof io.lifeline.interpreter.object.PyStr) {
      throw in.error("TypeError", "expected iterable of integers; got: 'str'");
    }
    PyObject made = in.ops.call(in.types.bytes, new PyObject[] {v}, null);
    try {
      return ((PyBytes) made).value;
    } finally {
      in.heap.decref(made);
    }
  }
}
