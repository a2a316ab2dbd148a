package io.lifeline.interpreter.builtins;

import static io.lifeline.interpreter.builtins.Methods.method;

import io.lifeline.interpreter.object.PyBytes;
import io.lifeline.interpreter.object.PyObject;
import io.lifeline.interpreter.object.PyStr;
import io.lifeline.interpreter.object.PyType;
import io.lifeline.interpreter.vm.Interp;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The common methods of {@code bytes} (Objects/bytesobject.c, stringlib): hex and fromhex, join, find, split,
 * strip, replace, ASCII case mapping. Bytes are handled as Latin-1 strings (one char a byte); whitespace and case
 * are ASCII only, as bytes methods define them. None holds a reference beyond its call.
 */
final class BytesMethods {
  private BytesMethods() {}

  /**
   * bytes.hex(sep, bytes_per_sep) (_Py_strhex_impl): sep between groups of bytes_per_sep bytes, the groups counted
   * from the right when it is positive, from the left when negative.
   */
  static String hex(byte[] value, String sep, int per) {
    StringBuilder sb = new StringBuilder();
    int n = value.length;
    int group = Math.abs(per);
    for (int x = 0; x < n; x++) {
      boolean boundary = per > 0 ? (n - x) % group == 0 : x % group == 0;
      if (x > 0 && !sep.isEmpty() && group > 0 && boundary) {
        sb.append(sep);
      }
      sb.append(Character.forDigit((value[x] >> 4) & 0xf, 16)).append(Character.forDigit(value[x] & 0xf, 16));
    }
    return sb.toString();
  }

  /** bytes.fromhex/bytearray.fromhex: pairs of hex digits, whitespace between them skipped. */
  static byte[] fromHex(Interp in, String text) {
    String s = text.replaceAll("\\s", "");
    if (s.length() % 2 != 0 || !s.matches("[0-9a-fA-F]*")) {
      throw in.error("ValueError", "non-hexadecimal number found in fromhex() arg");
    }
    byte[] out = new byte[s.length() / 2];
    for (int x = 0; x < out.length; x++) {
      out[x] = (byte) Integer.parseInt(s.substring(2 * x, 2 * x + 2), 16);
    }
    return out;
  }

  private static final String ASCII_SPACE = " \t\n\r\u000b\u000c";

  static void install(Interp in) {
    PyType t = in.types.bytes;
    method(in, t, "hex", (i, a, k) -> {
      PyObject sep = a.length > 1 ? a[1] : Args.keyword(a, k, "sep");
      PyObject per = a.length > 2 ? a[2] : Args.keyword(a, k, "bytes_per_sep");
      return i.newStr(hex(((PyBytes) a[0]).value, sep instanceof PyStr s ? s.value : "",
          per == null ? 1 : (int) ((io.lifeline.interpreter.object.PyInt) per).small));
    });
    Methods.classMethod(in, t, "fromhex", (i, a, k) -> i.newBytes(fromHex(i, ((PyStr) a[1]).value)));
    method(in, t, "join", (i, a, k) -> {
      StringBuilder sb = new StringBuilder();
      List<PyObject> items = i.ops.toList(a[1]);
      try {
        for (int x = 0; x < items.size(); x++) {
          if (!(items.get(x) instanceof PyBytes b)) {
            throw i.error("TypeError", "sequence item " + x + ": expected " + (i.policies.isPypy() ? "bytes"
                : "a bytes-like object") + ", " + items.get(x).type.name + " found");
          }
          sb.append(x > 0 ? text(a[0]) : "").append(text(b));
        }
      } finally {
        items.forEach(i.heap::decref);
      }
      return bytes(i, sb.toString());
    });
    for (String name : LIKE_STR) {
      method(in, t, name, (i, a, k) -> viaStr(i, name, a, k));
    }
    for (String name : new String[] {"index", "rindex"}) {
      method(in, t, name, (i, a, k) -> {
        PyObject r = viaStr(i, name.equals("index") ? "find" : "rfind", a, k);
        if (((io.lifeline.interpreter.object.PyInt) r).small < 0) {
          throw i.error("ValueError", i.policies.isPypy() ? "substring not found in " + a[0].type.name + "." + name
              : "subsection not found");
        }
        return r;
      });
    }
    method(in, t, "lstrip", (i, a, k) -> bytes(i, strip(text(a[0]), chars(i, a), true, false)));
    method(in, t, "rstrip", (i, a, k) -> bytes(i, strip(text(a[0]), chars(i, a), false, true)));
    method(in, t, "upper", (i, a, k) -> bytes(i, asciiCase(text(a[0]), true)));
    method(in, t, "lower", (i, a, k) -> bytes(i, asciiCase(text(a[0]), false)));
    method(in, t, "replace", (i, a, k) -> bytes(i, text(a[0]).replace(text(arg(i, a, 1)), text(arg(i, a, 2)))));
    method(in, t, "strip", (i, a, k) -> bytes(i, strip(text(a[0]), a.length > 1 && a[1] instanceof PyBytes c
        ? text(c) : ASCII_SPACE)));
    method(in, t, "split", (i, a, k) -> {
      String s = text(a[0]);
      PyObject sep = a.length > 1 ? a[1] : Args.keyword(a, k, "sep");
      List<String> parts = new ArrayList<>();
      if (sep instanceof PyBytes b) {
        String d = text(b);
        if (d.isEmpty()) {
          throw i.error("ValueError", "empty separator");
        }
        int from = 0;
        for (int at; (at = s.indexOf(d, from)) >= 0; from = at + d.length()) {
          parts.add(s.substring(from, at));
        }
        parts.add(s.substring(from));
      } else {
        for (String p : strip(s, ASCII_SPACE).split("[ \\t\\n\\r\\x0b\\x0c]+")) {
          if (!p.isEmpty()) {
            parts.add(p);
          }
        }
      }
      ArrayList<PyObject> items = new ArrayList<>();
      parts.forEach(p -> items.add(bytes(i, p)));
      return i.newList(items);
    });
  }

