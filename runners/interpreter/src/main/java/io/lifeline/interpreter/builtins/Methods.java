package io.lifeline.interpreter.builtins;

import io.lifeline.interpreter.bytecode.CompareOp;
import io.lifeline.interpreter.memory.Heap;
import io.lifeline.interpreter.object.NativeFn;
import io.lifeline.interpreter.object.PyBaseException;
import io.lifeline.interpreter.object.PyDict;
import io.lifeline.interpreter.object.PyFrameObject;
import io.lifeline.interpreter.object.PyGenerator;
import io.lifeline.interpreter.object.PyInt;
import io.lifeline.interpreter.object.PyList;
import io.lifeline.interpreter.object.PyNativeFunction;
import io.lifeline.interpreter.object.PyObject;
import io.lifeline.interpreter.object.PyStr;
import io.lifeline.interpreter.object.PyTuple;
import io.lifeline.interpreter.object.PyType;
import io.lifeline.interpreter.vm.Frame;
import io.lifeline.interpreter.vm.Interp;
import io.lifeline.interpreter.vm.PyException;
import java.util.ArrayList;
import java.util.List;

/** Methods of the built-in types (method descriptors: LOAD_METHOD pushes them unbound with self). */
final class Methods {
  private Methods() {}

  static void install(Interp in) {
    Heap heap = in.heap;
    PyType list = in.types.list;
    method(in, list, "append", (i, a, k) -> {
      Args.count(i, "append", a, k, 2, 2);
      ((PyList) a[0]).items.add(heap.incref(a[1]));
      heap.grew(a[0]);
      return i.none();
    });
    method(in, list, "extend", (i, a, k) -> {
      i.ops.extendList((PyList) a[0], a[1]);
      return i.none();
    });
    method(in, list, "insert", (i, a, k) -> {
      List<PyObject> items = ((PyList) a[0]).items;
      long idx = ((PyInt) a[1]).small;
      if (idx < 0) {
        idx = Math.max(0, idx + items.size());
      }
      items.add((int) Math.min(idx, items.size()), heap.incref(a[2]));
      heap.grew(a[0]);
      return i.none();
    });
    method(in, list, "pop", (i, a, k) -> {
      List<PyObject> items = ((PyList) a[0]).items;
      if (items.isEmpty()) {
        throw i.error("IndexError", "pop from empty list");
      }
      long idx = a.length > 1 ? ((PyInt) a[1]).small : items.size() - 1;
      if (idx < 0) {
        idx += items.size();
      }
      if (idx < 0 || idx >= items.size()) {
        throw i.error("IndexError", "pop index out of range");
      }
      return items.remove((int) idx);
    });
    method(in, list, "remove", (i, a, k) -> {
      List<PyObject> items = ((PyList) a[0]).items;
      for (int x = 0; x < items.size(); x++) {
        if (i.ops.equal(items.get(x), a[1])) {
          heap.decref(items.remove(x));
          return i.none();
        }
      }
      throw i.error("ValueError", "list.remove(x): x not in list");
    });
    method(in, list, "clear", (i, a, k) -> {
      a[0].clear(heap);
      return i.none();
    });
    method(in, list, "index", (i, a, k) -> {
      List<PyObject> items = ((PyList) a[0]).items;
      int[] range = bounds(a, items.size());
      for (int x = range[0]; x < Math.min(range[1], items.size()); x++) {
        if (i.ops.equal(items.get(x), a[1])) {
          return i.newInt(x);
        }
      }
      throw i.error("ValueError", i.ops.reprOf(a[1]) + " is not in list");
    });
    method(in, list, "count", (i, a, k) -> {
      int n = 0;
      for (PyObject o : new ArrayList<>(((PyList) a[0]).items)) {
        n += i.ops.equal(o, a[1]) ? 1 : 0;
      }
      return i.newInt(n);
    });
    method(in, list, "reverse", (i, a, k) -> {
      java.util.Collections.reverse(((PyList) a[0]).items);
      return i.none();
    });
    method(in, list, "copy", (i, a, k) -> {
      ArrayList<PyObject> items = new ArrayList<>();
      ((PyList) a[0]).items.forEach(o -> items.add(heap.incref(o)));
      return i.newList(items);
    });
    method(in, list, "sort", (i, a, k) -> {
      if (Args.positional(a, k) > 1) {
        throw i.error("TypeError", "sort() takes no positional arguments");
      }
      PyObject rev = Args.keyword(a, k, "reverse");
      sort(i, (PyList) a[0], Args.keyword(a, k, "key"), rev != null && i.ops.truthy(rev));
      return i.none();
    });

    PyType dict = in.types.dict;
    method(in, dict, "get", (i, a, k) -> {
      i.ops.checkHashable(a[1]);
      PyObject v = ((PyDict) a[0]).get(a[1]);
      return heap.incref(v != null ? v : a.length > 2 ? a[2] : i.none());
    });
    method(in, dict, "pop", (i, a, k) -> {
      i.ops.checkHashable(a[1]);
      PyObject v = ((PyDict) a[0]).pop(heap, a[1]);
      if (v == null) {
        if (a.length > 2) {
          return heap.incref(a[2]);
        }
        throw new PyException(i.newException(i.types.exception("KeyError"), i.newTuple(heap.incref(a[1]))));
      }
      return v;
    });
    method(in, dict, "setdefault", (i, a, k) -> {
      i.ops.checkHashable(a[1]);
      PyDict d = (PyDict) a[0];
      PyObject v = d.get(a[1]);
      if (v == null) {
        v = a.length > 2 ? a[2] : i.none();
        d.put(heap, heap.incref(a[1]), heap.incref(v));
      }
      return heap.incref(v);
    });
    method(in, dict, "keys", (i, a, k) -> view(i, (PyDict) a[0], 0));
    method(in, dict, "values", (i, a, k) -> view(i, (PyDict) a[0], 1));
    method(in, dict, "items", (i, a, k) -> view(i, (PyDict) a[0], 2));
    method(in, dict, "clear", (i, a, k) -> {
      a[0].clear(heap);
      return i.none();
    });
    method(in, dict, "copy", (i, a, k) -> {
      PyDict src = (PyDict) a[0];
      PyDict d = i.newDict();
      for (PyDict.Entry e : src.entries()) {
        d.put(heap, heap.incref(e.key), heap.incref(e.value));
      }
      if (src.copiesTracking(false) && heap.isTracked(src)) {
        heap.track(d);
      }
      return d;
    });
    method(in, dict, "popitem", (i, a, k) -> {
      List<PyDict.Entry> entries = ((PyDict) a[0]).entries();
      if (entries.isEmpty()) {
        throw i.error("KeyError", "popitem(): dictionary is empty");
      }
      PyObject key = heap.incref(entries.get(entries.size() - 1).key);
      return i.newTuple(key, ((PyDict) a[0]).pop(heap, key));
    });
    method(in, dict, "update", (i, a, k) -> {
      Builtins.updateDict(i, "update", (PyDict) a[0], a, k, 1);
      return i.none();
    });

    PyType set = in.types.set;
    method(in, set, "add", (i, a, k) -> {
      Args.count(i, "add", a, k, 2, 2);
      i.ops.checkHashable(a[1]);
      ((io.lifeline.interpreter.object.PySet) a[0]).add(heap, a[1]);
      return i.none();
    });
    method(in, set, "discard", (i, a, k) -> {
      Args.count(i, "discard", a, k, 2, 2);
      i.ops.checkHashable(a[1]);
      ((io.lifeline.interpreter.object.PySet) a[0]).discard(heap, a[1]);
      return i.none();
    });
    method(in, set, "remove", (i, a, k) -> {
      Args.count(i, "remove", a, k, 2, 2);
      i.ops.checkHashable(a[1]);
      if (!((io.lifeline.interpreter.object.PySet) a[0]).discard(heap, a[1])) {
        throw new PyException(i.newException(i.types.exception("KeyError"), i.newTuple(heap.incref(a[1]))));
      }
      return i.none();
    });
    method(in, set, "pop", (i, a, k) -> {
      PyObject v = ((io.lifeline.interpreter.object.PySet) a[0]).pop();
      if (v == null) {
        throw i.error("KeyError", "pop from an empty set");
      }
      return v;
    });
    method(in, set, "clear", (i, a, k) -> {
      a[0].clear(heap);
      return i.none();
    });
    method(in, set, "update", (i, a, k) -> {
      for (int x = 1; x < a.length; x++) {
        i.ops.updateSet((io.lifeline.interpreter.object.PySet) a[0], a[x]);
      }
      return i.none();
    });
    method(in, set, "copy", (i, a, k) -> {
      io.lifeline.interpreter.object.PySet out = heap.register(new io.lifeline.interpreter.object.PySet(a[0].type));
      i.ops.updateSet(out, a[0]);
      return out;
    });
    method(in, set, "union", (i, a, k) -> {
      io.lifeline.interpreter.object.PySet out = heap.register(new io.lifeline.interpreter.object.PySet(a[0].type));
      for (PyObject x : a) {
        i.ops.updateSet(out, x);
      }
      return out;
    });
    method(in, set, "issubset", (i, a, k) -> {
      io.lifeline.interpreter.object.PySet self = (io.lifeline.interpreter.object.PySet) a[0];
      for (int x = 0; x < self.tableSize(); x++) {
        if (self.isActive(x) && !i.ops.contains(a[1], self.keys[x])) {
          return i.types.falseObj;
        }
      }
      return i.types.trueObj;
    });

    method(in, set, "intersection", (i, a, k) -> {
      io.lifeline.interpreter.object.PySet out = heap.register(new io.lifeline.interpreter.object.PySet(a[0].type));
      i.ops.updateSet(out, a[0]);
      for (int x = 1; x < a.length; x++) {
        for (PyObject key : setKeys(out)) {
          if (!i.ops.contains(a[x], key)) {
            out.discard(heap, key);
          }
        }
      }
      return out;
    });
    method(in, set, "difference", (i, a, k) -> {
      io.lifeline.interpreter.object.PySet out = heap.register(new io.lifeline.interpreter.object.PySet(a[0].type));
      i.ops.updateSet(out, a[0]);
      for (int x = 1; x < a.length; x++) {
        for (PyObject key : setKeys(out)) {
          if (i.ops.contains(a[x], key)) {
            out.discard(heap, key);
          }
        }
      }
      return out;
    });

    for (String shared : new String[] {"copy", "union", "issubset", "intersection", "difference"}) {
      in.types.frozensetType.dict.put(heap, in.key(shared), heap.incref(set.dict.getStr(shared)));
    }

    PyType str = in.types.str;
    method(in, str, "join", (i, a, k) -> {
      StringBuilder sb = new StringBuilder();
      String sep = ((PyStr) a[0]).value;
      List<PyObject> items = i.ops.toList(a[1]);
      try {
        long total = 49L + (long) sep.length() * Math.max(0, items.size() - 1);
        for (PyObject o : items) {
          total += o instanceof PyStr s ? s.value.length() : 0;
        }
        heap.reserve(total);
        for (int x = 0; x < items.size(); x++) {
          if (!(items.get(x) instanceof PyStr s)) {
            throw i.error("TypeError", "sequence item " + x + ": expected str instance, "
                + items.get(x).type.name + " found");
          }
          sb.append(x > 0 ? sep : "").append(s.value);
        }
      } finally {
        items.forEach(heap::decref);
      }
      return i.newStr(sb.toString());
    });
    method(in, str, "upper", (i, a, k) -> i.newStr(((PyStr) a[0]).value.toUpperCase()));
    method(in, str, "lower", (i, a, k) -> i.newStr(((PyStr) a[0]).value.toLowerCase()));
    method(in, str, "strip", (i, a, k) -> i.newStr(strip(a, true, true)));
    method(in, str, "lstrip", (i, a, k) -> i.newStr(strip(a, true, false)));
    method(in, str, "rstrip", (i, a, k) -> i.newStr(strip(a, false, true)));
    method(in, str, "find", (i, a, k) -> i.newInt(find(a)));
    method(in, str, "index", (i, a, k) -> {
      int at = find(a);
      if (at < 0) {
        throw i.error("ValueError", "substring not found");
      }
      return i.newInt(at);
    });
    method(in, str, "count", (i, a, k) -> {
      String s = ((PyStr) a[0]).value;
      String sub = ((PyStr) a[1]).value;
      int[] range = bounds(a, s.length());
      String part = range[0] > range[1] ? "" : s.substring(range[0], range[1]);
      if (range[0] > s.length()) {
        return i.newInt(0);
      }
      if (sub.isEmpty()) {
        return i.newInt(part.length() + 1);
      }
      int n = 0;
      for (int at = part.indexOf(sub); at >= 0; at = part.indexOf(sub, at + sub.length())) {
        n++;
      }
      return i.newInt(n);
    });
    method(in, str, "partition", (i, a, k) -> {
      String s = ((PyStr) a[0]).value;
      String sep = ((PyStr) a[1]).value;
      if (sep.isEmpty()) {
        throw i.error("ValueError", "empty separator");
      }
      int at = s.indexOf(sep);
      return at < 0 ? i.newTuple(i.newStr(s), i.newStr(""), i.newStr(""))
          : i.newTuple(i.newStr(s.substring(0, at)), i.newStr(sep), i.newStr(s.substring(at + sep.length())));
    });
    method(in, str, "startswith", (i, a, k) -> i.types.bool(affix(i, a, "startswith", true)));
    method(in, str, "endswith", (i, a, k) -> i.types.bool(affix(i, a, "endswith", false)));
    method(in, str, "replace", (i, a, k) -> {
      String s = ((PyStr) a[0]).value;
      String old = ((PyStr) a[1]).value;
      String rep = ((PyStr) a[2]).value;
      long count = a.length > 3 ? ((PyInt) a[3]).small : -1;
      if (count < 0) {
        return i.newStr(s.replace(old, rep));
      }
      StringBuilder sb = new StringBuilder();
      int from = 0;
      for (long n = 0; n < count; n++) {
        int at = old.isEmpty() ? (from <= s.length() ? from : -1) : s.indexOf(old, from);
        if (at < 0) {
          break;
        }
        sb.append(s, from, at).append(rep);
        if (old.isEmpty()) {
          if (at < s.length()) {
            sb.append(s.charAt(at));
          }
          from = at + 1;
        } else {
          from = at + old.length();
        }
      }
      return i.newStr(sb.append(from <= s.length() ? s.substring(from) : "").toString());
    });
    method(in, str, "split", (i, a, k) -> {
      int npos = Args.positional(a, k);
      PyObject sepArg = npos > 1 ? a[1] : Args.keyword(a, k, "sep");
      PyObject maxArg = npos > 2 ? a[2] : Args.keyword(a, k, "maxsplit");
      String s = ((PyStr) a[0]).value;
      long max = maxArg == null ? -1 : ((PyInt) maxArg).small;
      ArrayList<PyObject> items = new ArrayList<>();
      for (String p : split(i, s, sepArg instanceof PyStr sep ? sep.value : null, max)) {
        items.add(i.newStr(p));
      }
      return i.newList(items);
    });
    method(in, str, "format", (i, a, k) -> {
      String fmt = ((PyStr) a[0]).value;
      StringBuilder sb = new StringBuilder();
      int next = 1;
      for (int x = 0; x < fmt.length(); x++) {
        char c = fmt.charAt(x);
        if (c == '{' && x + 1 < fmt.length() && fmt.charAt(x + 1) == '{') {
          sb.append('{');
          x++;
        } else if (c == '}' && x + 1 < fmt.length() && fmt.charAt(x + 1) == '}') {
          sb.append('}');
          x++;
        } else if (c == '{') {
          int end = fmt.indexOf('}', x);
          if (end < 0) {
            throw i.error("ValueError", "Single '{' encountered in format string");
          }
          next = formatField(i, fmt.substring(x + 1, end), a, k, next, sb);
          x = end;
        } else {
          sb.append(c);
        }
      }
      return i.newStr(sb.toString());
    });

    PyType tuple = in.types.tuple;
    method(in, tuple, "count", (i, a, k) -> {
      int n = 0;
      for (PyObject o : ((PyTuple) a[0]).items) {
        n += i.ops.equal(o, a[1]) ? 1 : 0;
      }
      return i.newInt(n);
    });
    method(in, tuple, "index", (i, a, k) -> {
      PyObject[] items = ((PyTuple) a[0]).items;
      int[] range = bounds(a, items.length);
      for (int x = range[0]; x < Math.min(range[1], items.length); x++) {
        if (i.ops.equal(items[x], a[1])) {
          return i.newInt(x);
        }
      }
      throw i.error("ValueError", "tuple.index(x): x not in tuple");
    });

    method(in, in.types.object, "__init__", (i, a, k) -> i.none());
    method(in, in.types.object, "__sizeof__", (i, a, k) -> i.newInt(16));
    method(in, in.types.object, "__setattr__", (i, a, k) -> {
      Args.count(i, "__setattr__", a, k, 3, 3);
      if (!(a[0] instanceof io.lifeline.interpreter.object.PyInstance inst)) {
        throw i.unsupported("object.__setattr__ on " + a[0].type.name);
      }
      i.ops.genericSetattr(inst, ((PyStr) a[1]).value, a[2]);
      return i.none();
    });
    method(in, in.types.exception("BaseException"), "__init__", (i, a, k) -> {
      PyBaseException self = (PyBaseException) a[0];
      PyObject[] items = new PyObject[Args.positional(a, k) - 1];
      for (int x = 0; x < items.length; x++) {
        items[x] = heap.incref(a[x + 1]);
      }
      PyObject old = self.args;
      self.args = i.newTuple(items);
      heap.xdecref(old);
      return i.none();
    });
    PyType gen = in.types.generator;
    method(in, gen, "send", (i, a, k) -> {
      Args.count(i, "send", a, k, 2, 2);
      return i.vm.genSend((PyGenerator) a[0], a[1]);
    });
    method(in, gen, "__next__", (i, a, k) -> {
      PyObject v = i.vm.genNext((PyGenerator) a[0]);
      if (v == null) {
        throw i.error("StopIteration", null);
      }
      return v;
    });
    method(in, gen, "throw", (i, a, k) -> {
      Args.count(i, "throw", a, k, 2, 4);
      PyObject e = a[1];
      PyBaseException exc;
      if (e instanceof PyType && a.length > 2 && a[2] instanceof PyBaseException given) {
        exc = heap.incref(given);
      } else if (e instanceof PyType t) {
        exc = (PyBaseException) i.ops.call(t, a.length > 2 ? new PyObject[] {a[2]} : new PyObject[0], null);
      } else if (e instanceof PyBaseException b) {
        exc = heap.incref(b);
      } else {
        throw i.error("TypeError", "exceptions must be classes or instances deriving from BaseException, not "
            + e.type.name);
      }
      return i.vm.genThrow((PyGenerator) a[0], exc);
    });
    method(in, gen, "close", (i, a, k) -> {
      Args.count(i, "close", a, k, 1, 1);
      return i.vm.genCloseValue((PyGenerator) a[0]);
    });

    for (String name : new String[] {"send", "throw", "close"}) {
      in.types.coroutine.dict.put(heap, in.key(name), heap.incref(gen.dict.getStr(name)));
    }
    method(in, in.types.property, "setter", (i, a, k) -> {
      io.lifeline.interpreter.object.PyDescriptor old = (io.lifeline.interpreter.object.PyDescriptor) a[0];
      io.lifeline.interpreter.object.PyDescriptor d = heap.register(new io.lifeline.interpreter.object.PyDescriptor(
          i.types.property, io.lifeline.interpreter.object.PyDescriptor.Kind.PROPERTY, heap.incref(old.func)));
      d.setter = heap.incref(a[1]);
      return d;
    });
    frameLocalsProxyMethods(in);
    method(in, in.types.frame, "clear", (i, a, k) -> {
      PyFrameObject fo = (PyFrameObject) a[0];
      Frame fr = fo.frame;
      if (fr.owner == Frame.Owner.GENERATOR) {
        PyGenerator g = (PyGenerator) fr.generator;
        if (g.state == PyGenerator.State.RUNNING) {
          throw i.error("RuntimeError", "cannot clear an executing frame");
        }
        if (g.state == PyGenerator.State.SUSPENDED
            && i.policies.frameClear() == io.lifeline.interpreter.Policies.FrameClear.REFUSES) {
          throw i.error("RuntimeError", "cannot clear a suspended frame");
        }
        i.vm.genClose(g);
        return i.none();
      }
      if (!fo.ownsFrame()) {
        throw i.error("RuntimeError", "cannot clear an executing frame");
      }
      fr.clearLocalsAndStack(heap);
      return i.none();
    });
  }

