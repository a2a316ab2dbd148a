package io.lifeline.interpreter.vm;

import io.lifeline.interpreter.object.PyBool;
import io.lifeline.interpreter.object.PyFloat;
import io.lifeline.interpreter.object.PyInt;
import io.lifeline.interpreter.object.PyObject;
import io.lifeline.interpreter.object.PyStr;
import io.lifeline.interpreter.object.PyTuple;

/**
 * printf-style {@code str % args} (PyUnicode_Format): {@code %[(key)][flags][width][.precision]type} with the
 * flags {@code -+ #0}, {@code *} widths and precisions, and the types s r a d i u x X o e E f F g G c %. Each
 * conversion is done by the format-spec mini-language it corresponds to. Values are borrowed from the argument
 * tuple or mapping; a mapping key's value is held only while it is formatted.
 */
final class Formatter {
  private final Interp in;
  private final String fmt;
  private final PyObject args;
  private final PyObject[] values;
  /** bytes % args (bytes_format): %s and %b take bytes-like objects, %r and %a give ascii(). */
  private boolean bytes;
  private int pos;
  private int next;

  private Formatter(Interp in, String fmt, PyObject args) {
    this.in = in;
    this.fmt = fmt;
    this.args = args;
    this.values = args instanceof PyTuple t ? t.items : new PyObject[] {args};
  }

  static String percent(Interp in, String fmt, PyObject args) {
    return new Formatter(in, fmt, args).run();
  }

  /** {@code bytes % args} (_PyBytes_FormatEx): the format and the result as Latin-1 text, one char a byte. */
  static byte[] percentBytes(Interp in, byte[] fmt, PyObject args) {
    Formatter f = new Formatter(in, new String(fmt, java.nio.charset.StandardCharsets.ISO_8859_1), args);
    f.bytes = true;
    return f.run().getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
  }

  private String run() {
    StringBuilder sb = new StringBuilder();
    boolean usedMapping = false;
    for (pos = 0; pos < fmt.length(); pos++) {
      char c = fmt.charAt(pos);
      if (c != '%') {
        sb.append(c);
        continue;
      }
      if (++pos >= fmt.length()) {
        throw in.error("ValueError", "incomplete format");
      }
      if (fmt.charAt(pos) == '%') {
        sb.append('%');
        continue;
      }
      PyObject keyed = null;
      if (fmt.charAt(pos) == '(') {
        keyed = mappingValue();
        usedMapping = true;
      }
      try {
        sb.append(conversion(keyed));
      } finally {
        if (keyed != null) {
          in.heap.decref(keyed);
        }
      }
    }
    if (!usedMapping && next < values.length && !(isMapping(args) && values.length == 1)) {
      throw in.error("TypeError", "not all arguments converted during " + (bytes ? "bytes" : "string")
          + " formatting");
    }
    return sb.toString();
  }

  private boolean isMapping(PyObject o) {
    return !(o instanceof PyTuple) && !(o instanceof PyStr) && o.type.lookup("__getitem__") != null;
  }