  /**
   * The bytes methods stringlib shares with str, which the model runs as str's on the Latin-1 text (one char a
   * byte): none of them looks at whitespace or case, so the text's answer is the bytes' answer.
   */
  static final String[] LIKE_STR = {"find", "rfind", "count", "startswith", "endswith", "partition", "rpartition",
      "center", "ljust", "rjust", "zfill", "removeprefix", "removesuffix"};

  /** bytes.NAME as str.NAME on the Latin-1 texts of self and of bytes-like arguments; str results back to bytes. */
  private static PyObject viaStr(Interp in, String name, PyObject[] a, io.lifeline.interpreter.object.PyTuple k) {
    PyObject[] args = new PyObject[a.length];
    List<PyObject> made = new ArrayList<>();
    try {
      for (int x = 0; x < a.length; x++) {
        args[x] = asText(in, name, a[x], made, x == 0);
      }
      PyObject r = in.ops.call(in.types.str.lookup(name), args, k);
      return fromText(in, r);
    } finally {
      made.forEach(in.heap::decref);
    }
  }

  private static PyObject asText(Interp in, String name, PyObject o, List<PyObject> made, boolean self) {
    byte[] b = io.lifeline.interpreter.object.PyByteArray.bytesLike(o);
    if (b != null) {
      PyObject s = in.newStr(new String(b, StandardCharsets.ISO_8859_1));
      made.add(s);
      return s;
    }
    if (o instanceof io.lifeline.interpreter.object.PyTuple tu && (name.equals("startswith")
        || name.equals("endswith"))) {
      PyObject[] items = new PyObject[tu.size()];
      for (int x = 0; x < items.length; x++) {
        items[x] = in.heap.incref(asText(in, name, tu.items[x], made, false));
      }
      PyObject t = in.newTuple(items);
      made.add(t);
      return t;
    }
    if (o instanceof PyStr && !self) {
      boolean prefix = name.equals("startswith") || name.equals("endswith");
      throw in.error("TypeError", in.policies.isPypy() && !prefix ? "'str' does not support the buffer interface"
          : switch (name) {
        case "find", "rfind", "count" -> "argument should be integer or bytes-like object, not 'str'";
        case "startswith", "endswith" -> name + " first arg must be bytes or a tuple of bytes, not str";
        default -> "a bytes-like object is required, not 'str'";
      });
    }
    return o;
  }

  private static PyObject fromText(Interp in, PyObject r) {
    if (r instanceof PyStr s) {
      in.heap.decref(r);
      return bytes(in, s.value);
    }
    if (r instanceof io.lifeline.interpreter.object.PyTuple tu) {
      for (int x = 0; x < tu.size(); x++) {
        tu.items[x] = fromText(in, tu.items[x]);
      }
    }
    return r;
  }

  /** lstrip/rstrip's characters: the bytes given, else ASCII whitespace. */
  private static String chars(Interp in, PyObject[] a) {
    if (a.length < 2 || a[1] == in.none()) {
      return ASCII_SPACE;
    }
    byte[] b = io.lifeline.interpreter.object.PyByteArray.bytesLike(a[1]);
    if (b == null) {
      throw in.error("TypeError", "a bytes-like object is required, not '" + a[1].type.name + "'");
    }
    return new String(b, StandardCharsets.ISO_8859_1);
  }

  private static PyObject arg(Interp in, PyObject[] a, int x) {
    if (x >= a.length || !(a[x] instanceof PyBytes)) {
      throw in.error("TypeError", "a bytes-like object is required, not '"
          + (x >= a.length ? "nothing" : a[x].type.name) + "'");
    }
    return a[x];
  }

  private static String text(PyObject b) {
    return new String(((PyBytes) b).value, StandardCharsets.ISO_8859_1);
  }

  private static PyObject bytes(Interp in, String latin1) {
    return in.newBytes(latin1.getBytes(StandardCharsets.ISO_8859_1));
  }

  private static String asciiCase(String s, boolean upper) {
    StringBuilder sb = new StringBuilder();
    for (char c : s.toCharArray()) {
      sb.append(c < 128 ? (upper ? Character.toUpperCase(c) : Character.toLowerCase(c)) : c);
    }
    return sb.toString();
  }

  private static String strip(String s, String chars) {
    return strip(s, chars, true, true);
  }

  private static String strip(String s, String chars, boolean left, boolean right) {
    int lo = 0;
    int hi = s.length();
    while (left && lo < hi && chars.indexOf(s.charAt(lo)) >= 0) {
      lo++;
    }
    while (right && hi > lo && chars.indexOf(s.charAt(hi - 1)) >= 0) {
      hi--;
    }
    return s.substring(lo, hi);
  }
}
