package io.lifeline.interpreter.object;

/** A str. Not a container: never GC-tracked. */
public final class PyStr extends PyObject {
  public final String value;
  /** {@link #dictHash()} once computed, else 0. */
  private int hash;

  public PyStr(PyType type, String value) {
    super(type);
    this.value = value;
  }

  /** A compact ASCII str: 49 bytes plus one per character (wider kinds count as ASCII). */
  @Override
  public long sizeEstimate() {
    return 49L + value.length();
  }

  /**
   * The hash dicts and sets use for a str (the Java string hash, -1 mapped to -2 like CPython's error
   * value). Kept in the object itself, computed once: a dict probe then reads no second object.
   */
  public long dictHash() {
    int h = hash;
    if (h == 0) {
      h = value.hashCode();
      if (h == -1) {
        h = -2;
      }
      hash = h;
    }
    return h;
  }

  @Override
  public String toString() {
    return value;
  }

  /** str.__repr__: single quotes unless the text contains one and no double quote. */
  public static String repr(String s) {
    char q = s.indexOf('\'') >= 0 && s.indexOf('"') < 0 ? '"' : '\'';
    StringBuilder sb = new StringBuilder().append(q);
    for (int i = 0; i < s.length(); i += Character.charCount(s.codePointAt(i))) {
      int c = s.codePointAt(i);
      switch (c) {
        case '\\' -> sb.append("\\\\");
        case '\n' -> sb.append("\\n");
        case '\r' -> sb.append("\\r");
        case '\t' -> sb.append("\\t");
        default -> {
          if (c == q) {
            sb.append('\\').append((char) c);
          } else if (c < 0x20 || c == 0x7f || (c > 0x7f && !printable(c))) {
            sb.append(String.format(c <= 0xff ? "\\x%02x" : c <= 0xffff ? "\\u%04x" : "\\U%08x", c));
          } else {
            sb.appendCodePoint(c);
          }
        }
      }
    }
    return sb.append(q).toString();
  }

  /** Py_UNICODE_ISPRINTABLE: not in Cc, Cf, Cs, Co, Cn, Zl, Zp, or Zs other than the space. */
  private static boolean printable(int c) {
    return switch (Character.getType(c)) {
      case Character.CONTROL, Character.FORMAT, Character.SURROGATE, Character.PRIVATE_USE, Character.UNASSIGNED,
          Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR, Character.SPACE_SEPARATOR -> c == ' ';
      default -> true;
    };
  }
}
