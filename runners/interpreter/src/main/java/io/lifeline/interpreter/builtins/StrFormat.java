package io.lifeline.interpreter.builtins;

import io.lifeline.interpreter.object.PyObject;
import io.lifeline.interpreter.object.PyStr;
import io.lifeline.interpreter.object.PyTuple;
import io.lifeline.interpreter.vm.Interp;
import io.lifeline.interpreter.vm.PyException;

/**
 * {@code str.format} and {@code str.format_map} (Objects/stringlib/unicode_format.h): replacement fields
 * {@code {name[.attr][[index]]...[!conversion][:spec]}} whose spec may itself hold fields. Each field's object is
 * a new reference from the arguments (or the mapping's {@code __getitem__}), replaced by each attribute or item
 * looked up on it; the field is converted and formatted, then released before the next field is looked up.
 */
final class StrFormat {
  /** Where a field's first name is looked up: by position (str.format) or by key. */
  interface Arguments {
    /** A new reference to positional argument {@code index}. */
    PyObject positional(Interp in, int index);

    /** A new reference to the argument named {@code name}. */
    PyObject named(Interp in, String name);
  }

  private final Interp in;
  private final Arguments args;
  private int auto;

  private StrFormat(Interp in, Arguments args) {
    this.in = in;
    this.args = args;
  }

  static String format(Interp in, String fmt, Arguments args) {
    return new StrFormat(in, args).build(fmt, 2);
  }

  /** The arguments of str.format: a[1..] positional, then the keywords named by k. */
  static Arguments ofCall(PyObject[] a, PyTuple k) {
    int npos = Args.positional(a, k);
    return new Arguments() {
      @Override
      public PyObject positional(Interp in, int index) {
        if (index + 1 >= npos) {
          throw in.error("IndexError", "Replacement index " + index + " out of range for positional args tuple");
        }
        return in.heap.incref(a[index + 1]);
      }

      @Override
      public PyObject named(Interp in, String name) {
        PyObject v = Args.keyword(a, k, name);
        if (v == null) {
          throw in.error("KeyError", name);
        }
        return in.heap.incref(v);
      }
    };
  }

  /** The argument of str.format_map: names are the mapping's keys; positional fields are a ValueError. */
  static Arguments ofMapping(PyObject mapping) {
    return new Arguments() {
      @Override
      public PyObject positional(Interp in, int index) {
        throw in.error("ValueError", "Format string contains positional fields");
      }

      @Override
      public PyObject named(Interp in, String name) {
        PyStr key = in.newStr(name);
        try {
          return in.ops.getitem(mapping, key);
        } finally {
          in.heap.decref(key);
        }
      }
    };
  }

  private String build(String fmt, int depth) {
    if (depth == 0) {
      throw in.error("ValueError", "Max string recursion exceeded");
    }
    StringBuilder sb = new StringBuilder();
    for (int x = 0; x < fmt.length(); x++) {
      char c = fmt.charAt(x);
      if ((c == '{' || c == '}') && x + 1 < fmt.length() && fmt.charAt(x + 1) == c) {
        sb.append(c);
        x++;
      } else if (c == '}') {
        throw in.error("ValueError", "Single '}' encountered in format string");
      } else if (c == '{') {
        int end = matchingBrace(fmt, x);
        field(fmt.substring(x + 1, end), depth, sb);
        x = end;
      } else {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  private int matchingBrace(String fmt, int open) {
    int depth = 0;
    for (int x = open; x < fmt.length(); x++) {
      char c = fmt.charAt(x);
      depth += c == '{' ? 1 : c == '}' ? -1 : 0;
      if (depth == 0) {
        return x;
      }
    }
    throw in.error("ValueError", open + 1 == fmt.length() ? "Single '{' encountered in format string"
        : "expected '}' before end of string");
  }

  /** One field "name[!conversion][:spec]": the object, converted, formatted with the expanded spec. */
  private void field(String field, int depth, StringBuilder sb) {
    int nameEnd = 0;
    int bracket = 0;
    while (nameEnd < field.length()) {
      char c = field.charAt(nameEnd);
      bracket += c == '[' ? 1 : c == ']' ? -1 : 0;
      if (bracket == 0 && (c == '!' || c == ':')) {
        break;
      }
      nameEnd++;
    }
    String name = field.substring(0, nameEnd);
    String rest = field.substring(nameEnd);
    String conversion = null;
    if (rest.startsWith("!")) {
      int colon = rest.indexOf(':');
      conversion = rest.substring(1, colon < 0 ? rest.length() : colon);
      rest = colon < 0 ? "" : rest.substring(colon);
      if (conversion.length() != 1) {
        throw in.error("ValueError", "expected ':' after conversion specifier");
      }
    }
    String spec = rest.isEmpty() ? "" : rest.substring(1);
    PyObject v = object(name);
    try {
      PyObject converted = convert(v, conversion);
      in.heap.decref(v);
      v = converted;
      String expanded = spec.indexOf('{') >= 0 ? build(spec, depth - 1) : spec;
      PyObject r = in.ops.format(v, expanded);
      sb.append(((PyStr) r).value);
      in.heap.decref(r);
    } finally {
      in.heap.decref(v);
    }
  }

  private PyObject convert(PyObject v, String conversion) {
    if (conversion == null) {
      return in.heap.incref(v);
    }
    return switch (conversion) {
      case "r" -> in.newStr(in.ops.reprOf(v));
      case "s" -> in.newStr(in.ops.strOf(v));
      case "a" -> in.newStr(in.ops.asciiOf(v));
      default -> throw in.error("ValueError", "Unknown conversion specifier " + conversion);
    };
  }

  /** get_field_object: the first name (auto-numbered if empty), then each ".attr" and "[key]" in turn. */
  private PyObject object(String name) {
    int end = 0;
    while (end < name.length() && name.charAt(end) != '.' && name.charAt(end) != '[') {
      end++;
    }
    String first = name.substring(0, end);
    PyObject v;
    if (first.isEmpty()) {
      if (auto < 0) {
        throw in.error("ValueError", "cannot switch from manual field specification to automatic field numbering");
      }
      v = args.positional(in, auto++);
    } else if (first.chars().allMatch(Character::isDigit)) {
      if (auto > 0) {
        throw in.error("ValueError", "cannot switch from automatic field numbering to manual field specification");
      }
      auto = -1;
      v = args.positional(in, Integer.parseInt(first));
    } else {
      v = args.named(in, first);
    }
    return lookups(v, name, end);
  }

  /** Applies the ".attr" and "[key]" parts of name from x on to v (consumed), returning a new reference. */
  private PyObject lookups(PyObject v, String name, int x) {
    while (x < name.length()) {
      PyObject next;
      try {
        if (name.charAt(x) == '.') {
          int end = x + 1;
          while (end < name.length() && name.charAt(end) != '.' && name.charAt(end) != '[') {
            end++;
          }
          next = in.ops.getattr(v, name.substring(x + 1, end));
          x = end;
        } else {
          int close = name.indexOf(']', x);
          if (close < 0) {
            throw in.error("ValueError", "Missing ']' in format string");
          }
          String key = name.substring(x + 1, close);
          PyObject k = !key.isEmpty() && key.chars().allMatch(Character::isDigit)
              ? in.newInt(Long.parseLong(key)) : in.newStr(key);
          try {
            next = in.ops.getitem(v, k);
          } finally {
            in.heap.decref(k);
          }
          x = close + 1;
        }
      } catch (PyException e) {
        in.heap.decref(v);
        throw e;
      }
      in.heap.decref(v);
      v = next;
    }
    return v;
  }
}