  /** PEP 667's FrameLocalsProxy: keys(), values() and items() return lists, get() and copy() (a dict). */
  private static void frameLocalsProxyMethods(Interp in) {
    PyType t = in.types.frameLocalsProxy;
    String[] views = {"keys", "values", "items"};
    for (int w = 0; w < views.length; w++) {
      int which = w;
      method(in, t, views[w], (i, a, k) -> {
        Args.count(i, views[which], a, k, 1, 1);
        return io.lifeline.interpreter.vm.FrameLocals.list(i, frameOf(a[0]), which);
      });
    }
    method(in, t, "get", (i, a, k) -> {
      Args.count(i, "get", a, k, 2, 3);
      PyObject v = io.lifeline.interpreter.vm.FrameLocals.get(frameOf(a[0]), a[1]);
      return i.heap.incref(v != null ? v : a.length > 2 ? a[2] : i.none());
    });
    method(in, t, "copy", (i, a, k) -> {
      Args.count(i, "copy", a, k, 1, 1);
      return io.lifeline.interpreter.vm.FrameLocals.snapshot(i, frameOf(a[0]));
    });
  }

  private static Frame frameOf(PyObject proxy) {
    return io.lifeline.interpreter.vm.FrameLocals.frameOf((io.lifeline.interpreter.object.PyFrameLocalsProxy) proxy);
  }