  /** {@code (key)}: the mapping's value for key (a new reference); pos is left on the character after ')'. */
  private PyObject mappingValue() {
    if (args instanceof PyTuple || !isMapping(args) && !(args instanceof io.lifeline.interpreter.object.PyDict)) {
      throw in.error("TypeError", "format requires a mapping");
    }
    int depth = 1;
    int start = ++pos;
    while (pos < fmt.length() && depth > 0) {
      depth += fmt.charAt(pos) == '(' ? 1 : fmt.charAt(pos) == ')' ? -1 : 0;
      pos++;
    }
    if (depth > 0) {
      throw in.error("ValueError", "incomplete format key");
    }
    String name = fmt.substring(start, pos - 1);
    PyObject key = bytes ? in.newBytes(name.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1)) : in.newStr(name);
    try {
      return in.ops.getitem(args, key);
    } finally {
      in.heap.decref(key);
    }
  }

  private PyObject nextValue() {
    if (next >= values.length) {
      throw in.error("TypeError", "not enough arguments for format string");
    }
    return values[next++];
  }

  /** One conversion from pos (after '%' and any key) to its type character, which pos is left on. */
  private String conversion(PyObject keyed) {
    String flags = "";
    while (pos < fmt.length() && "-+ #0".indexOf(fmt.charAt(pos)) >= 0) {
      flags += fmt.charAt(pos++);
    }
    int width = number();
    int precision = -1;
    if (pos < fmt.length() && fmt.charAt(pos) == '.') {
      pos++;
      precision = Math.max(0, number());
    }
    if (pos >= fmt.length()) {
      throw in.error("ValueError", "incomplete format");
    }
    char type = fmt.charAt(pos);
    if ("sradiuxXoeEfFgGc".indexOf(type) < 0 && !(bytes && type == 'b')) {
      throw in.error("ValueError", "unsupported format character '" + type + "' (0x"
          + Integer.toHexString(type) + ") at index " + pos);
    }
    PyObject v = keyed != null ? keyed : nextValue();
    if (width < 0) {
      flags += "-";
      width = -width;
    }
    return apply(v, type, flags, width, precision);
  }

  /** Digits or '*' (taken from the arguments) at pos: the number, or 0 if there is none. */
  private int number() {
    if (pos < fmt.length() && fmt.charAt(pos) == '*') {
      pos++;
      PyObject v = nextValue();
      if (!(v instanceof PyInt n)) {
        throw in.error("TypeError", "* wants int");
      }
      return (int) n.small;
    }
    int start = pos;
    while (pos < fmt.length() && Character.isDigit(fmt.charAt(pos))) {
      pos++;
    }
    return pos > start ? Integer.parseInt(fmt.substring(start, pos)) : 0;
  }

  private String apply(PyObject v, char type, String flags, int width, int precision) {
    if (width == 0 && precision < 0 && flags.isEmpty() && "diu".indexOf(type) >= 0 && v instanceof PyInt n
        && n.big == null && !n.type.heapType) {
      // a bare %d of an int or bool that fits a long: its decimal digits, as the general path below gives them
      return Long.toString(n.small);
    }
    boolean left = flags.indexOf('-') >= 0;
    boolean zero = flags.indexOf('0') >= 0 && !left && "sarc".indexOf(type) < 0;
    String spec = (left ? "<" : zero ? "0=" : ">")
        + (flags.indexOf('+') >= 0 ? "+" : flags.indexOf(' ') >= 0 ? " " : "")
        + (flags.indexOf('#') >= 0 ? "#" : "")
        + (width > 0 ? String.valueOf(width) : "")
        + (precision >= 0 && "diuxXoc".indexOf(type) < 0 ? "." + precision : "");
    PyObject operand = switch (bytes && "sbrc".indexOf(type) >= 0 ? Character.toUpperCase(type) : type) {
      case 'S', 'B' -> bytesOperand(v);
      case 'R' -> in.newStr(in.ops.asciiOf(v));
      case 'C' -> byteOperand(v);
      case 's' -> in.newStr(in.ops.strOf(v));
      case 'r' -> in.newStr(in.ops.reprOf(v));
      case 'a' -> in.newStr(in.ops.asciiOf(v));
      case 'c' -> character(v);
      case 'd', 'i', 'u' -> integral(Comparisons.storage(v), type, true);
      case 'x', 'X', 'o' -> integral(Comparisons.storage(v), type, false);
      default -> real(Comparisons.storage(v), type);
    };
    char specType = switch (type) {
      case 's', 'r', 'a', 'c', 'b' -> 's';
      case 'i', 'u' -> 'd';
      default -> type;
    };
    try {
      PyObject r = in.ops.format(operand, spec + specType);
      String out = ((PyStr) r).value;
      in.heap.decref(r);
      return out;
    } finally {
      in.heap.decref(operand);
    }
  }

  /** %s/%b of bytes formatting: the bytes-like object's Latin-1 text. */
  private PyObject bytesOperand(PyObject v) {
    byte[] b = io.lifeline.interpreter.object.PyByteArray.bytesLike(v);
    if (b == null) {
      throw in.error("TypeError", (in.policies.isPypy() ? "requires bytes" : "%b requires a bytes-like object")
          + ", or an object that implements __bytes__, not '" + v.type.name + "'");
    }
    return in.newStr(new String(b, java.nio.charset.StandardCharsets.ISO_8859_1));
  }

  /** %c of bytes formatting: an int in range(256) or a single byte. */
  private PyObject byteOperand(PyObject v) {
    byte[] b = io.lifeline.interpreter.object.PyByteArray.bytesLike(v);
    if (b != null && b.length == 1) {
      return in.newStr(String.valueOf((char) (b[0] & 0xff)));
    }
    if (v instanceof PyInt n && n.isSmall() && n.small >= 0 && n.small < 256) {
      return in.newStr(String.valueOf((char) n.small));
    }
    throw in.error(v instanceof PyInt ? "OverflowError" : "TypeError", v instanceof PyInt
        ? "%c arg not in range(256)" : "%c requires an integer in range(256) or a single byte");
  }

  private PyObject character(PyObject v) {
    if (v instanceof PyStr s && s.value.codePointCount(0, s.value.length()) == 1) {
      return in.heap.incref(v);
    }
    if (v instanceof PyInt n) {
      return in.newStr(new String(Character.toChars((int) n.small)));
    }
    throw in.error("TypeError", "%c requires int or char");
  }

  /** %d/%i/%u take any real number (truncated), %x/%X/%o only integers. */
  private PyObject integral(PyObject v, char type, boolean truncates) {
    if (v instanceof PyInt n) {
      return v instanceof PyBool ? in.newInt(n.small) : in.heap.incref(v);
    }
    if (truncates && v instanceof PyFloat f) {
      return in.newInt(new java.math.BigDecimal(f.value).toBigInteger());
    }
    throw in.error("TypeError", "%" + type + " format: " + (truncates ? "a real number" : "an integer")
        + " is required, not " + v.type.name);
  }

  private PyObject real(PyObject v, char type) {
    if (v instanceof PyFloat) {
      return in.heap.incref(v);
    }
    if (v instanceof PyInt n) {
      return in.newFloat(n.toBig().doubleValue());
    }
    throw in.error("TypeError", "must be real number, not " + v.type.name);
  }
}
