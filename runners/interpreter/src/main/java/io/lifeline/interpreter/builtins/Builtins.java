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
    PyDict b = in.builtins;
    Heap heap = in.heap;
    for (PyType t : new PyType[] {in.types.object, in.types.type, in.types.intType, in.types.boolType,
        in.types.floatType, in.types.str, in.types.tuple, in.types.list, in.types.dict, in.types.range,
        in.types.set, in.types.frozensetType, in.types.bytes, in.types.slice}) {
      b.put(heap, in.key(t.name), t);
    }
    in.types.exceptions.forEach((name, t) -> b.put(heap, in.key(name), t));
    b.put(heap, in.key("NotImplemented"), in.types.notImplemented());
    b.put(heap, in.key("__name__"), in.key("builtins"));

    fn(in, "event", (i, a, k) -> {
      // The parts are measured before they are joined, so an event beyond the limit is never built.
      List<String> parts = new ArrayList<>();
      long bytes = 0;
      for (int x = 0; x < Args.positional(a, k); x++) {
        String part = i.ops.strOf(a[x]);
        parts.add(part);
        bytes += (x > 0 ? 1 : 0) + EventLimits.utf8Length(part);
      }
      i.checkEvent(bytes);
      i.event(String.join(" ", parts));
      return i.none();
    });
    fn(in, "print", (i, a, k) -> {
      PyObject sepObj = Args.keyword(a, k, "sep");
      PyObject endObj = Args.keyword(a, k, "end");
      PyObject file = Args.keyword(a, k, "file");
      String sep = sepObj instanceof PyStr s ? s.value : " ";
      String end = endObj instanceof PyStr s ? s.value : "\n";
      StringBuilder sb = new StringBuilder();
      for (int x = 0; x < Args.positional(a, k); x++) {
        sb.append(x > 0 ? sep : "").append(i.ops.strOf(a[x]));
      }
      StdStreams.print(i, file, sb.append(end).toString());
      return i.none();
    });
    fn(in, "len", (i, a, k) -> {
      Args.count(i, "len", a, k, 1, 1);
      return i.newInt(i.ops.len(a[0]));
    });
    fn(in, "repr", (i, a, k) -> {
      Args.count(i, "repr", a, k, 1, 1);
      return i.newStr(i.ops.reprOf(a[0]));
    });
    fn(in, "id", (i, a, k) -> {
      Args.count(i, "id", a, k, 1, 1);
      return i.newInt(0x7f0000000000L + System.identityHashCode(a[0]) * 16L);
    });
    fn(in, "iter", (i, a, k) -> {
      Args.count(i, "iter", a, k, 1, 2);
      if (a.length == 2) {
        throw i.unsupported("iter(callable, sentinel)");
      }
      return i.ops.iter(a[0]);
    });
    fn(in, "next", (i, a, k) -> {
      Args.count(i, "next", a, k, 1, 2);
      PyObject v;
      if (a[0] instanceof io.lifeline.interpreter.object.PyGenerator g) {
        try {
          v = i.vm.genNext(g);
        } catch (PyException e) {
          if (a.length == 2 && e.value.type.isSubtypeOf(i.types.exception("StopIteration"))) {
            heap.decref(e.value);
            return heap.incref(a[1]);
          }
          throw e;
        }
      } else {
        v = i.ops.next(a[0]);
      }
      if (v == null) {
        if (a.length == 2) {
          return heap.incref(a[1]);
        }
        throw i.error("StopIteration", null);
      }
      return v;
    });
    fn(in, "isinstance", (i, a, k) -> {
      Args.count(i, "isinstance", a, k, 2, 2);
      return i.types.bool(i.ops.isinstance(a[0], a[1]));
    });
    fn(in, "issubclass", (i, a, k) -> {
      Args.count(i, "issubclass", a, k, 2, 2);
      if (!(a[0] instanceof PyType t)) {
        throw i.error("TypeError", "issubclass() arg 1 must be a class");
      }
      if (a[1] instanceof PyTuple tup) {
        for (PyObject c : tup.items) {
          if (c instanceof PyType ct && t.isSubtypeOf(ct)) {
            return i.types.trueObj;
          }
        }
        return i.types.falseObj;
      }
      return i.types.bool(t.isSubtypeOf((PyType) a[1]));
    });
    fn(in, "callable", (i, a, k) -> {
      Args.count(i, "callable", a, k, 1, 1);
      return i.types.bool(i.ops.isCallable(a[0]));
    });
    fn(in, "hasattr", (i, a, k) -> {
      Args.count(i, "hasattr", a, k, 2, 2);
      try {
        PyObject v = i.ops.getattr(a[0], ((PyStr) a[1]).value);
        heap.decref(v);
        return i.types.trueObj;
      } catch (PyException e) {
        if (e.value.type.isSubtypeOf(i.types.exception("AttributeError"))) {
          heap.decref(e.value);
          return i.types.falseObj;
        }
        throw e;
      }
    });
    fn(in, "getattr", (i, a, k) -> {
      Args.count(i, "getattr", a, k, 2, 3);
      try {
        return i.ops.getattr(a[0], ((PyStr) a[1]).value);
      } catch (PyException e) {
        if (a.length == 3 && e.value.type.isSubtypeOf(i.types.exception("AttributeError"))) {
          heap.decref(e.value);
          return heap.incref(a[2]);
        }
        throw e;
      }
    });
    fn(in, "setattr", (i, a, k) -> {
      Args.count(i, "setattr", a, k, 3, 3);
      i.ops.setattr(a[0], ((PyStr) a[1]).value, a[2]);
      return i.none();
    });
    fn(in, "delattr", (i, a, k) -> {
      Args.count(i, "delattr", a, k, 2, 2);
      i.ops.delattr(a[0], ((PyStr) a[1]).value);
      return i.none();
    });
    fn(in, "sorted", (i, a, k) -> {
      if (Args.positional(a, k) != 1) {
        throw i.error("TypeError", "sorted expected 1 argument, got " + Args.positional(a, k));
      }
      ArrayList<PyObject> items = i.ops.toList(a[0]);
      PyList l = i.newList(items);
      try {
        PyObject rev = Args.keyword(a, k, "reverse");
        Methods.sort(i, l, Args.keyword(a, k, "key"), rev != null && i.ops.truthy(rev));
      } catch (PyException e) {
        heap.decref(l);
        throw e;
      }
      return l;
    });
    fn(in, "sum", (i, a, k) -> {
      Args.count(i, "sum", a, k, 1, 2);
      PyObject acc = a.length == 2 ? heap.incref(a[1]) : i.newInt(0);
      PyObject it = i.ops.iter(a[0]);
      try {
        PyObject x;
        while ((x = i.ops.next(it)) != null) {
          PyObject r;
          try {
            r = i.ops.binaryOp(io.lifeline.interpreter.bytecode.BinaryOp.ADD, acc, x);
          } finally {
            heap.decref(x);
            heap.decref(acc);
          }
          acc = r;
        }
      } finally {
        heap.decref(it);
      }
      return acc;
    });
    fn(in, "min", (i, a, k) -> extreme(i, a, k, io.lifeline.interpreter.bytecode.CompareOp.LT, "min"));
    fn(in, "max", (i, a, k) -> extreme(i, a, k, io.lifeline.interpreter.bytecode.CompareOp.GT, "max"));
    fn(in, "any", (i, a, k) -> anyAll(i, a, k, true));
    fn(in, "all", (i, a, k) -> anyAll(i, a, k, false));
    fn(in, "__build_class__", Builtins::buildClass);
    fn(in, "super", Builtins::superNew);
    fn(in, "format", (i, a, k) -> {
      Args.count(i, "format", a, k, 1, 2);
      return i.ops.format(a[0], a.length > 1 ? ((PyStr) a[1]).value : "");
    });
    fn(in, "abs", (i, a, k) -> {
      Args.count(i, "abs", a, k, 1, 1);
      if (a[0] instanceof PyInt n) {
        return i.newInt(n.toBig().abs());
      }
      if (a[0] instanceof PyFloat f) {
        return i.newFloat(Math.abs(f.value));
      }
      PyObject r = a[0] instanceof PyInstance ? i.ops.callSpecial(a[0], "__abs__") : null;
      if (r == null) {
        throw i.error("TypeError", "bad operand type for abs(): '" + a[0].type.name + "'");
      }
      return r;
    });
    fn(in, "divmod", (i, a, k) -> {
      Args.count(i, "divmod", a, k, 2, 2);
      PyObject q = i.ops.binaryOp(io.lifeline.interpreter.bytecode.BinaryOp.FLOORDIV, a[0], a[1]);
      PyObject r;
      try {
        r = i.ops.binaryOp(io.lifeline.interpreter.bytecode.BinaryOp.MOD, a[0], a[1]);
      } catch (PyException e) {
        heap.decref(q);
        throw e;
      }
      return i.newTuple(q, r);
    });
    fn(in, "round", (i, a, k) -> {
      Args.count(i, "round", a, k, 1, 2);
      if (a.length == 2 && a[1] != i.none()) {
        return roundTo(i, a[0], (int) ((PyInt) a[1]).small);
      }
      if (a[0] instanceof PyInt) {
        return heap.incref(a[0]);
      }
      if (a[0] instanceof PyFloat f) {
        return i.newInt(new java.math.BigDecimal(Math.rint(f.value)).toBigInteger());
      }
      throw i.error("TypeError", "type " + a[0].type.name + " doesn't define __round__ method");
    });
    fn(in, "chr", (i, a, k) -> {
      Args.count(i, "chr", a, k, 1, 1);
      return i.newStr(new String(Character.toChars((int) ((PyInt) a[0]).small)));
    });
    fn(in, "ord", (i, a, k) -> {
      Args.count(i, "ord", a, k, 1, 1);
      String str = ((PyStr) a[0]).value;
      if (str.codePointCount(0, str.length()) != 1) {
        throw i.error("TypeError", "ord() expected a character, but string of length " + str.length() + " found");
      }
      return i.newInt(str.codePointAt(0));
    });
    fn(in, "hex", (i, a, k) -> {
      Args.count(i, "hex", a, k, 1, 1);
      java.math.BigInteger v = ((PyInt) a[0]).toBig();
      return i.newStr((v.signum() < 0 ? "-0x" : "0x") + v.abs().toString(16));
    });
    fn(in, "bin", (i, a, k) -> {
      Args.count(i, "bin", a, k, 1, 1);
      java.math.BigInteger v = ((PyInt) a[0]).toBig();
      return i.newStr((v.signum() < 0 ? "-0b" : "0b") + v.abs().toString(2));
    });
    fn(in, "hash", (i, a, k) -> {
      Args.count(i, "hash", a, k, 1, 1);
      i.ops.checkHashable(a[0]);
      return i.newInt(io.lifeline.interpreter.object.PySet.hash(a[0]));
    });
    fn(in, "property", (i, a, k) -> {
      Args.count(i, "property", a, k, 1, 2);
      io.lifeline.interpreter.object.PyDescriptor d = heap.register(new io.lifeline.interpreter.object.PyDescriptor(
          i.types.property, io.lifeline.interpreter.object.PyDescriptor.Kind.PROPERTY, heap.incref(a[0])));
      d.setter = a.length > 1 ? heap.incref(a[1]) : null;
      return d;
    });
    fn(in, "staticmethod", (i, a, k) -> {
      Args.count(i, "staticmethod", a, k, 1, 1);
      return heap.register(new io.lifeline.interpreter.object.PyDescriptor(i.types.staticmethod,
          io.lifeline.interpreter.object.PyDescriptor.Kind.STATICMETHOD, heap.incref(a[0])));
    });
    fn(in, "classmethod", (i, a, k) -> {
      Args.count(i, "classmethod", a, k, 1, 1);
      return heap.register(new io.lifeline.interpreter.object.PyDescriptor(i.types.classmethod,
          io.lifeline.interpreter.object.PyDescriptor.Kind.CLASSMETHOD, heap.incref(a[0])));
    });
    fn(in, "enumerate", (i, a, k) -> {
      PyObject start = Args.keyword(a, k, "start");
      int npos = Args.positional(a, k);
      if (npos < 1 || npos > 2) {
        throw i.error("TypeError", "enumerate() takes at most 2 arguments");
      }
      PyObject it = i.ops.iter(a[0]);
      io.lifeline.interpreter.object.PyNativeIterator e = heap.register(new io.lifeline.interpreter.object.PyNativeIterator(
          i.types.enumerate, new PyObject[] {it}, self -> {
            PyObject x = self.refs[0] == null ? null : i.ops.next(self.refs[0]);
            return x == null ? null : i.newTuple(i.newInt(self.counter++), x);
          }));
      PyObject s0 = npos == 2 ? a[1] : start;
      e.counter = s0 == null ? 0 : ((PyInt) s0).small;
      return e;
    });
    fn(in, "zip", (i, a, k) -> {
      if (k != null && k.size() > 0) {
        throw i.unsupported("zip(strict=...)");
      }
      PyObject[] its = new PyObject[a.length];
      try {
        for (int x = 0; x < a.length; x++) {
          its[x] = i.ops.iter(a[x]);
        }
      } catch (PyException e) {
        for (PyObject o : its) {
          heap.xdecref(o);
        }
        throw e;
      }
      return heap.register(new io.lifeline.interpreter.object.PyNativeIterator(i.types.zip, its, self -> {
        if (self.refs.length == 0) {
          return null;
        }
        PyObject[] items = new PyObject[self.refs.length];
        for (int x = 0; x < items.length; x++) {
          PyObject v = self.refs[x] == null ? null : i.ops.next(self.refs[x]);
          if (v == null) {
            for (int y = 0; y < x; y++) {
              heap.decref(items[y]);
            }
            return null;
          }
          items[x] = v;
        }
        return i.newTuple(items);
      }));
    });
    fn(in, "reversed", (i, a, k) -> {
      Args.count(i, "reversed", a, k, 1, 1);
      PyObject seq = a[0];
      if (seq instanceof PyInstance && seq.type.lookup("__reversed__") != null) {
        return i.ops.callSpecial(seq, "__reversed__");
      }
      if (!(seq instanceof PyList || seq instanceof PyTuple || seq instanceof PyRange || seq instanceof PyStr)) {
        throw i.error("TypeError", "'" + seq.type.name + "' object is not reversible");
      }
      PyObject owned = seq instanceof PyRange ? i.newList(i.ops.toList(seq)) : heap.incref(seq);
      io.lifeline.interpreter.object.PyNativeIterator r = heap.register(new io.lifeline.interpreter.object.PyNativeIterator(
          i.types.reversed, new PyObject[] {owned}, self -> {
            PyObject s0 = self.refs[0];
            if (s0 == null || self.counter <= 0) {
              return null;
            }
            int idx = (int) --self.counter;
            long size = i.ops.len(s0);
            if (idx >= size) {
              return null;
            }
            PyObject index = i.newInt(idx);
            try {
              return i.ops.getitem(s0, index);
            } finally {
              heap.decref(index);
            }
          }));
      r.counter = i.ops.len(owned);
      return r;
    });
    fn(in, "map", (i, a, k) -> {
      if (a.length < 2 || (k != null && k.size() > 0)) {
        throw i.error("TypeError", "map() must have at least two arguments.");
      }
      PyObject[] refs = new PyObject[a.length];
      refs[0] = heap.incref(a[0]);
      try {
        for (int x = 1; x < a.length; x++) {
          refs[x] = i.ops.iter(a[x]);
        }
      } catch (PyException e) {
        for (PyObject o : refs) {
          heap.xdecref(o);
        }
        throw e;
      }
      return heap.register(new io.lifeline.interpreter.object.PyNativeIterator(i.types.map, refs, self -> {
        if (self.refs[0] == null) {
          return null;
        }
        PyObject[] args = new PyObject[self.refs.length - 1];
        for (int x = 0; x < args.length; x++) {
          PyObject v = i.ops.next(self.refs[x + 1]);
          if (v == null) {
            for (int y = 0; y < x; y++) {
              heap.decref(args[y]);
            }
            return null;
          }
          args[x] = v;
        }
        try {
          return i.ops.call(self.refs[0], args, null);
        } finally {
          for (PyObject v : args) {
            heap.decref(v);
          }
        }
      }));
    });
    fn(in, "filter", (i, a, k) -> {
      Args.count(i, "filter", a, k, 2, 2);
      PyObject it = i.ops.iter(a[1]);
      return heap.register(new io.lifeline.interpreter.object.PyNativeIterator(i.types.filter,
          new PyObject[] {heap.incref(a[0]), it}, self -> {
            while (self.refs[1] != null) {
              PyObject item = i.ops.next(self.refs[1]);
              if (item == null) {
                return null;
              }
              boolean ok;
              try {
                if (self.refs[0] instanceof io.lifeline.interpreter.object.PyNone) {
                  ok = i.ops.truthy(item);
                } else {
                  PyObject good = i.ops.call(self.refs[0], new PyObject[] {item}, null);
                  try {
                    ok = i.ops.truthy(good);
                  } finally {
                    heap.decref(good);
                  }
                }
              } catch (PyException e) {
                heap.decref(item);
                throw e;
              }
              if (ok) {
                return item;
              }
              heap.decref(item);
            }
            return null;
          }));
    });
    ctor(in, in.types.bytes, (i, a, k) -> {
      if (Args.positional(a, k) > 3 || (k != null && k.size() > 0)) {
        throw i.unsupported("bytes() with more than 3 arguments or keywords");
      }
      if (a.length == 0) {
        return i.newBytes(new byte[0]);
      }
      if (a[0] instanceof PyStr s) {
        String enc = a.length > 1 ? ((PyStr) a[1]).value : null;
        if (enc == null) {
          throw i.error("TypeError", "string argument without an encoding");
        }
        return i.newBytes(s.value.getBytes(charset(i, enc)));
      }
      if (a[0] instanceof PyInt n) {
        if (n.isSmall() && n.small < 0) {
          throw i.error("ValueError", "negative count");
        }
        return i.newBytes(new byte[i.allocationLength(n, 1, 33)]);
      }
      java.util.List<PyObject> items = i.ops.toList(a[0]);
      byte[] out = new byte[items.size()];
      try {
        for (int x = 0; x < out.length; x++) {
          long v = ((PyInt) items.get(x)).small;
          if (v < 0 || v > 255) {
            throw i.error("ValueError", "bytes must be in range(0, 256)");
          }
          out[x] = (byte) v;
        }
      } finally {
        items.forEach(heap::decref);
      }
      return i.newBytes(out);
    });
    Methods.method(in, in.types.bytes, "decode", (i, a, k) -> {
      java.nio.charset.Charset cs = codec(i, a);
      byte[] raw = ((io.lifeline.interpreter.object.PyBytes) a[0]).value;
      int limit = cs == java.nio.charset.StandardCharsets.US_ASCII ? 0x80 : 0x100;
      for (int x = 0; x < raw.length; x++) {
        if ((raw[x] & 0xff) >= limit) {
          throw i.error("UnicodeDecodeError", "'ascii' codec can't decode byte 0x"
              + String.format("%02x", raw[x] & 0xff) + " in position " + x + ": ordinal not in range(128)");
        }
      }
      try {
        return i.newStr(cs.newDecoder().decode(java.nio.ByteBuffer.wrap(raw)).toString());
      } catch (java.nio.charset.CharacterCodingException e) {
        throw i.unsupported("decoding bytes that are not valid " + cs.name());
      }
    });
    Methods.method(in, in.types.str, "encode", (i, a, k) -> {
      java.nio.charset.Charset cs = codec(i, a);
      String s = ((PyStr) a[0]).value;
      int limit = cs == java.nio.charset.StandardCharsets.US_ASCII ? 0x80
          : cs == java.nio.charset.StandardCharsets.ISO_8859_1 ? 0x100 : Integer.MAX_VALUE;
      for (int x = 0; x < s.length(); x++) {
        char c = s.charAt(x);
        if (c >= limit || (limit == Integer.MAX_VALUE && Character.isSurrogate(c))) {
          if (limit == Integer.MAX_VALUE) {
            throw i.unsupported("encoding a lone surrogate");
          }
          throw i.error("UnicodeEncodeError", "'" + (limit == 0x80 ? "ascii" : "latin-1")
              + "' codec can't encode character '" + (c < 0x100 ? String.format("\\x%02x", (int) c)
              : String.format("\\u%04x", (int) c)) + "' in position " + x + ": ordinal not in range(" + limit + ")");
        }
      }
      return i.newBytes(s.getBytes(cs));
    });
    for (String missing : new String[] {"bytearray"}) {
      fn(in, missing, (i, a, k) -> {
        throw i.unsupported(missing + "()");
      });
    }
    fn(in, "globals", (i, a, k) -> heap.incref(i.current.globals));
    fn(in, "locals", (i, a, k) -> i.policies.flocals() == io.lifeline.interpreter.Policies.FLocals.PROXY
        && io.lifeline.interpreter.vm.FrameLocals.isProxied(i.current)
        ? io.lifeline.interpreter.vm.FrameLocals.snapshot(i, i.current) : heap.incref(i.vm.fastToLocals(i.current)));

    ctor(in, in.types.intType, Builtins::newInt);
    ctor(in, in.types.boolType, (i, a, k) -> i.types.bool(a.length > 0 && i.ops.truthy(a[0])));
    ctor(in, in.types.floatType, Builtins::newFloat);
    ctor(in, in.types.str, (i, a, k) -> a.length == 0 ? i.newStr("") : i.newStr(i.ops.strOf(a[0])));
    ctor(in, in.types.list, (i, a, k) -> i.newList(a.length == 0 ? new ArrayList<>() : i.ops.toList(a[0])));
    ctor(in, in.types.tuple, (i, a, k) -> i.newTuple(a.length == 0 ? new PyObject[0]
        : i.ops.toList(a[0]).toArray(new PyObject[0])));
    ctor(in, in.types.dict, Builtins::newDict);
    ctor(in, in.types.frozensetType, (i, a, k) -> {
      Args.count(i, "frozenset", a, k, 0, 1);
      io.lifeline.interpreter.object.PySet st = heap.register(
          new io.lifeline.interpreter.object.PySet(i.types.frozensetType));
      if (a.length == 1) {
        try {
          i.ops.updateSet(st, a[0]);
        } catch (PyException e) {
          heap.decref(st);
          throw e;
        }
      }
      return st;
    });
    ctor(in, in.types.set, (i, a, k) -> {
      Args.count(i, "set", a, k, 0, 1);
      io.lifeline.interpreter.object.PySet st = i.newSet();
      if (a.length == 1) {
        try {
          i.ops.updateSet(st, a[0]);
        } catch (PyException e) {
          heap.decref(st);
          throw e;
        }
      }
      return st;
    });
    ctor(in, in.types.range, Builtins::newRange);
    ctor(in, in.types.slice, Builtins::newSlice);
    Methods.install(in);
  }

  /** The codec of str.encode/bytes.decode(a[1] = encoding, a[2] = errors); only errors='strict' is modelled. */
  private static java.nio.charset.Charset codec(Interp in, PyObject[] a) {
    if (a.length > 2 && !((PyStr) a[2]).value.equals("strict")) {
      throw in.unsupported("the error handler '" + ((PyStr) a[2]).value + "'");
    }
    return charset(in, a.length > 1 ? ((PyStr) a[1]).value : "utf-8");
  }

  private static java.nio.charset.Charset charset(Interp in, String name) {
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

  private static PyObject newInt(Interp in, PyObject[] a, PyTuple k) {
    if (a.length == 0) {
      return in.newInt(0);
    }
    PyObject v = a[0];
    unmodelledConversion(in, v, "__int__", "__index__");
    if (v instanceof PyInt i) {
      return in.newInt(i.toBig());
    }
    if (v instanceof PyFloat f) {
      return in.newInt(new java.math.BigDecimal(f.value).toBigInteger());
    }
    if (v instanceof PyStr s) {
      try {
        int base = a.length > 1 ? (int) ((PyInt) a[1]).small : 10;
        return in.newInt(new BigInteger(s.value.strip().replace("_", ""), base));
      } catch (NumberFormatException e) {
        throw in.error("ValueError", "invalid literal for int() with base 10: " + PyStr.repr(s.value));
      }
    }
    throw in.error("TypeError", "int() argument must be a string, a bytes-like object or a real number, not '"
        + v.type.name + "'");
  }

  private static PyObject newFloat(Interp in, PyObject[] a, PyTuple k) {
    if (a.length == 0) {
      return in.newFloat(0);
    }
    PyObject v = a[0];
    unmodelledConversion(in, v, "__float__", "__index__");
    if (v instanceof PyInt || v instanceof PyFloat) {
      return in.newFloat(io.lifeline.interpreter.vm.Ops.toDouble(v));
    }
    if (v instanceof PyStr s) {
      String t = s.value.strip().toLowerCase();
      try {
        return in.newFloat(t.equals("inf") || t.equals("+inf") ? Double.POSITIVE_INFINITY
            : t.equals("-inf") ? Double.NEGATIVE_INFINITY : t.equals("nan") ? Double.NaN : Double.parseDouble(t));
      } catch (NumberFormatException e) {
        throw in.error("ValueError", "could not convert string to float: " + PyStr.repr(s.value));
      }
    }
    throw in.error("TypeError", "float() argument must be a string or a real number, not '" + v.type.name + "'");
  }

  private static PyObject newDict(Interp in, PyObject[] a, PyTuple k) {
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
      if (a[first] instanceof PyDict src) {
        boolean clone = d.size() == 0 && src.copiesTracking(true) && in.heap.isTracked(src);
        for (PyDict.Entry e : src.entries()) {
          d.put(in.heap, in.heap.incref(e.key), in.heap.incref(e.value));
        }
        if (clone) {
          in.heap.track(d);
        }
      } else {
        List<PyObject> pairs = in.ops.toList(a[first]);
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

  private static void putPair(Interp in, PyDict d, PyObject pair, int n) {
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
  private static PyObject newSlice(Interp in, PyObject[] a, PyTuple k) {
    Args.count(in, "slice", a, k, 1, 3);
    PyObject none = in.none();
    PyObject start = a.length == 1 ? none : a[0];
    PyObject stop = a.length == 1 ? a[0] : a[1];
    PyObject step = a.length == 3 ? a[2] : none;
    return in.heap.register(new io.lifeline.interpreter.object.PySlice(in.types.slice, in.heap.incref(start),
        in.heap.incref(stop), in.heap.incref(step)));
  }

  private static PyObject newRange(Interp in, PyObject[] a, PyTuple k) {
    Args.count(in, "range", a, k, 1, 3);
    long[] v = new long[a.length];
    for (int i = 0; i < a.length; i++) {
      unmodelledConversion(in, a[i], "__index__", "__index__");
      if (!(a[i] instanceof PyInt n) || !n.isSmall()) {
        throw in.error("TypeError", "'" + a[i].type.name + "' object cannot be interpreted as an integer");
      }
      v[i] = n.small;
    }
    long start = a.length == 1 ? 0 : v[0];
    long stop = a.length == 1 ? v[0] : v[1];
    long step = a.length == 3 ? v[2] : 1;
    if (step == 0) {
      throw in.error("ValueError", "range() arg 3 must not be zero");
    }
    return in.heap.register(new PyRange(in.types.range, start, stop, step));
  }

  /** Conversions through user __int__/__float__/__index__ are not modelled: say so instead of a TypeError. */
  static void unmodelledConversion(Interp in, PyObject v, String first, String second) {
    if (v instanceof PyInstance && v.type.heapType && (v.type.lookup(first) != null || v.type.lookup(second) != null)) {
      throw in.unsupported("conversion through " + (v.type.lookup(first) != null ? first : second));
    }
  }

  /** round(x, ndigits): half to even on the exact value of x, as double_round does with dtoa. */
  private static PyObject roundTo(Interp in, PyObject x, int ndigits) {
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
  private static PyObject extreme(Interp in, PyObject[] a, PyTuple k, io.lifeline.interpreter.bytecode.CompareOp op,
      String name) {
    int npos = Args.positional(a, k);
    for (int x = 0; k != null && x < k.size(); x++) {
      String kw = ((PyStr) k.items[x]).value;
      if (!kw.equals("key") && !kw.equals("default")) {
        throw in.error("TypeError", in.policies.wording().atLeast(io.lifeline.interpreter.Policies.Wording.CPYTHON_313)
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
        throw in.error("ValueError", name + (in.policies.wording().atLeast(io.lifeline.interpreter.Policies.Wording.CPYTHON_312)
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

  private static PyObject anyAll(Interp in, PyObject[] a, PyTuple k, boolean any) {
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
   * __build_class__(func, name, *bases): runs the body with a fresh namespace, then makes a heap type that
   * owns the namespace and its bases, with a C3 MRO; sets the __class__ cell for zero-argument super().
   */
  private static PyObject buildClass(Interp in, PyObject[] a, PyTuple k) {
    PyObject metaArg = Args.keyword(a, k, "metaclass");
    if (k != null && k.size() > (metaArg == null ? 0 : 1)) {
      throw in.unsupported("class keyword arguments other than metaclass");
    }
    int npos = Args.positional(a, k);
    PyFunction body = (PyFunction) a[0];
    String name = ((PyStr) a[1]).value;
    PyType[] bases = new PyType[Math.max(1, npos - 2)];
    bases[0] = in.types.object;
    for (int i = 2; i < npos; i++) {
      if (!(a[i] instanceof PyType b)) {
        throw in.error("TypeError", "bases must be types");
      }
      if (!b.heapType && b.layout == PyType.Layout.BUILTIN && b != in.types.object && b != in.types.type) {
        throw in.unsupported("subclassing built-in type '" + b.name + "'");
      }
      bases[i - 2] = b;
    }
    PyType meta = metaclass(in, metaArg, bases);
    boolean exception = false;
    for (PyType b : bases) {
      exception |= b.layout == PyType.Layout.EXCEPTION;
    }
    PyDict ns = in.newDict();
    try {
      in.vm.runClassBody(body, ns);
    } catch (PyException e) {
      in.heap.decref(ns);
      throw e;
    }
    for (String dunder : UNMODELLED_DUNDERS) {
      if (ns.getStr(dunder) != null) {
        in.heap.decref(ns);
        throw in.unsupported("defining " + dunder + " in a class");
      }
    }
    String[] slots = slotNames(in, ns);
    PyType.Layout layout = exception ? PyType.Layout.EXCEPTION : PyType.Layout.INSTANCE;
    PyObject cell = ns.pop(in.heap, in.key("__classcell__"));
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
      throw in.error("TypeError", mroError.getMessage());
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
    return cls;
  }

  /** Special methods the object protocol here does not consult: defining one would be silently ignored. */
  private static final String[] UNMODELLED_DUNDERS = {"__new__", "__getattribute__", "__delattr__", "__get__",
      "__set__", "__delete__", "__set_name__", "__init_subclass__", "__class_getitem__", "__missing__", "__aenter__", "__aexit__", "__aiter__", "__anext__", "__copy__", "__deepcopy__",
      "__reduce__", "__reduce_ex__", "__getstate__", "__setstate__", "__length_hint__", "__matmul__", "__round__",
      "__trunc__", "__floor__", "__ceil__", "__bytes__", "__complex__", "__fspath__", "__buffer__", "__sizeof__"};

  /**
   * _PyType_CalculateMetaclass: the explicit metaclass or the most derived of the bases' metaclasses. A
   * metaclass is a class deriving from type; one that customizes class creation (__new__, __init__,
   * __call__, __prepare__) is outside the model.
   */
  private static PyType metaclass(Interp in, PyObject explicit, PyType[] bases) {
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
    for (PyType t : winner.mro) {
      if (!t.heapType) {
        break;
      }
      for (String hook : new String[] {"__new__", "__init__", "__call__", "__prepare__"}) {
        if (t.dict.getStr(hook) != null) {
          throw in.unsupported("metaclass " + hook);
        }
      }
    }
    return winner;
  }

  /** The names in a class body's __slots__ (a str or an iterable of str), or null when it has none. */
  private static String[] slotNames(Interp in, PyDict ns) {
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
    if (names.contains("__dict__")) {
      throw in.unsupported("__dict__ in __slots__");
    }
    return names.toArray(new String[0]);
  }

  /**
   * type_new for __slots__: member names sorted, one member descriptor each in the class dict; instances
   * have no attribute dict if no base has one, and accept weakrefs only if '__weakref__' is listed.
   */
  private static void installSlots(Interp in, PyType cls, String[] declared) {
    java.util.List<String> names = new java.util.ArrayList<>(java.util.Arrays.asList(declared));
    boolean weakref = names.remove("__weakref__");
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
    cls.instancesHaveDict = baseDict;
    cls.instancesWeakrefable = weakref || baseWeakref;
    for (int i = 0; i < cls.ownSlots.length; i++) {
      cls.dict.put(in.heap, in.key(cls.ownSlots[i]), in.heap.register(
          new io.lifeline.interpreter.object.PySlotDescriptor(in.types.memberDescriptor, cls.ownSlots[i], offset + i)));
    }
  }

  /** super() reads the calling frame's first argument and its __class__ cell (super_init_without_args). */
  private static PyObject superNew(Interp in, PyObject[] a, PyTuple k) {
    PyType type;
    PyObject obj;
    if (a.length == 2) {
      type = (PyType) a[0];
      obj = a[1];
    } else if (a.length == 0) {
      io.lifeline.interpreter.vm.Frame f = in.current;
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
      throw in.error("TypeError", in.policies.wording().atLeast(io.lifeline.interpreter.Policies.Wording.CPYTHON_313)
          ? "super(type, obj): obj (" + (obj instanceof PyType ot ? "type " + ot.name : "instance of " + obj.type.name)
              + ") is not an instance or subtype of type (" + type.name + ")."
          : "super(type, obj): obj must be an instance or subtype of type");
    }
    return in.heap.register(new io.lifeline.interpreter.object.PySuper(in.types.superType, in.heap.incref(type),
        in.heap.incref(obj)));
  }

}