  public static void method(Interp in, PyType t, String name, NativeFn f) {
    t.dict.put(in.heap, in.key(name), new PyNativeFunction(in.types.builtinFunction, t.name + "." + name, f, true));
  }

  /** dict.keys()/values()/items(): a view that owns only a reference to the dict. */
  private static PyObject view(Interp in, PyDict d, int which) {
    io.lifeline.interpreter.object.PyDictView.Kind kind = io.lifeline.interpreter.object.PyDictView.Kind.values()[which];
    return in.heap.register(new io.lifeline.interpreter.object.PyDictView(in.types.dictView(kind), kind,
        in.heap.incref(d)));
  }

  /** list.sort() without key. */
  static void sort(Interp in, PyList l) {
    sort(in, l, null, false);
  }

  /**
   * list.sort(key=, reverse=): the list is empty while sorting; keys are computed first (in order), the
   * sort is stable (reverse sorts the reversed list and reverses back, like listobject.c), and the keys
   * are released in their final order afterwards. Comparisons use {@code <}; the comparison sequence is a
   * merge sort's, not timsort's.
   */
  static void sort(Interp in, PyList l, PyObject keyFn, boolean reverse) {
    PyObject[] items = l.items.toArray(new PyObject[0]);
    l.items.clear();
    PyObject[] keys = null;
    try {
      if (keyFn != null && !(keyFn instanceof io.lifeline.interpreter.object.PyNone)) {
        keys = new PyObject[items.length];
        for (int i = 0; i < items.length; i++) {
          keys[i] = in.ops.call(keyFn, new PyObject[] {items[i]}, null);
        }
      }
      if (reverse) {
        reverseArray(items);
        if (keys != null) {
          reverseArray(keys);
        }
      }
      Integer[] order = new Integer[items.length];
      for (int i = 0; i < order.length; i++) {
        order[i] = i;
      }
      PyObject[] cmp = keys != null ? keys : items;
      mergeSort(in, cmp, order, new Integer[order.length], 0, order.length);
      PyObject[] sortedItems = new PyObject[items.length];
      PyObject[] sortedKeys = keys == null ? null : new PyObject[items.length];
      for (int i = 0; i < order.length; i++) {
        sortedItems[i] = items[order[i]];
        if (keys != null) {
          sortedKeys[i] = keys[order[i]];
        }
      }
      items = sortedItems;
      keys = sortedKeys;
      if (reverse) {
        reverseArray(items);
        if (keys != null) {
          reverseArray(keys);
        }
      }
    } finally {
      l.items.addAll(java.util.Arrays.asList(items));
      if (keys != null) {
        for (PyObject k : keys) {
          in.heap.xdecref(k);
        }
      }
    }
  }

