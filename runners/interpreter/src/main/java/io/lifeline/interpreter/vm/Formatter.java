package io.lifeline.interpreter.vm;

import io.lifeline.interpreter.object.PyFloat;
import io.lifeline.interpreter.object.PyInt;
import io.lifeline.interpreter.object.PyObject;
import io.lifeline.interpreter.object.PyTuple;

/** printf-style {@code str % args} for %s, %r, %d, %i, %f and %%. */
final class Formatter {
  private Formatter() {}

  static String percent(Interp in, String fmt, PyObject args) {
    PyObject[] values = args instanceof PyTuple t ? t.items : new PyObject[] {args};
    StringBuilder sb = new StringBuilder();
    int next = 0;
    for (int i = 0; i < fmt.length(); i++) {
      char c = fmt.charAt(i);
      if (c != '%') {
        sb.append(c);
        continue;
      }
      if (++i >= fmt.length()) {
        throw in.error("ValueError", "incomplete format");
      }
      char spec = fmt.charAt(i);
      if (spec == '%') {
        sb.append('%');
        continue;
      }
      if (next >= values.length) {
        throw in.error("TypeError", "not enough arguments for format string");
      }
      PyObject v = values[next++];
      switch (spec) {
        case 's' -> sb.append(in.ops.strOf(v));
        case 'r' -> sb.append(in.ops.reprOf(v));
        case 'd', 'i' -> sb.append(v instanceof PyFloat f ? String.valueOf((long) f.value) : ((PyInt) v).toBig());
        case 'f' -> sb.append(String.format("%.6f", Ops.toDouble(v)));
        default -> {
          if ("-+ #0123456789.*(xXoeEfFgGca".indexOf(spec) >= 0) {
            throw in.unsupported("%-formatting with '%" + spec + "' (flags, width, precision, mapping keys and"
                + " conversions other than %s, %r, %d, %i, %f)");
          }
          throw in.error("ValueError", "unsupported format character '" + spec + "' (0x"
              + Integer.toHexString(spec) + ") at index " + i);
        }
      }
    }
    if (next < values.length) {
      throw in.error("TypeError", "not all arguments converted during string formatting");
    }
    return sb.toString();
  }
}
