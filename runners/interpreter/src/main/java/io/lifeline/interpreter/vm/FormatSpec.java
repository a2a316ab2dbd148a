package io.lifeline.interpreter.vm;

import io.lifeline.interpreter.object.PyFloat;
import io.lifeline.interpreter.object.PyInt;
import io.lifeline.interpreter.object.PyObject;
import io.lifeline.interpreter.object.PyStr;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * The format-spec mini-language ([[fill]align][sign][#][0][width][,|_][.precision][type]) for int, float
 * and str, as used by f-strings and format(). Types: s; d, b, o, x, X, c; e, E, f, F, g, G, %.
 */
final class FormatSpec {
  char fill = ' ';
  char align;
  char sign = '-';
  boolean alternate;
  int width = -1;
  char grouping;
  int precision = -1;
  char type;

  /** A width or precision: beyond a Py_ssize_t it is CPython's ValueError (get_integer in unicode_format.h). */
  private static long digits(Interp in, String digits) {
    if (digits.length() > 18) {
      throw in.error("ValueError", "Too many decimal digits in format string");
    }
    return Long.parseLong(digits);
  }

  /**
   * Parses {@code spec} for a value of type {@code typeName}. Text left after the type character is a ValueError:
   * 3.11+ "Invalid format specifier 'SPEC' for object of type 'T'", 3.10 "Invalid format specifier", PyPy
   * "invalid format spec".
   */
  static FormatSpec parse(Interp in, String spec, String typeName) {
    FormatSpec f = new FormatSpec();
    int i = 0;
    int n = spec.length();
    if (n >= 2 && "<>=^".indexOf(spec.charAt(1)) >= 0) {
      f.fill = spec.charAt(0);
      f.align = spec.charAt(1);
      i = 2;
    } else if (n >= 1 && "<>=^".indexOf(spec.charAt(0)) >= 0) {
      f.align = spec.charAt(0);
      i = 1;
    }
    if (i < n && "+- ".indexOf(spec.charAt(i)) >= 0) {
      f.sign = spec.charAt(i++);
    }
    if (i < n && spec.charAt(i) == '#') {
      f.alternate = true;
      i++;
    }
    if (i < n && spec.charAt(i) == '0') {
      if (f.align == 0) {
        f.fill = '0';
        f.align = '=';
      }
      i++;
    }
    int start = i;
    while (i < n && Character.isDigit(spec.charAt(i))) {
      i++;
    }
    if (i > start) {
      long width = digits(in, spec.substring(start, i));
      // the padded result is built in one piece: checked against the memory budget first, as CPython allocates it
      in.heap.reserve(49 + width);
      if (width > Integer.MAX_VALUE - 8) {
        throw in.memoryError();
      }
      f.width = (int) width;
    }
    if (i < n && (spec.charAt(i) == ',' || spec.charAt(i) == '_')) {
      f.grouping = spec.charAt(i++);
    }
    if (i < n && spec.charAt(i) == '.') {
      start = ++i;
      while (i < n && Character.isDigit(spec.charAt(i))) {
        i++;
      }
      if (i == start) {
        throw in.error("ValueError", "Format specifier missing precision");
      }
      f.precision = (int) Math.min(Integer.MAX_VALUE, digits(in, spec.substring(start, i)));
    }
    if (i < n) {
      f.type = spec.charAt(i++);
    }
    if (i < n) {
      throw in.error("ValueError", in.policies.isPypy() ? "invalid format spec"
          : in.policies.isCpython310() ? "Invalid format specifier"
          : "Invalid format specifier '" + spec + "' for object of type '" + typeName + "'");
    }
    return f;
  }

  String apply(Interp in, Ops ops, PyObject v) {
    if (v instanceof PyStr s) {
      if (type != 0 && type != 's') {
        throw unknown(in, "str");
      }
      String body = precision >= 0 && precision < s.value.length() ? s.value.substring(0, precision) : s.value;
      return pad(body, "", align == 0 ? '<' : align);
    }
    // bool's __format__ is int's: only an empty spec (Ops.format) gives str(b); format(True, '>8') is '       1'
    if (v instanceof PyInt i) {
      if ("eEfFgG%".indexOf(type) >= 0 && type != 0) {
        return formatFloat(in, i.toBig().doubleValue());
      }
      return formatInt(in, i);
    }
    if (v instanceof PyFloat f) {
      return formatFloat(in, f.value);
    }
    throw in.error("TypeError", "unsupported format string passed to " + v.type.name + ".__format__");
  }

  private String formatInt(Interp in, PyInt value) {
    String digits;
    String prefix = "";
    switch (type) {
      case 0, 'd', 'n' -> digits = group(digits(value, 10), 3);
      case 'b' -> {
        digits = group(digits(value, 2), 4);
        prefix = alternate ? "0b" : "";
      }
      case 'o' -> {
        digits = group(digits(value, 8), 4);
        prefix = alternate ? "0o" : "";
      }
      case 'x', 'X' -> {
        digits = group(digits(value, 16), 4);
        prefix = alternate ? "0x" : "";
        if (type == 'X') {
          digits = digits.toUpperCase();
          prefix = prefix.toUpperCase();
        }
      }
      case 'c' -> {
        return pad(new String(Character.toChars(value.toBig().intValue())), "", align == 0 ? '<' : align);
      }
      default -> throw unknown(in, value.type.name);
    }
    boolean negative = value.big == null ? value.small < 0 : value.big.signum() < 0;
    return pad(digits, signOf(negative) + prefix, align == 0 ? '>' : align);
  }

  /** The digits of {@code value}'s magnitude in {@code radix}: by long arithmetic while it fits one. */
  private static String digits(PyInt value, int radix) {
    if (value.big == null && value.small != Long.MIN_VALUE) {
      return Long.toString(Math.abs(value.small), radix);
    }
    return value.toBig().abs().toString(radix);
  }

  private String formatFloat(Interp in, double d) {
    boolean negative = d < 0 || (d == 0 && 1 / d < 0);
    double a = Math.abs(d);
    String body;
    if (Double.isNaN(d) || Double.isInfinite(d)) {
      body = Double.isNaN(d) ? "nan" : "inf";
      if (Character.isUpperCase(type)) {
        body = body.toUpperCase();
      }
    } else {
      int p = precision < 0 ? 6 : precision;
      body = switch (type) {
        case 'f', 'F' -> fixed(a, p);
        case 'e', 'E' -> sci(a, p, type == 'E');
        case '%' -> fixed(a * 100, p) + "%";
        case 'g', 'G' -> general(a, precision < 0 ? 6 : Math.max(1, precision), type == 'G');
        case 0 -> precision < 0 ? PyFloat.repr(a) : general(a, Math.max(1, precision), false);
        default -> throw unknown(in, "float");
      };
      if (type != '%' && grouping != 0) {
        int dot = body.indexOf('.');
        String intPart = dot < 0 ? body : body.substring(0, dot);
        if (intPart.chars().allMatch(Character::isDigit)) {
          body = group(intPart, 3) + (dot < 0 ? "" : body.substring(dot));
        }
      }
    }
    return pad(body, signOf(negative), align == 0 ? '>' : align);
  }

  private static String fixed(double a, int p) {
    return new BigDecimal(a).setScale(p, RoundingMode.HALF_EVEN).toPlainString();
  }

  private String sci(double a, int p, boolean upper) {
    String s;
    if (a == 0) {
      s = fixed(0, p) + "e+00";
    } else {
      BigDecimal bd = new BigDecimal(a).round(new MathContext(p + 1, RoundingMode.HALF_EVEN));
      int exp = bd.precision() - bd.scale() - 1;
      BigDecimal mant = bd.movePointLeft(exp).setScale(p, RoundingMode.HALF_EVEN);
      s = mant.toPlainString() + "e" + (exp < 0 ? "-" : "+") + String.format("%02d", Math.abs(exp));
    }
    if (alternate && p == 0) {
      s = s.replace("e", ".e");
    }
    return upper ? s.toUpperCase() : s;
  }

  private String general(double a, int p, boolean upper) {
    if (a == 0) {
      return alternate ? fixed(0, p - 1) : "0";
    }
    BigDecimal bd = new BigDecimal(a).round(new MathContext(p, RoundingMode.HALF_EVEN));
    int exp = bd.precision() - bd.scale() - 1;
    String s;
    if (exp >= -4 && exp < p) {
      s = bd.setScale(Math.max(0, p - 1 - exp), RoundingMode.HALF_EVEN).toPlainString();
      if (!alternate && s.contains(".")) {
        s = s.replaceAll("0+$", "").replaceAll("\\.$", "");
      }
    } else {
      s = sci(a, p - 1, upper);
      if (!alternate) {
        int e = s.indexOf(upper ? 'E' : 'e');
        String mant = s.substring(0, e);
        if (mant.contains(".")) {
          mant = mant.replaceAll("0+$", "").replaceAll("\\.$", "");
        }
        s = mant + s.substring(e);
      }
    }
    return upper ? s.toUpperCase() : s;
  }

  private String signOf(boolean negative) {
    if (negative) {
      return "-";
    }
    return sign == '+' ? "+" : sign == ' ' ? " " : "";
  }

  private String group(String digits, int every) {
    if (grouping == 0) {
      return digits;
    }
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < digits.length(); i++) {
      if (i > 0 && (digits.length() - i) % every == 0) {
        sb.append(grouping);
      }
      sb.append(digits.charAt(i));
    }
    return sb.toString();
  }

  private String pad(String body, String signAndPrefix, char how) {
    int len = body.length() + signAndPrefix.length();
    if (width <= len) {
      return signAndPrefix + body;
    }
    String fillStr = String.valueOf(fill).repeat(width - len);
    return switch (how) {
      case '<' -> signAndPrefix + body + fillStr;
      case '=' -> signAndPrefix + fillStr + body;
      case '^' -> {
        int left = (width - len) / 2;
        yield String.valueOf(fill).repeat(left) + signAndPrefix + body
            + String.valueOf(fill).repeat(width - len - left);
      }
      default -> fillStr + signAndPrefix + body;
    };
  }

  private PyException unknown(Interp in, String typeName) {
    return in.error("ValueError", "Unknown format code '" + type + "' for object of type '" + typeName + "'");
  }
}