  /** The keys of a set in table order (borrowed; a snapshot, so the set may be changed while iterating it). */
  private static List<PyObject> setKeys(io.lifeline.interpreter.object.PySet set) {
    List<PyObject> keys = new ArrayList<>();
    for (int x = 0; x < set.tableSize(); x++) {
      if (set.isActive(x)) {
        keys.add(set.keys[x]);
      }
    }
    return keys;
  }

  /**
   * One replacement field of str.format, "name[!conversion][:spec]": appends the formatted value to sb and
   * returns the next automatic argument index.
   */
  private static int formatField(Interp in, String field, PyObject[] a, PyTuple k, int next, StringBuilder sb) {
    int colon = field.indexOf(':');
    String spec = colon < 0 ? "" : field.substring(colon + 1);
    String head = colon < 0 ? field : field.substring(0, colon);
    int bang = head.indexOf('!');
    String conversion = bang < 0 ? null : head.substring(bang + 1);
    String name = bang < 0 ? head : head.substring(0, bang);
    if (name.contains(".") || name.contains("[") || spec.contains("{")) {
      throw in.unsupported("str.format field '{" + field + "}' (attribute, index or nested field)");
    }
    PyObject v;
    int npos = Args.positional(a, k);
    if (name.isEmpty() ? next == 0 : name.chars().allMatch(Character::isDigit) && next > 1) {
      throw in.error("ValueError", name.isEmpty()
          ? "cannot switch from manual field specification to automatic field numbering"
          : "cannot switch from automatic field numbering to manual field specification");
    }
    if (!name.isEmpty() && name.chars().allMatch(Character::isDigit)) {
      next = 0;
    }
    if (name.isEmpty() || name.chars().allMatch(Character::isDigit)) {
      int index = name.isEmpty() ? next++ : 1 + Integer.parseInt(name);
      if (index >= npos) {
        throw in.error("IndexError", "Replacement index " + (index - 1) + " out of range for positional args tuple");
      }
      v = a[index];
    } else {
      v = Args.keyword(a, k, name);
      if (v == null) {
        throw in.error("KeyError", name);
      }
    }
    if (conversion == null && spec.isEmpty()) {
      sb.append(in.ops.strOf(v));
      return next;
    }
    PyObject converted = conversion == null ? in.heap.incref(v)
        : switch (conversion) {
          case "r" -> in.newStr(in.ops.reprOf(v));
          case "s" -> in.newStr(in.ops.strOf(v));
          default -> throw in.error("ValueError", "Unknown conversion specifier " + conversion);
        };
    try {
      PyObject r = in.ops.format(converted, spec);
      sb.append(((PyStr) r).value);
      in.heap.decref(r);
    } finally {
      in.heap.decref(converted);
    }
    return next;
  }

