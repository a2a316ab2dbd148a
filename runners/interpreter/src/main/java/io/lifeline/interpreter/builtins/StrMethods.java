package io.lifeline.interpreter.builtins;

import static io.lifeline.interpreter.builtins.Methods.method;

import io.lifeline.interpreter.object.PyDict;
import io.lifeline.interpreter.object.PyInt;
import io.lifeline.interpreter.object.PyNone;
import io.lifeline.interpreter.object.PyObject;
import io.lifeline.interpreter.object.PyStr;
import io.lifeline.interpreter.object.PyType;
import io.lifeline.interpreter.vm.Interp;
import io.lifeline.interpreter.vm.PyException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.IntPredicate;

/**
 * The str methods that only compute a new str or a bool (Objects/unicodeobject.c): case mapping, padding,
 * searching from the right, splitting into lines, the {@code is*} predicates, prefixes and translation. Only
 * {@code translate} calls back into Python (the table's {@code __getitem__}), with the table held by the caller.
 */
final class StrMethods {
  private StrMethods() {}

  static void install(Interp in) {
    defineCase(in);
    definePadding(in);
    defineFromTheRight(in);
    definePredicates(in);
    defineTranslate(in);
  }

  private static String self(PyObject[] a) {
    return ((PyStr) a[0]).value;
  }

  private static String arg(Interp in, PyObject[] a, int x, String fn) {
    if (x >= a.length || !(a[x] instanceof PyStr s)) {
      throw in.error("TypeError", fn + "() argument must be str, not "
          + (x >= a.length ? "nothing" : a[x].type.name));
    }
    return s.value;
  }

