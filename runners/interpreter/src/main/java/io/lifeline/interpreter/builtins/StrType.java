package io.lifeline.interpreter.builtins;

import static io.lifeline.interpreter.builtins.Methods.method;
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
import io.lifeline.interpreter.object.PyTuple;
import io.lifeline.interpreter.object.PyType;
import io.lifeline.interpreter.object.Frame;
import io.lifeline.interpreter.vm.PyException;
import java.util.ArrayList;
import java.util.List;
import io.lifeline.interpreter.object.PyIterator;
import io.lifeline.interpreter.object.PySlice;
import io.lifeline.interpreter.object.PyStr;
import io.lifeline.interpreter.object.Slots;
import io.lifeline.interpreter.vm.Indices;
import io.lifeline.interpreter.vm.Interp;

/** {@code str} (Objects/unicodeobject.c): its slots. */
final class StrType {
  static final Slots.Table<PyStr> SLOTS = Slots.of(PyStr.class)
      .truthy((i, s) -> !s.value.isEmpty())
      .len((i, s) -> s.value.length())
      .iter(Sequences::iter)
      .repr((i, s) -> PyStr.repr(s.value))
      .str((i, s) -> s.value)
      // a str in a str is a substring test; anything else is compared item by item
      .contains((i, s, x) -> {
        PyObject sub = BuiltinSubclasses.storage(x);
        if (!(sub instanceof PyStr str)) { // PyUnicode_Contains
          throw i.error("TypeError", i.policies.reclaim() == io.lifeline.interpreter.vm.Policies.Reclaim.TRACING
              ? "decoding to str: a bytes-like object is required, not " + x.type.name // PyPy's unicode contains
              : "'in <string>' requires string as left operand, not " + x.type.name);
        }
        return s.value.contains(str.value);
      })
      .getitem((i, s, k) -> k instanceof PySlice sl ? Sequences.slice(i, s, sl)
          : i.newStr(String.valueOf(s.value.charAt(Indices.index(i, k, s.value.length(), "string")))));

  private StrType() {}

  /** The methods of the type (method descriptors). */
  static void methods(Interp in) {
    defineJoinUpperLower(in);
    definePartitionStartswithEndswith(in);
    defineFormat(in);
    StrMethods.install(in);
  }

  private static void defineJoinUpperLower(Interp in) {
    Heap heap = in.heap;
    PyType str = in.types.str;
    method(in, str, "join", (i, a, k) -> {
      StringBuilder sb = new StringBuilder();
      String sep = ((PyStr) a[0]).value;
      List<PyObject> items = i.ops.toList(a[1]);
      List<PyObject> values = items.stream().map(BuiltinSubclasses::storage).toList(); // borrowed from the items
      try {
        long total = 49L + (long) sep.length() * Math.max(0, items.size() - 1);
        for (PyObject o : values) {
          total += o instanceof PyStr s ? s.value.length() : 0;
        }
        heap.reserve(total);
        for (int x = 0; x < items.size(); x++) {
          if (!(values.get(x) instanceof PyStr s)) {
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
        throw i.error("ValueError", StrMethods.notFound(i, "index"));
      }
      return i.newInt(at);
    });
    method(in, str, "count", (i, a, k) -> {
      String s = ((PyStr) a[0]).value;
      String sub = ((PyStr) a[1]).value;
      int[] range = Sequences.bounds(a, s.length());
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
  }

  private static void definePartitionStartswithEndswith(Interp in) {
    PyType str = in.types.str;
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
  }

  private static void defineFormat(Interp in) {
    PyType str = in.types.str;
    method(in, str, "format", (i, a, k) -> i.newStr(StrFormat.format(i, ((PyStr) a[0]).value,
        StrFormat.ofCall(a, k))));
    method(in, str, "format_map", (i, a, k) -> {
      Args.count(i, "format_map", a, k, 2, 2);
      return i.newStr(StrFormat.format(i, ((PyStr) a[0]).value, StrFormat.ofMapping(a[1])));
    });
  }

  /** str.isspace of one char: Java's whitespace plus the no-break spaces (Zs, Zl, Zp) and U+0085 NEL. */
  static boolean isPySpace(char c) {
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
    int[] range = Sequences.bounds(a, s.length());
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

  /** str.find: the lowest index of a[1] in a[0][start:end], or -1. */
  private static int find(PyObject[] a) {
    String s = ((PyStr) a[0]).value;
    String sub = ((PyStr) a[1]).value;
    int[] range = Sequences.bounds(a, s.length());
    if (range[0] > s.length() || range[1] - range[0] < sub.length()) {
      return range[0] <= range[1] && sub.isEmpty() && range[0] <= s.length() ? range[0] : -1;
    }
    int at = s.indexOf(sub, range[0]);
    return at >= 0 && at + sub.length() <= range[1] ? at : -1;
  }
}