  /** str.isspace of one char: Java's whitespace plus the no-break spaces (Zs, Zl, Zp) and U+0085 NEL. */
  private static boolean isPySpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u0085';
  }

  /** str.split: at most {@code max} splits (all if negative), at {@code sep} or at runs of whitespace. */
  private static List<String> split(Interp in, String s, String sep, long max) {
    List<String> out = new ArrayList<>();
    if (sep != null) {
      if (sep.isEmpty()) {
        throw in.error("ValueError", "empty separator");
      }
      int from = 0;
      for (int at; (max < 0 || out.size() < max) && (at = s.indexOf(sep, from)) >= 0; from = at + sep.length()) {
        out.add(s.substring(from, at));
      }
      out.add(s.substring(from));
      return out;
    }
    int x = 0;
    int n = s.length();
    while (true) {
      while (x < n && isPySpace(s.charAt(x))) {
        x++;
      }
      if (x == n) {
        return out;
      }
      if (max >= 0 && out.size() == max) {
        out.add(s.substring(x));
        return out;
      }
      int start = x;
      while (x < n && !isPySpace(s.charAt(x))) {
        x++;
      }
      out.add(s.substring(start, x));
    }
  }

  /** str.startswith/endswith: a[1] is a str or a tuple of str, optionally within a[0][a[2]:a[3]]. */
  private static boolean affix(Interp in, PyObject[] a, String name, boolean prefix) {
    String s = ((PyStr) a[0]).value;
    int[] range = bounds(a, s.length());
    if (range[0] > s.length()) {
      return false;
    }
    String part = s.substring(range[0], Math.max(range[0], range[1]));
    PyObject[] options = a[1] instanceof PyTuple t ? t.items : new PyObject[] {a[1]};
    for (PyObject o : options) {
      if (!(o instanceof PyStr affix)) {
        throw in.error("TypeError", name + " first arg must be str or a tuple of str, not " + o.type.name);
      }
      if (prefix ? part.startsWith(affix.value) : part.endsWith(affix.value)) {
        return true;
      }
    }
    return false;
  }

  /** str.strip/lstrip/rstrip: a[0] stripped of whitespace, or of the characters in a[1] if given and not None. */
  private static String strip(PyObject[] a, boolean left, boolean right) {
    String s = ((PyStr) a[0]).value;
    String chars = a.length > 1 && a[1] instanceof PyStr c ? c.value : null;
    int lo = 0;
    int hi = s.length();
    while (left && lo < hi && (chars == null ? isPySpace(s.charAt(lo)) : chars.indexOf(s.charAt(lo)) >= 0)) {
      lo++;
    }
    while (right && hi > lo && (chars == null ? isPySpace(s.charAt(hi - 1))
        : chars.indexOf(s.charAt(hi - 1)) >= 0)) {
      hi--;
    }
    return s.substring(lo, hi);
  }

  /** The [start, end) of str.find/count's optional a[2], a[3], clamped like ADJUST_INDICES. */
  private static int[] bounds(PyObject[] a, int len) {
    long start = a.length > 2 && a[2] instanceof PyInt p ? p.small : 0;
    long end = a.length > 3 && a[3] instanceof PyInt p ? p.small : len;
    if (end > len) {
      end = len;
    } else if (end < 0) {
      end = Math.max(0, end + len);
    }
    if (start < 0) {
      start = Math.max(0, start + len);
    }
    return new int[] {(int) Math.min(start, Integer.MAX_VALUE), (int) end};
  }

  /** str.find: the lowest index of a[1] in a[0][start:end], or -1. */
  private static int find(PyObject[] a) {
    String s = ((PyStr) a[0]).value;
    String sub = ((PyStr) a[1]).value;
    int[] range = bounds(a, s.length());
    if (range[0] > s.length() || range[1] - range[0] < sub.length()) {
      return range[0] <= range[1] && sub.isEmpty() && range[0] <= s.length() ? range[0] : -1;
    }
    int at = s.indexOf(sub, range[0]);
    return at >= 0 && at + sub.length() <= range[1] ? at : -1;
  }

  private static void reverseArray(PyObject[] a) {
    for (int i = 0, j = a.length - 1; i < j; i++, j--) {
      PyObject t = a[i];
      a[i] = a[j];
      a[j] = t;
    }
  }

  private static void mergeSort(Interp in, PyObject[] cmp, Integer[] a, Integer[] tmp, int lo, int hi) {
    if (hi - lo < 2) {
      return;
    }
    int mid = (lo + hi) >>> 1;
    mergeSort(in, cmp, a, tmp, lo, mid);
    mergeSort(in, cmp, a, tmp, mid, hi);
    int i = lo;
    int j = mid;
    int k = lo;
    while (i < mid && j < hi) {
      PyObject r = in.ops.compare(CompareOp.LT, cmp[a[j]], cmp[a[i]]);
      boolean less;
      try {
        less = in.ops.truthy(r);
      } finally {
        in.heap.decref(r);
      }
      tmp[k++] = less ? a[j++] : a[i++];
    }
    while (i < mid) {
      tmp[k++] = a[i++];
    }
    while (j < hi) {
      tmp[k++] = a[j++];
    }
    System.arraycopy(tmp, lo, a, lo, hi - lo);
  }
}