  private static void defineCase(Interp in) {
    PyType str = in.types.str;
    method(in, str, "title", (i, a, k) -> i.newStr(title(self(a))));
    method(in, str, "capitalize", (i, a, k) -> {
      String s = self(a);
      return i.newStr(s.isEmpty() ? s
          : Character.toTitleCase(s.charAt(0)) + s.substring(1).toLowerCase(Locale.ROOT));
    });
    method(in, str, "swapcase", (i, a, k) -> {
      StringBuilder sb = new StringBuilder();
      for (char c : self(a).toCharArray()) {
        // full case mappings, as unicodeobject.c's do_swapcase (U+00DF to "SS")
        sb.append(Character.isUpperCase(c) ? String.valueOf(c).toLowerCase(java.util.Locale.ROOT)
            : Character.isLowerCase(c) ? String.valueOf(c).toUpperCase(java.util.Locale.ROOT) : String.valueOf(c));
      }
      return i.newStr(sb.toString());
    });
    // full case folding maps e.g. U+00DF to "ss", as upper-then-lower does for the common cases
    method(in, str, "casefold", (i, a, k) -> i.newStr(self(a).toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT)));
    method(in, str, "removeprefix", (i, a, k) -> {
      String s = self(a);
      String p = arg(i, a, 1, "removeprefix");
      return i.newStr(s.startsWith(p) ? s.substring(p.length()) : s);
    });
    method(in, str, "removesuffix", (i, a, k) -> {
      String s = self(a);
      String p = arg(i, a, 1, "removesuffix");
      return i.newStr(s.endsWith(p) && !p.isEmpty() ? s.substring(0, s.length() - p.length()) : s);
    });
  }

  /** str.title: a cased character after an uncased one is title-cased, any other cased one lower-cased. */
  private static String title(String s) {
    StringBuilder sb = new StringBuilder();
    boolean previousCased = false;
    for (char c : s.toCharArray()) {
      sb.append(previousCased ? Character.toLowerCase(c) : Character.toTitleCase(c));
      previousCased = isCased(c);
    }
    return sb.toString();
  }

  private static boolean isCased(char c) {
    return Character.isUpperCase(c) || Character.isLowerCase(c) || Character.isTitleCase(c);
  }

  private static void definePadding(Interp in) {
    PyType str = in.types.str;
    method(in, str, "ljust", (i, a, k) -> i.newStr(pad(i, a, "ljust", 0)));
    method(in, str, "rjust", (i, a, k) -> i.newStr(pad(i, a, "rjust", 1)));
    method(in, str, "center", (i, a, k) -> i.newStr(pad(i, a, "center", 2)));
    method(in, str, "zfill", (i, a, k) -> {
      String s = self(a);
      int width = (int) ((PyInt) a[1]).small;
      if (s.length() >= width) {
        return i.newStr(s);
      }
      boolean sign = !s.isEmpty() && (s.charAt(0) == '+' || s.charAt(0) == '-');
      String zeros = "0".repeat(width - s.length());
      return i.newStr(sign ? s.charAt(0) + zeros + s.substring(1) : zeros + s);
    });
    method(in, str, "expandtabs", (i, a, k) -> {
      PyObject size = a.length > 1 ? a[1] : null;
      return i.newStr(expandTabs(self(a), size instanceof PyInt n ? (int) n.small : 8));
    });
  }

  /** ljust (0), rjust (1), center (2): a[1] the width, a[2] the one-character fill (space by default). */
  private static String pad(Interp in, PyObject[] a, String fn, int how) {
    String s = self(a);
    int width = (int) ((PyInt) a[1]).small;
    String fill = a.length > 2 ? arg(in, a, 2, fn) : " ";
    if (fill.length() != 1) {
      throw in.error("TypeError", "The fill character must be exactly one character long");
    }
    int margin = width - s.length();
    if (margin <= 0) {
      return s;
    }
    // unicodeobject.c's pad(): center puts the odd character on the left when both the margin and width are odd
    int left = how == 0 ? 0 : how == 1 ? margin : margin / 2 + (margin & width & 1);
    return fill.repeat(left) + s + fill.repeat(margin - left);
  }

  private static String expandTabs(String s, int size) {
    StringBuilder sb = new StringBuilder();
    int column = 0;
    for (char c : s.toCharArray()) {
      if (c == '\t') {
        int n = size > 0 ? size - column % size : 0;
        sb.append(" ".repeat(n));
        column += n;
      } else {
        sb.append(c);
        column = c == '\n' || c == '\r' ? 0 : column + 1;
      }
    }
    return sb.toString();
  }

  /** str.index/rindex's ValueError: PyPy's W_UnicodeObject names the method ("... in string.index"). */
  static String notFound(Interp in, String method) {
    return in.policies.reclaim() == io.lifeline.interpreter.vm.Policies.Reclaim.TRACING
        ? "substring not found in string." + method : "substring not found";
  }

  private static void defineFromTheRight(Interp in) {
    PyType str = in.types.str;
    method(in, str, "rfind", (i, a, k) -> i.newInt(rfind(i, a)));
    method(in, str, "rindex", (i, a, k) -> {
      int at = rfind(i, a);
      if (at < 0) {
        throw i.error("ValueError", notFound(i, "rindex"));
      }
      return i.newInt(at);
    });
    method(in, str, "rpartition", (i, a, k) -> {
      String s = self(a);
      String sep = arg(i, a, 1, "rpartition");
      if (sep.isEmpty()) {
        throw i.error("ValueError", "empty separator");
      }
      int at = s.lastIndexOf(sep);
      return at < 0 ? i.newTuple(i.newStr(""), i.newStr(""), i.newStr(s))
          : i.newTuple(i.newStr(s.substring(0, at)), i.newStr(sep), i.newStr(s.substring(at + sep.length())));
    });
    method(in, str, "rsplit", (i, a, k) -> {
      int npos = Args.positional(a, k);
      PyObject sepArg = npos > 1 ? a[1] : Args.keyword(a, k, "sep");
      PyObject maxArg = npos > 2 ? a[2] : Args.keyword(a, k, "maxsplit");
      long max = maxArg == null ? -1 : ((PyInt) maxArg).small;
      List<String> parts = rsplit(i, self(a), sepArg instanceof PyStr sep ? sep.value : null, max);
      ArrayList<PyObject> items = new ArrayList<>();
      for (int x = parts.size() - 1; x >= 0; x--) {
        items.add(i.newStr(parts.get(x)));
      }
      return i.newList(items);
    });
    method(in, str, "splitlines", (i, a, k) -> {
      PyObject keep = a.length > 1 ? a[1] : Args.keyword(a, k, "keepends");
      ArrayList<PyObject> items = new ArrayList<>();
      for (String line : splitLines(self(a), keep != null && i.ops.truthy(keep))) {
        items.add(i.newStr(line));
      }
      return i.newList(items);
    });
  }

  /** str.rfind: the highest index of a[1] in a[0][start:end], or -1. */
  private static int rfind(Interp in, PyObject[] a) {
    String s = self(a);
    String sub = arg(in, a, 1, "rfind");
    int[] range = Sequences.bounds(a, s.length());
    if (range[0] > s.length() || range[1] - range[0] < sub.length()) {
      return -1;
    }
    int at = s.lastIndexOf(sub, range[1] - sub.length());
    return at >= range[0] ? at : -1;
  }

  /** The parts of rsplit, last first. */
  private static List<String> rsplit(Interp in, String s, String sep, long max) {
    List<String> out = new ArrayList<>();
    if (sep != null) {
      if (sep.isEmpty()) {
        throw in.error("ValueError", "empty separator");
      }
      int end = s.length();
      for (int at; (max < 0 || out.size() < max) && (at = s.lastIndexOf(sep, end - sep.length())) >= 0
          && end - sep.length() >= 0; end = at) {
        out.add(s.substring(at + sep.length(), end));
      }
      out.add(s.substring(0, end));
      return out;
    }
    int x = s.length();
    while (true) {
      while (x > 0 && StrType.isPySpace(s.charAt(x - 1))) {
        x--;
      }
      if (x == 0) {
        return out;
      }
      if (max >= 0 && out.size() == max) {
        out.add(s.substring(0, x));
        return out;
      }
      int end = x;
      while (x > 0 && !StrType.isPySpace(s.charAt(x - 1))) {
        x--;
      }
      out.add(s.substring(x, end));
    }
  }

  /** str.splitlines: at \n, \r, \r\n, \v, \f, \x1c-\x1e, \x85, U+2028 and U+2029. */
  private static List<String> splitLines(String s, boolean keepEnds) {
    List<String> out = new ArrayList<>();
    int start = 0;
    int x = 0;
    while (x < s.length()) {
      char c = s.charAt(x);
      if ("\n\r\u000b\u000c\u001c\u001d\u001e\u0085\u2028\u2029".indexOf(c) < 0) {
        x++;
        continue;
      }
      int eol = x + (c == '\r' && x + 1 < s.length() && s.charAt(x + 1) == '\n' ? 2 : 1);
      out.add(s.substring(start, keepEnds ? eol : x));
      start = eol;
      x = eol;
    }
    if (start < s.length()) {
      out.add(s.substring(start));
    }
    return out;
  }

  private static void definePredicates(Interp in) {
    predicate(in, "isdigit", StrMethods::isDigit);
    predicate(in, "isdecimal", c -> Character.getType(c) == Character.DECIMAL_DIGIT_NUMBER);
    predicate(in, "isnumeric", StrMethods::isNumeric);
    predicate(in, "isalpha", Character::isLetter);
    predicate(in, "isalnum", c -> Character.isLetter(c) || isNumeric(c));
    predicate(in, "isspace", c -> StrType.isPySpace((char) c));
    predicate(in, "isascii", c -> c < 128);
    predicate(in, "isprintable", c -> !Character.isISOControl(c) && (c == ' ' || !StrType.isPySpace((char) c))
        && Character.getType(c) != Character.UNASSIGNED && Character.getType(c) != Character.FORMAT);
    PyType str = in.types.str;
    method(in, str, "isascii", (i, a, k) -> i.types.bool(self(a).chars().allMatch(c -> c < 128)));
    method(in, str, "isupper", (i, a, k) -> i.types.bool(cased(self(a), true)));
    method(in, str, "islower", (i, a, k) -> i.types.bool(cased(self(a), false)));
    method(in, str, "istitle", (i, a, k) -> i.types.bool(isTitle(self(a))));
    method(in, str, "isidentifier", (i, a, k) -> {
      String s = self(a);
      boolean ok = !s.isEmpty() && (s.charAt(0) == '_' || Character.isUnicodeIdentifierStart(s.charAt(0)))
          && s.chars().allMatch(c -> Character.isUnicodeIdentifierPart(c) && !Character.isIdentifierIgnorable(c));
      return i.types.bool(ok);
    });
  }

  /** A predicate true of a non-empty str whose every character passes. */
  private static void predicate(Interp in, String name, IntPredicate p) {
    method(in, in.types.str, name, (i, a, k) -> {
      String s = self(a);
      return i.types.bool(!s.isEmpty() && s.chars().allMatch(p));
    });
  }

  private static boolean isDigit(int c) {
    return Character.getType(c) == Character.DECIMAL_DIGIT_NUMBER
        || Character.getType(c) == Character.OTHER_NUMBER && Character.getNumericValue(c) >= 0
        && Character.getNumericValue(c) <= 9 && Character.digit(c, 10) < 0 && c != 0xbd;
  }

  private static boolean isNumeric(int c) {
    int t = Character.getType(c);
    return t == Character.DECIMAL_DIGIT_NUMBER || t == Character.LETTER_NUMBER || t == Character.OTHER_NUMBER;
  }

  /** isupper (upper) / islower: some cased character and none of the other case (nor title case). */
  private static boolean cased(String s, boolean upper) {
    boolean any = false;
    for (char c : s.toCharArray()) {
      if (upper ? Character.isLowerCase(c) || Character.isTitleCase(c)
          : Character.isUpperCase(c) || Character.isTitleCase(c)) {
        return false;
      }
      any |= upper ? Character.isUpperCase(c) : Character.isLowerCase(c);
    }
    return any;
  }

  /** istitle: uppercase characters only after uncased ones, lowercase only after cased ones, some cased. */
  private static boolean isTitle(String s) {
    boolean any = false;
    boolean previousCased = false;
    for (char c : s.toCharArray()) {
      if (Character.isUpperCase(c) || Character.isTitleCase(c)) {
        if (previousCased) {
          return false;
        }
        previousCased = true;
        any = true;
      } else if (Character.isLowerCase(c)) {
        if (!previousCased) {
          return false;
        }
        previousCased = true;
        any = true;
      } else {
        previousCased = false;
      }
    }
    return any;
  }

  private static void defineTranslate(Interp in) {
    PyType str = in.types.str;
    method(in, str, "translate", (i, a, k) -> i.newStr(translate(i, self(a), a[1])));
    Methods.staticMethod(in, str, "maketrans", StrMethods::maketrans);
  }

  /** str.translate: each character's ordinal looked up in the table; a LookupError keeps it, None drops it. */
  private static String translate(Interp in, String s, PyObject table) {
    StringBuilder sb = new StringBuilder();
    for (char c : s.toCharArray()) {
      PyInt key = in.newInt(c);
      PyObject v;
      try {
        v = in.ops.getitem(table, key);
      } catch (PyException e) {
        if (!in.isInstance(e.value, "LookupError")) {
          throw e;
        }
        in.heap.decref(e.value);
        sb.append(c);
        continue;
      } finally {
        in.heap.decref(key);
      }
      try {
        if (v instanceof PyInt n) {
          sb.appendCodePoint((int) n.small);
        } else if (v instanceof PyStr r) {
          sb.append(r.value);
        } else if (!(v instanceof PyNone)) {
          throw in.error("TypeError", "character mapping must return integer, None or str");
        }
      } finally {
        in.heap.decref(v);
      }
    }
    return sb.toString();
  }

  /** str.maketrans(dict) or (from, to[, delete]): a dict of ordinals. */
  private static PyObject maketrans(Interp in, PyObject[] a, io.lifeline.interpreter.object.PyTuple k) {
    PyDict d = in.newDict();
    try {
      if (a.length == 1) {
        for (PyObject key : in.ops.toList(a[0])) {
          PyObject v = in.ops.getitem(a[0], key);
          PyObject ordKey = key instanceof PyStr s && s.value.length() == 1 ? in.newInt(s.value.charAt(0))
              : in.heap.incref(key);
          in.ops.setitem(d, ordKey, v);
          in.heap.decref(ordKey);
          in.heap.decref(v);
          in.heap.decref(key);
        }
        return d;
      }
      String from = arg(in, a, 0, "maketrans");
      String to = arg(in, a, 1, "maketrans");
      if (from.length() != to.length()) {
        throw in.error("ValueError", "the first two maketrans arguments must have equal length");
      }
      for (int x = 0; x < from.length(); x++) {
        put(in, d, from.charAt(x), in.newInt(to.charAt(x)));
      }
      String delete = a.length > 2 ? arg(in, a, 2, "maketrans") : "";
      for (char c : delete.toCharArray()) {
        put(in, d, c, in.none());
      }
      return d;
    } catch (PyException e) {
      in.heap.decref(d);
      throw e;
    }
  }

  private static void put(Interp in, PyDict d, char key, PyObject value) {
    PyInt k = in.newInt(key);
    in.ops.setitem(d, k, value);
    in.heap.decref(k);
    in.heap.decref(value);
  }
}
